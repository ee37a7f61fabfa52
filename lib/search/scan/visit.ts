// Which creators a search visits (docs/search.md, "Which creators a search visits"): the slots
// that pass its filters, found through the categorical bitsets (./filter-index.ts) or, for a sort on
// the creators' own values, read best first from that sort's order (./sorted.ts) until the page and
// the count's cap are covered. Either way at most one pass over the catalog. Pure.
import type { SearchQuery } from "@/lib/validation/search";
import type { Catalog } from "./catalog";
import { categoricalBits } from "./filter-index";
import { filterParts, inRanges, keepInRanges, slotsInRanges } from "./match";
import { walkSorted, type SortLayout, type WalkDone } from "./sorted";

/**
 * The slots that pass every filter, into `slot`; their number. With a categorical filter, only the
 * slots its bitsets keep are visited, and the slots written since the bitsets were built are tested
 * whole; with none, every slot is. The ranges are then kept one column at a time (match.ts).
 */
export function filtersOnly(cat: Catalog, q: Partial<SearchQuery>, slot: Int32Array, now: number): number {
  const { tests, categorical, ranges } = filterParts(cat, q, now);
  if (!categorical.length) return slotsInRanges(ranges, cat.size, slot);
  const ix = cat.filterIndexFresh();
  const written = cat.filterWritten.list;
  const bits = categoricalBits(ix, cat, categorical, written);
  let m = 0;
  for (let w = 0; w < bits.length; w++) {
    for (let x = bits[w]! | 0; x !== 0; ) {
      const low = x & -x;
      x ^= low;
      slot[m++] = (w << 5) | (31 - Math.clz32(low));
    }
  }
  m = keepInRanges(ranges, slot, m);
  const nt = tests.length;
  outer: for (const i of written) {
    for (let t = 0; t < nt; t++) if (!tests[t]!(i)) continue outer;
    slot[m++] = i;
  }
  return m;
}

/**
 * The slots that pass every filter, read best first from a static sort's order (`layoutOf`,
 * ./sorted.ts) until there are `need` of them: a broad search stops early, a narrow one reads on,
 * at most the whole catalog once. Their number (at least `need` when the walk stopped early), or
 * null when a sample says the pass (filtersOnly) costs less.
 */
export function walkedMatches(
  cat: Catalog, q: Partial<SearchQuery>, layoutOf: () => SortLayout, mark: Uint8Array, slot: Int32Array, need: number, now: number, reach?: Reach,
): number | null {
  const { tests, categorical, ranges } = filterParts(cat, q, now);
  const whole = (i: number) => {
    for (let t = 0; t < tests.length; t++) if (!tests[t]!(i)) return false;
    return true;
  };
  let pass = whole;
  // The pass would visit every slot, or only those the bitsets keep.
  let visits = cat.size;
  const written = [cat.layoutWritten.list];
  if (categorical.length) {
    const bits = categoricalBits(cat.filterIndexFresh(), cat, categorical, []);
    visits = bitCount(bits);
    written.push(cat.filterWritten.list);
    pass = (i) => {
      if (((bits[i >>> 5]! >>> (i & 31)) & 1) === 0) return false;
      return inRanges(ranges, i);
    };
  }
  // The walk reads the creators out of their slots' order, a few times slower each than the pass
  // does: it is taken when a sample says it stops well before the pass would end.
  if (!walkPays(cat.size, visits, need, pass, reach?.mayReach)) return null;
  return walkSorted(layoutOf(), pass, whole, written, mark, slot, need, reach?.done).m;
}

/**
 * For a sort that the layout's order only bounds (a brief's score, bounded by the stored score):
 * when the walk may stop (./sorted.ts WalkDone), and whether a creator's layout keys let it reach
 * the page at all (asked of a sample, to foresee how far the walk goes).
 */
export type Reach = { done: WalkDone; mayReach: (i: number) => boolean };

const SAMPLE = 4_096;
/** How much dearer a creator is to visit in a sort's order than in the pass (measured: bench:scan). */
const OUT_OF_ORDER = 4;

/**
 * Whether walking in sort order costs less than the pass's `visits`, from a sample of slots: the
 * walk reads on until `need` matches (the share that passes says how far), and, with `mayReach`,
 * past every creator that may still reach the page (the share that may).
 */
function walkPays(size: number, visits: number, need: number, pass: (i: number) => boolean, mayReach?: (i: number) => boolean): boolean {
  if (need >= size) return false;
  const step = Math.max(1, Math.floor(size / SAMPLE));
  let seen = 0;
  let passed = 0;
  let reaching = 0;
  for (let i = step >> 1; i < size; i += step, seen++) {
    if (pass(i)) passed++;
    if (mayReach?.(i)) reaching++;
  }
  if (passed === 0) return false;
  const walk = Math.max((need * seen) / passed, mayReach ? (size * reaching) / seen : 0);
  return walk * OUT_OF_ORDER < visits;
}

function bitCount(bits: Uint32Array): number {
  let n = 0;
  for (let w = 0; w < bits.length; w++) {
    let v = bits[w]! - ((bits[w]! >>> 1) & 0x55555555);
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    n += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return n;
}
