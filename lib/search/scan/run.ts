// A search page read from the catalog's columns in one pass: test every creator against the
// filters, give each match its sort keys, then select the page's ranks (a quickselect: linear in
// the matches: a heap for a shallow page, a quickselect for a deep one). Bounded by construction: the work is one pass over the
// catalog and one over the matches, for every filter set and sort (docs/search.md, "The scan").
// The order is the SQL's (lib/queries/search/list.ts orderBy): same keys, same NULL placement,
// the creator id as the last tie-breaker. Pure.
import type { SearchPlan } from "@/lib/search/plan";
import type { SearchQuery } from "@/lib/validation/search";
import type { Catalog } from "./catalog";
import { categoricalBits } from "./filter-index";
import { filterParts, slotTests } from "./match";
import { fitOf, scoreOf } from "./score";
import { textMatches } from "./text";

export type ScanResult = { ids: string[]; matches: number };

/** Work space reused across scans of one catalog (a scan runs to its end without yielding). */
type Work = { slot: Int32Array; pos: Int32Array; k1: Float64Array; k2: Float64Array; k3: Float64Array };
const works = new WeakMap<Catalog, Work>();
function workFor(cat: Catalog): Work {
  let w = works.get(cat);
  if (!w || w.slot.length < cat.size) {
    const n = Math.max(1024, cat.ids.length, cat.size);
    w = { slot: new Int32Array(n), pos: new Int32Array(n), k1: new Float64Array(n), k2: new Float64Array(n), k3: new Float64Array(n) };
    works.set(cat, w);
  }
  return w;
}

/** Ascending key of a value sorted `desc` or not; NULL (NaN) last, or first when `nullsFirst`. */
const key = (v: number, desc: boolean, nullsFirst = false) => (Number.isNaN(v) ? (nullsFirst ? -Infinity : Infinity) : desc ? -v : v);

/**
 * The keys of slot i (smaller first), for the plan's sort: three numbers, then the id. `keywordHits`:
 * per slot, how many of the brief's keywords its bio holds (null: the brief has none, or no brief).
 */
function keysOf(cat: Catalog, plan: SearchPlan, keywordHits: Uint8Array | null, rank: Uint8Array | null): (i: number, out: Float64Array[], at: number) => void {
  const { query: q, brief, base, weights } = plan;
  if (rank) {
    // Relevance with free text: the rank (exact handle, handle prefix, any other), then the score,
    // best first whatever `order` says (lib/queries/search/run.ts, the relevance branches).
    const score = keysOf(cat, { ...plan, query: { ...q, sort: "score", order: "desc" } }, keywordHits, null);
    return (i, out, at) => {
      score(i, out, at);
      out[2]![at] = out[1]![at]!;
      out[1]![at] = out[0]![at]!;
      out[0]![at] = rank[i]!;
    };
  }
  const desc = q.order !== "asc";
  const n = cat.num;
  const put = (out: Float64Array[], at: number, a: number, b: number, c: number) => {
    out[0]![at] = a;
    out[1]![at] = b;
    out[2]![at] = c;
  };
  const column = (col: Float64Array) => (i: number, out: Float64Array[], at: number) => put(out, at, key(col[i]!, desc), 0, 0);
  switch (q.sort) {
    case "er": {
      const flags = cat.flags;
      // Implausible rates (not rankable) never come first.
      return (i, out, at) => put(out, at, flags[i]! & 2 ? 0 : 1, key(n.engagementRate[i]!, desc), 0);
    }
    case "engagements":
      return column(n.expectedEngagements);
    case "followers":
      return column(n.followers);
    case "cpe":
      return column(n.costPerEngagement);
    case "growth":
      return column(n.followerGrowth30d);
    default:
      break;
  }
  // score, relevance without free text, and fit.
  if (base) {
    // ORDER BY "baseScore" dir, "baseConfidence" DESC, id: PostgreSQL puts NULL first when descending.
    return (i, out, at) => put(out, at, key(n.baseScore[i]!, desc, desc), key(n.baseConfidence[i]!, true, true), 0);
  }
  const fit = brief ? fitOf(cat, brief, keywordHits) : null;
  const { score, confidence } = scoreOf(cat, weights, fit);
  if (q.sort === "fit" && fit) {
    return (i, out, at) => {
      const f = fit(i);
      put(out, at, desc ? -f : f, -score(i, f), -confidence(i));
    };
  }
  return (i, out, at) => put(out, at, key(score(i, fit ? fit(i) : NaN), desc), -confidence(i), 0);
}

/** The slots that pass every filter and the free text, into `slot`; their number. `rank` (by slot): the text's relevance ranks. */
export function matchSlots(cat: Catalog, q: Partial<SearchQuery>, text: string, slot: Int32Array, now = Date.now()): { m: number; rank: Uint8Array | null } {
  let m = 0;
  if (text && [...text].length >= 3) {
    const tests = slotTests(cat, q, now);
    const nt = tests.length;
    // The text's matches first (candidates from the trigram indexes), then the filters on those.
    const { slots, rank } = textMatches(cat, text);
    outer: for (const i of slots) {
      for (let t = 0; t < nt; t++) if (!tests[t]!(i)) continue outer;
      slot[m++] = i;
    }
    return { m, rank };
  }
  m = filtersOnly(cat, q, slot, now);
  if (!text) return { m, rank: null };
  // A text under three characters narrows little (a single letter is in almost every bio): the
  // filters first, then the text on their matches.
  const { slots, count, rank } = textMatches(cat, text, slot, m);
  slot.set(slots.subarray(0, count));
  return { m: count, rank };
}

/**
 * The slots that pass every filter, into `slot`; their number. With a categorical filter, only the
 * slots its bitsets keep are visited (the range tests run on those), and the slots written since the
 * bitsets were built are tested whole; with none, every slot is.
 */
function filtersOnly(cat: Catalog, q: Partial<SearchQuery>, slot: Int32Array, now: number): number {
  const { tests, categorical, rest } = filterParts(cat, q, now);
  let m = 0;
  if (!categorical.length) {
    const nt = tests.length;
    outer: for (let i = 0; i < cat.size; i++) {
      for (let t = 0; t < nt; t++) if (!tests[t]!(i)) continue outer;
      slot[m++] = i;
    }
    return m;
  }
  const ix = cat.filterIndexFresh();
  const written = cat.filterWritten.list;
  const bits = categoricalBits(ix, cat, categorical, written);
  const nr = rest.length;
  for (let w = 0; w < bits.length; w++) {
    outer: for (let x = bits[w]! | 0; x !== 0; ) {
      const low = x & -x;
      x ^= low;
      const i = (w << 5) | (31 - Math.clz32(low));
      for (let t = 0; t < nr; t++) if (!rest[t]!(i)) continue outer;
      slot[m++] = i;
    }
  }
  const nt = tests.length;
  outer: for (const i of written) {
    for (let t = 0; t < nt; t++) if (!tests[t]!(i)) continue outer;
    slot[m++] = i;
  }
  return m;
}

/** How many creators pass the filters and the free text. */
export function countMatches(cat: Catalog, q: Partial<SearchQuery>, text: string, now = Date.now()): number {
  return matchSlots(cat, q, text, workFor(cat).slot, now).m;
}

export function scanCatalog(cat: Catalog, plan: SearchPlan, keywordHits: Uint8Array | null = null, now = Date.now()): ScanResult {
  const { query: q, offset, text } = plan;
  const w = workFor(cat);
  const { slot } = w;
  const { m, rank } = matchSlots(cat, q, text, slot, now);
  const end = Math.min(offset + q.pageSize, m);
  if (offset >= end) return { ids: [], matches: m };
  const keys = keysOf(cat, plan, keywordHits, text && q.sort === "relevance" ? rank : null);
  const out = [w.k1, w.k2, w.k3];
  const pos = w.pos;
  for (let p = 0; p < m; p++) keys(slot[p]!, out, p);
  if (end > HEAP_DEPTH) for (let p = 0; p < m; p++) pos[p] = p;
  const { k1, k2, k3 } = w;
  const ids = cat.ids;
  const before = (a: number, b: number) =>
    k1[a]! !== k1[b]! ? k1[a]! < k1[b]! : k2[a]! !== k2[b]! ? k2[a]! < k2[b]! : k3[a]! !== k3[b]! ? k3[a]! < k3[b]! : ids[slot[a]!]! < ids[slot[b]!]!;
  let top: number[];
  if (end <= HEAP_DEPTH) {
    // A shallow page: keep the best `end` in a heap; most matches lose to its worst on the first key.
    const heap = topK(m, end, before);
    top = heap.sort((a, b) => (before(a, b) ? -1 : 1)).slice(offset, end);
  } else {
    select(pos, 0, m, offset, before);
    select(pos, offset, m, end - 1, before);
    top = Array.from(pos.subarray(offset, end)).sort((a, b) => (before(a, b) ? -1 : 1));
  }
  return { ids: top.map((p) => ids[slot[p]!]!), matches: m };
}

/** Pages ending at most this deep are found with a heap, deeper ones with a quickselect. */
export const HEAP_DEPTH = 5_000;

/** The best `k` of positions 0..m-1 (any order): a heap whose root is the worst kept. */
export function topK(m: number, k: number, before: (x: number, y: number) => boolean): number[] {
  const h: number[] = [];
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < h.length && before(h[w]!, h[l]!)) w = l;
      if (r < h.length && before(h[w]!, h[r]!)) w = r;
      if (w === i) return;
      [h[i], h[w]] = [h[w]!, h[i]!];
      i = w;
    }
  };
  for (let p = 0; p < m; p++) {
    if (h.length < k) {
      h.push(p);
      for (let i = h.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!before(h[parent]!, h[i]!)) break;
        [h[i], h[parent]] = [h[parent]!, h[i]!];
        i = parent;
      }
    } else if (before(p, h[0]!)) {
      h[0] = p;
      down(0);
    }
  }
  return h;
}

/**
 * Reorders a[lo..hi) so that a[k] holds what a full sort would put there, everything before it
 * comes before it and everything after it after (Hoare's quickselect, median-of-three pivots).
 */
export function select(a: Int32Array, lo: number, hi: number, k: number, before: (x: number, y: number) => boolean): void {
  let l = lo;
  let r = hi - 1;
  while (r > l) {
    const mid = (l + r) >>> 1;
    // Median of three to a[mid].
    if (before(a[mid]!, a[l]!)) swap(a, mid, l);
    if (before(a[r]!, a[l]!)) swap(a, r, l);
    if (before(a[r]!, a[mid]!)) swap(a, r, mid);
    const pivot = a[mid]!;
    let i = l;
    let j = r;
    while (i <= j) {
      while (before(a[i]!, pivot)) i++;
      while (before(pivot, a[j]!)) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) r = j;
    else if (k >= i) l = i;
    else return;
  }
}

function swap(a: Int32Array, i: number, j: number) {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}
