// How a chart's axes tell the truth (pure): a log scale when the values span orders of magnitude,
// so a micro creator's 15K is not a flat line beside a mega creator's 5M; ticks at powers of ten;
// time axes in real time, so unevenly spaced measurements are drawn unevenly spaced.

/** Values above `ratio` times each other do not fit one linear axis: the small ones lie flat. */
export const LOG_SCALE_RATIO = 50;

const positives = (values: readonly (number | null | undefined)[]) => values.filter((v): v is number => typeof v === "number" && Number.isFinite(v) && v > 0);

export function needsLogScale(values: readonly (number | null | undefined)[], ratio = LOG_SCALE_RATIO): boolean {
  const p = positives(values);
  if (p.length < 2) return false;
  return Math.max(...p) / Math.min(...p) >= ratio;
}

/** The powers of ten around the positive values: [10^floor(log min), 10^ceil(log max)]. */
export function logDomain(values: readonly (number | null | undefined)[]): [number, number] {
  const p = positives(values);
  if (!p.length) return [1, 10];
  const lo = 10 ** Math.floor(Math.log10(Math.min(...p)));
  let hi = 10 ** Math.ceil(Math.log10(Math.max(...p)));
  if (hi <= lo) hi = lo * 10;
  return [lo, hi];
}

/** Every power of ten from the domain's low end to its high end. */
export function logTicks([lo, hi]: readonly [number, number]): number[] {
  const out: number[] = [];
  for (let e = Math.round(Math.log10(lo)); 10 ** e <= hi * 1.0001; e++) out.push(10 ** e);
  return out;
}

/** A "YYYY-MM-DD" day as a UTC timestamp, for a time axis. */
export function dayToTime(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** Ticks for a time axis: the measured dates when few, else `count` evenly spaced moments in real time. */
export function timeTicks(times: readonly number[], count = 5): number[] {
  const sorted = [...new Set(times.filter(Number.isFinite))].sort((a, b) => a - b);
  if (sorted.length <= count) return sorted;
  const [lo, hi] = [sorted[0]!, sorted[sorted.length - 1]!];
  return Array.from({ length: count }, (_, i) => Math.round(lo + ((hi - lo) * i) / (count - 1)));
}

/**
 * Round ticks for a linear axis from 0: steps of 1, 2, 2.5 or 5 times a power of ten, at most
 * `count` steps, ending at or above the largest value. A person reads "0, 1, 2, 3%", never
 * "0, 0.65, 1.3, 1.95%".
 */
export function linearTicks(values: readonly (number | null | undefined)[], count = 5): number[] {
  const max = Math.max(0, ...positives(values));
  if (max === 0) return [0, 1];
  const raw = max / count;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * pow).find((s) => s >= raw)!;
  const n = Math.ceil(max / step - 1e-9);
  // Rounded to the step's precision, so 0.1 * 3 is 0.3, not 0.30000000000000004.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Array.from({ length: n + 1 }, (_, i) => Number((i * step).toFixed(digits)));
}
