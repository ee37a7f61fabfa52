// Creators kept in the order of a sort whose keys are the creators' own (followers, engagement rate,
// expected engagements, cost per engagement, growth, the stored score), so that a broad search reads
// them best first and stops once it holds its page and enough matches to count past the cap: a
// search that half the catalog matches visits some twenty thousand creators, not a million.
//
// The order is coarse: 1,024 buckets by the sort's first two keys (boundaries drawn from a sample),
// every creator of a bucket before every creator of the next, in no order inside one. A search walks
// whole buckets, so the page's best are all among what it gathered, and sorts those exactly (run.ts).
// Creators with equal keys share a bucket, so ties are never split. Built with a counting sort in
// two passes over the catalog, at the first search with that sort; the slots written since are
// skipped by the walk and tested whole (as the other indexes do). The worst case, a filter so narrow
// that the walk reaches the last bucket, is one pass over the catalog, as without it. Pure.

export type SortLayout = {
  /** Creators covered (slots 0..size-1 when built). */
  size: number;
  /** Slots, bucket by bucket. */
  order: Int32Array;
  /** Bucket b is order[starts[b] .. starts[b + 1]). */
  starts: Int32Array;
  /** The smallest first key bucket b can hold (-Infinity for the first): a bound on every bucket from b on. */
  low1: Float64Array;
  /** With it, the smallest second key (-Infinity for the first): bucket b holds the keys from (low1[b], low2[b]) up to bucket b + 1's. */
  low2: Float64Array;
};

/** Binds a sort's keys (run.ts keysOf) to three columns; the bound function writes slot i's keys (smaller first) at `at`. */
export type SortKeys = (out: readonly [Float64Array, Float64Array, Float64Array]) => (i: number, at: number) => void;

const BUCKETS = 1_024;
const SAMPLE = 16_384;

export function buildSortLayout(size: number, keys: SortKeys): SortLayout {
  const k1 = new Float64Array(size);
  const k2 = new Float64Array(size);
  const k3 = new Float64Array(size);
  const write = keys([k1, k2, k3]);
  for (let i = 0; i < size; i++) write(i, i);
  const less = (a1: number, a2: number, b1: number, b2: number) => a1 < b1 || (a1 === b1 && a2 < b2);
  // Boundaries: the sample's quantiles (evenly spaced slots: the same layout for the same catalog).
  const step = Math.max(1, Math.floor(size / SAMPLE));
  const sample: number[] = [];
  for (let i = 0; i < size; i += step) sample.push(i);
  sample.sort((a, b) => (less(k1[a]!, k2[a]!, k1[b]!, k2[b]!) ? -1 : less(k1[b]!, k2[b]!, k1[a]!, k2[a]!) ? 1 : 0));
  const b1: number[] = [];
  const b2: number[] = [];
  for (let q = 1; q < BUCKETS; q++) {
    const s = sample[Math.floor((q * sample.length) / BUCKETS)];
    if (s === undefined) break;
    const n = b1.length;
    if (n && !less(b1[n - 1]!, b2[n - 1]!, k1[s]!, k2[s]!)) continue; // equal keys: one boundary
    b1.push(k1[s]!);
    b2.push(k2[s]!);
  }
  // Bucket of slot i: how many boundaries are at or before its keys.
  const bucket = new Int32Array(size);
  const count = new Int32Array(b1.length + 2);
  for (let i = 0; i < size; i++) {
    let lo = 0;
    let hi = b1.length;
    const x1 = k1[i]!;
    const x2 = k2[i]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (less(x1, x2, b1[mid]!, b2[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    bucket[i] = lo;
    count[lo + 1]!++;
  }
  for (let b = 1; b < count.length; b++) count[b]! += count[b - 1]!;
  const starts = count.slice();
  const order = new Int32Array(size);
  for (let i = 0; i < size; i++) order[count[bucket[i]!]!++] = i;
  const low1 = Float64Array.from({ length: starts.length - 1 }, (_, b) => (b === 0 ? -Infinity : b1[b - 1]!));
  const low2 = Float64Array.from({ length: starts.length - 1 }, (_, b) => (b === 0 ? -Infinity : b2[b - 1]!));
  return { size, order, starts, low1, low2 };
}

/**
 * Whether a walk that holds its `need` matches may stop before the next bucket: given the matches
 * gathered by the last bucket (slot[from..m)) and the next bucket's `low1` (Infinity: none left).
 * Without it the walk stops as soon as it holds `need`.
 */
export type WalkDone = (from: number, m: number, low1: number) => boolean;

/**
 * The slots that pass, into `slot`, bucket by bucket, stopping after the bucket that brings them to
 * `need` (and after which `done` says the rest cannot reach the page, when given); then the slots of `written` (skipped by the walk: written since this layout, or since the
 * bitsets that `pass` reads) that pass `passWhole`, each once. `complete`: every bucket was read, so
 * the number is every match; otherwise it is at least `need`. `mark`: scratch, a byte a slot, zero
 * before and after. Null when reaching the stop would read more than `budget` creators (counted in
 * whole buckets): what is left is not read, and `slot` holds nothing of use.
 */
export function walkSorted(
  layout: SortLayout, pass: (i: number) => boolean, passWhole: (i: number) => boolean, written: readonly (readonly number[])[], mark: Uint8Array, slot: Int32Array, need: number,
  done?: WalkDone, budget = Infinity,
): { m: number; complete: boolean } | null {
  for (const list of written) for (const i of list) mark[i] = 1;
  const { order, starts, low1 } = layout;
  const buckets = starts.length - 1;
  let m = 0;
  let b = 0;
  while (b < buckets) {
    const from = m;
    // Out of budget before the stop: the walk gives up (the caller makes one pass instead).
    if (starts[b + 1]! > budget) {
      for (const list of written) for (const i of list) mark[i] = 0;
      return null;
    }
    for (let p = starts[b]!, end = starts[b + 1]!; p < end; p++) {
      const i = order[p]!;
      if (mark[i] === 0 && pass(i)) slot[m++] = i;
    }
    b++;
    if (done ? done(from, m, b < buckets ? low1[b]! : Infinity) && m >= need : m >= need) break;
  }
  for (const list of written) {
    for (const i of list) {
      if (mark[i] === 0) continue; // listed twice
      mark[i] = 0;
      if (passWhole(i)) slot[m++] = i;
    }
  }
  return { m, complete: b === buckets };
}
