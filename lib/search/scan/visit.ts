// Which creators a search visits (docs/search.md, "Which creators a search visits"): the slots
// that pass its filters, found through the categorical bitsets (./filter-index.ts) or, for a sort on
// the creators' own values, read best first from that sort's order (./sorted.ts) until the page and
// the count's cap are covered. Either way at most one pass over the catalog. Pure.
import type { SearchQuery } from "@/lib/validation/search";
import type { Catalog } from "./catalog";
import { bitCount, categoricalBits } from "./filter-index";
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
 * null when a sample says the pass (filtersOnly) costs less, or the walk outran its budget.
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
  // The walk reads the creators out of their slots' order, a few times dearer each than the pass
  // does, and saves the pass's keys for every match: it is taken when a sample says it stops well
  // before it costs what the pass would, and given up (for the pass) once it has read what half a
  // pass costs. A sample cannot see a filter that the sort's order works against (a minimum rate,
  // walked from the lowest rates up), so the budget is what bounds the walk: at worst one and a
  // half passes, where a whole walk cost four to seven.
  const { walk, budget } = foresee(cat.size, visits, need, pass, reach?.mayReach);
  if (walk >= budget) return null;
  return walkSorted(layoutOf(), pass, whole, written, mark, slot, need, reach?.done, budget)?.m ?? null;
}

/**
 * For a sort that the layout's order only bounds (a brief's score, bounded by the stored score):
 * when the walk may stop (./sorted.ts WalkDone), and whether a creator's layout keys let it reach
 * the page at all (asked of a sample, to foresee how far the walk goes).
 */
export type Reach = { done: WalkDone; mayReach: (i: number) => boolean };

const SAMPLE = 4_096;
/**
 * The costs that set a walk's budget, in units of one creator visited by the pass (2-5 ns at a
 * million): a creator read in a sort's order (out of slot order, so mostly a cache miss, and
 * scored when the walk is a brief's: 40-50 ns), and what the pass spends on each match after
 * visiting it: its sort keys and the page's heap (about 20 ns; a brief's fit and score cost more,
 * 30-40 ns, but its walk is dearer too, so the same figure serves).
 */
const WALK_READ = 15;
const PASS_KEYS = 7;

/**
 * From a sample of slots: how many creators a walk in sort order is foreseen to read (on until
 * `need` matches, as the share that passes says, and, with `mayReach`, past every creator that may
 * still reach the page), and its budget: half of what the pass costs (its `visits`, and the keys of
 * the matches it would find), in the walk's reads. The walk Infinity when nothing in the sample passes.
 */
function foresee(size: number, visits: number, need: number, pass: (i: number) => boolean, mayReach?: (i: number) => boolean): { walk: number; budget: number } {
  const step = Math.max(1, Math.floor(size / SAMPLE));
  let seen = 0;
  let passed = 0;
  let reaching = 0;
  for (let i = step >> 1; i < size; i += step, seen++) {
    if (pass(i)) passed++;
    if (mayReach?.(i)) reaching++;
  }
  const matches = Math.min(visits, (size * passed) / Math.max(1, seen));
  const budget = (visits + PASS_KEYS * matches) / (2 * WALK_READ);
  if (passed === 0 || need >= size) return { walk: Infinity, budget };
  return { walk: Math.max((need * seen) / passed, mayReach ? (size * reaching) / seen : 0), budget };
}
