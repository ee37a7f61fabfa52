// The creators read nearest engagement rate first, for a profile's lookalikes (./peers.ts), which
// rank by how far a creator's rate is from the profile's: |ln(rate / seed's rate)|, less a bonus
// for the same country and for each shared niche. A common platform, tier and niche held 300,000
// candidates at a million creators, each read to find six (about 4 ms a profile, a tenth of the
// servers' CPU under load). The "er" sort's order (./sorted.ts: 1,024 buckets by rate, kept for the
// search) lets a lookalike walk out from the seed's rate, nearest bucket first, and stop once the
// next bucket on either side is further than the sixth best could be beaten from. Pure.
import type { Catalog } from "./catalog";
import { staticKeys } from "./keys";
import type { SortLayout } from "./sorted";

/** Rates under this are read as it, as lookalikes() reads them. */
export const RATE_FLOOR = 1e-6;

/**
 * The "er" sort's order, ascending (the search's own, built when the catalog is read): rankable
 * creators first (first key 0) by rate, those with an unknown rate last among them (Infinity).
 * The slots written since it was built (cat.layoutWritten, read after this call) are in it as
 * they were: the caller tests them apart.
 */
export function rateOrder(cat: Catalog): SortLayout {
  return cat.sortLayoutFresh("er:asc", (out) => staticKeys(cat, "er", false, out)!);
}

/**
 * Calls `visit` bucket by bucket of `layout` (rateOrder), nearest first, with every creator whose
 * distance |ln(max(r, RATE_FLOOR) / rate)| may still be within `reach()`, and stops once both
 * directions are past it (`reach` is asked again before each bucket, and may shrink as the visits
 * go). A bucket is read whole, in no order: `visit` tests each slot it is given, and may be given
 * a few beyond the reach, or not rankable.
 */
export function walkByRate(layout: SortLayout, rate: number, reach: () => number, visit: (i: number) => void): void {
  const { order, starts, low1, low2 } = layout;
  // Buckets 0..n-1 hold the rankable creators (bucket n on holds only the others).
  let n = 0;
  while (n < low1.length && low1[n]! <= 0) n++;
  if (n === 0) return;
  const floor = (r: number) => Math.max(r, RATE_FLOOR);
  const lo = (b: number) => (b === 0 ? -Infinity : low2[b]!);
  const hi = (b: number) => (b + 1 < low1.length && low1[b + 1] === 0 ? low2[b + 1]! : Infinity);
  // The least distance of a rate in bucket b: its rates are in [lo, hi).
  const least = (b: number) => {
    const h = floor(hi(b));
    if (h < rate) return Math.log(rate / h);
    const l = floor(lo(b));
    return l > rate ? Math.log(l / rate) : 0;
  };
  const read = (b: number) => {
    for (let k = starts[b]!, end = starts[b + 1]!; k < end; k++) visit(order[k]!);
  };
  // The bucket that holds `rate`: the last whose lower bound is at or below it.
  let first = 0;
  for (let a = 1, z = n - 1; a <= z; ) {
    const mid = (a + z) >>> 1;
    if (lo(mid) <= rate) {
      first = mid;
      a = mid + 1;
    } else z = mid - 1;
  }
  read(first);
  let down = first - 1;
  let up = first + 1;
  while (down >= 0 || up < n) {
    const d = down >= 0 ? least(down) : Infinity;
    const u = up < n ? least(up) : Infinity;
    if (Math.min(d, u) > reach()) return;
    if (d <= u) read(down--);
    else read(up++);
  }
}
