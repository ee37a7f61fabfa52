// A search page read from the catalog's columns: find the creators that pass the filters, give
// each its sort keys, then select the page's ranks (./select.ts). The matches come from the free
// text's candidates (./text.ts), or, for a sort on the creators' own values, best first from that
// sort's order until the page and the count's cap are covered (./sorted.ts), or from one pass over
// the catalog, where categorical filters visit only the creators their bitsets keep
// (./filter-index.ts). Bounded by construction: at most one pass over the catalog and one over the
// matches, for every filter set and sort (docs/search.md, "The scan"). The order is the SQL's
// (lib/queries/search/list.ts orderBy): same keys, same NULL placement, the creator id as the last
// tie-breaker. Pure.
import type { SearchPlan } from "@/lib/search/plan";
import type { SearchQuery } from "@/lib/validation/search";
import type { Catalog } from "./catalog";
import { slotTests } from "./match";
import { HEAP_DEPTH, select, topK } from "./select";
import { filtersOnly, walkedMatches } from "./visit";
import { bestLevels, FIT_LEVELS, fillLevels, fitOf, SCORE_LEVELS, scoreOf } from "./score";
import { keptTextMatches } from "./text";
import { key, STATIC_SORTS, staticKeys, type KeyColumns } from "./keys";

export type ScanResult = { ids: string[]; matches: number };

/** Work space reused across scans of one catalog (a scan runs to its end without yielding). */
type Work = { slot: Int32Array; pos: Int32Array; k1: Float64Array; k2: Float64Array; k3: Float64Array; mark: Uint8Array; rank: Uint8Array; level: Uint16Array };
const works = new WeakMap<Catalog, Work>();
function workFor(cat: Catalog): Work {
  let w = works.get(cat);
  if (!w || w.slot.length < cat.size) {
    const n = Math.max(1024, cat.ids.length, cat.size);
    w = { slot: new Int32Array(n), pos: new Int32Array(n), k1: new Float64Array(n), k2: new Float64Array(n), k3: new Float64Array(n), mark: new Uint8Array(n), rank: new Uint8Array(n), level: new Uint16Array(n) };
    works.set(cat, w);
  }
  return w;
}

/** A first key that is a whole number from 0 to `levels` - 1, written for many matches at once (./score.ts bestLevels, fillLevels). */
type Level = { fill: (slot: Int32Array, m: number, out: Uint16Array) => void; levels: number };

/**
 * The keys of slot i (smaller first), for the plan's sort, written at position `at` of `out`: three
 * numbers, then the id. `keywordHits`: per slot, how many of the brief's keywords its bio holds
 * (null: the brief has none, or no brief). The columns are bound once, so the per-creator call only
 * reads and writes typed arrays. `level`: where the first key is fit or a computed score, that key
 * as a whole number (fit, or the score's tenths), so that only the matches reaching the page need
 * the others; null for the other sorts (the creators' own values, the stored score, a text's relevance).
 */
function keysOf(cat: Catalog, plan: SearchPlan, keywordHits: Uint8Array | null, rank: Uint8Array | null, out: KeyColumns): { write: (i: number, at: number) => void; level: Level | null } {
  const { query: q, brief, base, weights } = plan;
  const [k1, k2, k3] = out;
  if (rank) {
    // Relevance with free text: the rank (exact handle, handle prefix, any other), then the score,
    // best first whatever `order` says (lib/queries/search/run.ts, the relevance branches).
    const score = keysOf(cat, { ...plan, query: { ...q, sort: "score", order: "desc" } }, keywordHits, null, out).write;
    const write = (i: number, at: number) => {
      score(i, at);
      k3[at] = k2[at]!;
      k2[at] = k1[at]!;
      k1[at] = rank[i]!;
    };
    return { write, level: null };
  }
  const desc = q.order !== "asc";
  const own = staticKeys(cat, STATIC_SORTS.has(q.sort) ? q.sort : base ? "base" : "", desc, out);
  if (own) return { write: own, level: null };
  const fit = brief ? fitOf(cat, brief, keywordHits) : null;
  const { score, confidence, parts } = scoreOf(cat, weights, fit);
  if (q.sort === "fit" && fit) {
    const write = (i: number, at: number) => {
      const f = fit(i);
      k1[at] = desc ? -f : f;
      k2[at] = -score(i, f);
      k3[at] = -confidence(i);
    };
    return { write, level: { fill: (slot, m, out) => fillLevels("fit", parts, fit.parts, slot, m, out), levels: FIT_LEVELS } };
  }
  const write = (i: number, at: number) => {
    k1[at] = key(score(i, fit ? fit(i) : NaN), desc);
    k2[at] = -confidence(i);
    k3[at] = 0;
  };
  return { write, level: { fill: (slot, m, out) => fillLevels("score", parts, fit?.parts ?? null, slot, m, out), levels: SCORE_LEVELS } };
}

/**
 * The slots that pass every filter and the free text, into `slot`; `rank` (by slot): the text's
 * relevance ranks. The text's matches are kept by the catalog between searches (./text.ts
 * keptTextMatches), and each is asked of the filters.
 */
export function matchSlots(cat: Catalog, q: Partial<SearchQuery>, text: string, slot: Int32Array, now = Date.now()): { m: number; rank: Uint8Array | null } {
  if (!text) return { m: filtersOnly(cat, q, slot, now), rank: null };
  const tests = slotTests(cat, q, now);
  const nt = tests.length;
  const { slots, tags } = keptTextMatches(cat, text);
  const rank = workFor(cat).rank;
  let m = 0;
  outer: for (let k = 0; k < slots.length; k++) {
    const i = slots[k]!;
    for (let t = 0; t < nt; t++) if (!tests[t]!(i)) continue outer;
    slot[m++] = i;
    rank[i] = tags![k]!;
  }
  return { m, rank };
}

/** How many creators pass the filters and the free text. */
export function countMatches(cat: Catalog, q: Partial<SearchQuery>, text: string, now = Date.now()): number {
  return matchSlots(cat, q, text, workFor(cat).slot, now).m;
}

/** The kept order of a static sort ("base": the stored score) in a direction (./sorted.ts). */
const orderOf = (cat: Catalog, sort: string, desc: boolean) => cat.sortLayoutFresh(`${sort}:${desc ? "desc" : "asc"}`, (out) => staticKeys(cat, sort, desc, out)!);

/**
 * Builds the categorical bitsets and every static sort's order in both directions, once the
 * catalog is read (lib/queries/search/catalog-sync.ts): start-up work, so that no user's first
 * search with a sort pays for its order (a pass over the catalog and a counting sort each).
 */
export function prepareOrders(cat: Catalog): void {
  cat.filterIndexFresh();
  for (const sort of [...STATIC_SORTS, "base"]) for (const desc of [true, false]) orderOf(cat, sort, desc);
}

const staticSort = (plan: SearchPlan): string | null =>
  plan.text ? null : STATIC_SORTS.has(plan.query.sort) ? plan.query.sort : plan.base ? "base" : null;

/**
 * With a static sort, the matches read best first from the sort's order (./visit.ts), or null when
 * a pass costs less.
 */
function sortedMatches(cat: Catalog, plan: SearchPlan, sort: string, w: Work, need: number, now: number): { m: number; rank: null } | null {
  const m = walkedMatches(cat, plan.query, () => orderOf(cat, sort, plan.query.order !== "asc"), w.mark, w.slot, need, now);
  return m === null ? null : { m, rank: null };
}

const EPS = 1e-6;
/** A brief's score, best first, at weights whose score the stored one bounds (lib/search/score-bound.ts). */
const boundedByBase = (plan: SearchPlan) =>
  !plan.text && plan.brief !== null && plan.wFit !== null && (plan.query.sort === "score" || plan.query.sort === "relevance") && plan.query.order !== "asc";

/**
 * A brief's score best first, at weights that keep the other components' default proportions:
 * raw = (1 - wFit) * baseRaw + wFit * fit (score-bound.ts), so a creator whose stored score is b
 * scores at most (1 - wFit) * (b + 0.05) + wFit * 100. The stored score's order is walked (creators
 * without one first: nothing bounds them) until the page's worst score so far is above what every
 * creator left can reach, and the count's cap is covered. Null when a sample says a pass costs less.
 */
function briefMatches(cat: Catalog, plan: SearchPlan, keywordHits: Uint8Array | null, w: Work, need: number, now: number): { m: number; rank: null } | null {
  const wFit = plan.wFit!;
  const end = plan.offset + plan.query.pageSize;
  const keys = keysOf(cat, plan, keywordHits, null, [w.k1, w.k2, w.k3]).write;
  const base = cat.num.baseScore;
  const reachOf = (b: number) => (1 - wFit) * (b + 0.05) + wFit * 100 + EPS;
  // The best `end` first keys (-score) gathered so far, the worst on top.
  const heap = new Float64Array(end);
  let held = 0;
  const push = (k: number) => {
    if (held < end) {
      let i = held++;
      for (; i > 0 && heap[(i - 1) >> 1]! < k; i = (i - 1) >> 1) heap[i] = heap[(i - 1) >> 1]!;
      heap[i] = k;
    } else if (k < heap[0]!) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= end) break;
        const c = l + 1 < end && heap[l + 1]! > heap[l]! ? l + 1 : l;
        if (heap[c]! <= k) break;
        heap[i] = heap[c]!;
        i = c;
      }
      heap[i] = k;
    }
  };
  // How far the walk goes, foreseen from a sample: creators that may beat the sample's best score.
  let sampleBest = -Infinity;
  const step = Math.max(1, Math.floor(cat.size / 4_096));
  for (let i = step >> 1; i < cat.size; i += step) {
    keys(i, 0);
    sampleBest = Math.max(sampleBest, -w.k1[0]!);
  }
  const reach = {
    mayReach: (i: number) => Number.isNaN(base[i]!) || reachOf(base[i]!) >= sampleBest - 0.05,
    done: (from: number, m: number, low1: number) => {
      for (let p = from; p < m; p++) {
        keys(w.slot[p]!, p);
        push(w.k1[p]!);
      }
      // The next bucket's stored scores are at most -low1 (low1 -Infinity: creators without one).
      return held === end && -heap[0]! - 0.05 - EPS > reachOf(-low1);
    },
  };
  const layout = () => orderOf(cat, "base", true);
  const m = walkedMatches(cat, plan.query, layout, w.mark, w.slot, need, now, reach);
  return m === null ? null : { m, rank: null };
}

/** `orders`: read a static sort's matches from its order (false: one pass, as for any sort). */
export function scanCatalog(cat: Catalog, plan: SearchPlan, keywordHits: Uint8Array | null = null, now = Date.now(), orders = true): ScanResult {
  const { query: q, offset, text } = plan;
  const w = workFor(cat);
  const { slot } = w;
  const sort = orders ? staticSort(plan) : null;
  const need = Math.max(offset + q.pageSize, plan.cap + 1);
  // Enough matches for the page and to count past the cap (when the walk stops early, m > cap).
  const { m, rank } =
    (sort && sortedMatches(cat, plan, sort, w, need, now)) || (orders && boundedByBase(plan) && briefMatches(cat, plan, keywordHits, w, need, now)) || matchSlots(cat, q, text, slot, now);
  const end = Math.min(offset + q.pageSize, m);
  if (offset >= end) return { ids: [], matches: m };
  const ranks = text && q.sort === "relevance" ? rank : null;
  const { write: keys, level: first } = keysOf(cat, plan, keywordHits, ranks, [w.k1, w.k2, w.k3]);
  // A fit sort, or a computed score: only the matches whose first key reaches the page are given the keys.
  const n = first ? bestLevels(first.fill, first.levels, slot, m, end, q.order !== "asc", w.level) : m;
  const pos = w.pos;
  for (let p = 0; p < n; p++) keys(slot[p]!, p);
  if (end > HEAP_DEPTH) for (let p = 0; p < n; p++) pos[p] = p;
  const { k1, k2, k3 } = w;
  const ids = cat.ids;
  const before = (a: number, b: number) =>
    k1[a]! !== k1[b]! ? k1[a]! < k1[b]! : k2[a]! !== k2[b]! ? k2[a]! < k2[b]! : k3[a]! !== k3[b]! ? k3[a]! < k3[b]! : ids[slot[a]!]! < ids[slot[b]!]!;
  let top: number[];
  if (end <= HEAP_DEPTH) {
    // A shallow page: keep the best `end` in a heap; most matches lose to its worst on the first key.
    const heap = topK(n, end, before);
    top = heap.sort((a, b) => (before(a, b) ? -1 : 1)).slice(offset, end);
  } else {
    select(pos, 0, n, offset, before);
    select(pos, offset, n, end - 1, before);
    top = Array.from(pos.subarray(offset, end)).sort((a, b) => (before(a, b) ? -1 : 1));
  }
  return { ids: top.map((p) => ids[slot[p]!]!), matches: m };
}
