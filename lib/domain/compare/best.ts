// Which cells of a row hold the best value. Pure; the compare table and the API both read it.
import type { Better } from "./types";

const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/**
 * Indexes of the best known values (max for "higher", min for "lower"). Unknown values (null, NaN)
 * never win. Fewer than 2 known values: no best (nothing to compare). Ties: every tied index.
 */
export function bestIndexes(values: readonly (number | null | undefined)[], better: Better): number[] {
  const known = values.flatMap((v, i) => (isNum(v) ? [{ v, i }] : []));
  if (known.length < 2) return [];
  const pick = better === "higher" ? Math.max : Math.min;
  const target = pick(...known.map((k) => k.v));
  return known.filter((k) => k.v === target).map((k) => k.i);
}

/** max / min over the known positive values, with the leader and the trailer; null when fewer than 2. */
export function spread<T>(items: readonly T[], valueOf: (t: T) => number | null): { ratio: number; top: T; bottom: T; unknown: T[] } | null {
  const known = items.flatMap((t) => {
    const v = valueOf(t);
    return isNum(v) && v > 0 ? [{ t, v }] : [];
  });
  if (known.length < 2) return null;
  let top = known[0]!;
  let bottom = known[0]!;
  for (const k of known) {
    if (k.v > top.v) top = k;
    if (k.v < bottom.v) bottom = k;
  }
  const unknown = items.filter((t) => !known.some((k) => k.t === t));
  return { ratio: top.v / bottom.v, top: top.t, bottom: bottom.t, unknown };
}
