// Price estimates and cost efficiency. Amounts in USD unless a currency is given.
import type { Platform, Tier } from "./types";
import { ENGAGEMENT_BENCHMARKS, softCeiling } from "./engagement";
import { estimatedPriceRange } from "./price-model";

export type PriceRange = { low: number; high: number };

export { isPriceExtrapolated } from "./price-model";

export type PriceEstimate = { low: number; high: number; mid: number; currency: string; source: "imported" | "estimate" };

const pos = (n: number | null | undefined): n is number => typeof n === "number" && Number.isFinite(n) && n >= 0;

/**
 * Imported price wins when at least one end is known (a single end is used for both ends; swapped ends are
 * reordered); otherwise the estimate from the audience size (lib/domain/price-model.ts) in USD. mid = (low + high) / 2.
 */
export function estimatePrice(
  platform: Platform,
  followers: number,
  imported?: { low?: number | null; high?: number | null; currency?: string | null } | null,
): PriceEstimate {
  if (imported && (pos(imported.low) || pos(imported.high))) {
    const a = pos(imported.low) ? imported.low : (imported.high as number);
    const b = pos(imported.high) ? imported.high : a;
    const low = Math.min(a, b);
    const high = Math.max(a, b);
    return { low, high, mid: (low + high) / 2, currency: (imported.currency ?? "USD").toUpperCase(), source: "imported" };
  }
  return { ...estimatedPriceRange(platform, followers), currency: "USD", source: "estimate" };
}

/** Price per expected engagement; null when engagements are unknown or zero. */
export function costPerEngagement(price: number, expectedEngagements: number | null | undefined): number | null {
  if (!pos(price) || !pos(expectedEngagements) || expectedEngagements === 0) return null;
  return price / expectedEngagements;
}

/** Price per 1,000 followers; null when followers are unknown or zero. */
export function costPerMille(price: number, followers: number | null | undefined): number | null {
  if (!pos(price) || !pos(followers) || followers === 0) return null;
  return (price * 1000) / followers;
}

/** Cost-efficiency breakpoints: CPE at or above `worst` scores 0, `best` would score 100 on the log line (softCeiling compresses it to 90). */
export const CPE_SCORE_BREAKPOINTS = Object.freeze({ best: 0.05, worst: 5 });

/** ln of the breakpoints, written into the SQL mirror as literals so SQL and TS divide by the same number. */
export const CPE_LOG_BREAKPOINTS = Object.freeze({ lnBest: Math.log(CPE_SCORE_BREAKPOINTS.best), lnWorst: Math.log(CPE_SCORE_BREAKPOINTS.worst) });

/**
 * y = 100 * (ln(worst) - ln(cpe)) / (ln(worst) - ln(best)), 0 below 0, then softCeiling(y): CPE $5 or
 * more -> 0, $0.50 -> 50, $0.20 -> 69.9, $0.05 -> 90, $0.005 -> 95.6; never 100 (the hard cap at
 * $0.05 made every large account tie). SQL: scout_cost_score (migration *_score_priors).
 */
export function costEfficiencyScore(cpe: number | null | undefined): number | null {
  if (cpe === null || cpe === undefined || !Number.isFinite(cpe) || cpe < 0) return null;
  if (cpe === 0) return 100;
  const { lnBest, lnWorst } = CPE_LOG_BREAKPOINTS;
  return softCeiling(Math.max(0, (100 * (lnWorst - Math.log(cpe))) / (lnWorst - lnBest)));
}

/** The engagement rate a creator of this platform and tier typically has: the middle of its benchmark band. */
export function typicalEngagementRate(platform: Platform, tier: Tier): number {
  const b = ENGAGEMENT_BENCHMARKS[platform][tier];
  return (b.low + b.high) / 2;
}

/** Where each tier's typical rate sits on the follower axis: the geometric centre of the default tier (mega: 1M-10M). */
export const TYPICAL_RATE_KNOTS = Object.freeze([Math.sqrt(1e3 * 1e4), Math.sqrt(1e4 * 5e4), Math.sqrt(5e4 * 5e5), Math.sqrt(5e5 * 1e6), Math.sqrt(1e6 * 1e7)] as const);
/** The smallest audience the benchmarks describe: the typical rate stops rising below it. */
export const RATE_FLOOR_FOLLOWERS = 1_000;
const KNOT_TIERS: readonly Tier[] = ["nano", "micro", "mid", "macro", "mega"];

/**
 * The engagement rate typical of a creator of this size: each tier's band middle placed at its
 * geometric centre (TYPICAL_RATE_KNOTS), joined by straight lines on log-log axes; below the first
 * knot the nano-micro line goes on down to RATE_FLOOR_FOLLOWERS (Modash's 1K-5K band sits above the
 * nano middle), flat below it and beyond the last knot. Continuous, like the price: a tier boundary
 * moves neither.
 */
export function typicalEngagementRateAt(platform: Platform, followers: number): number {
  const ys = KNOT_TIERS.map((t) => typicalEngagementRate(platform, t));
  const xs = TYPICAL_RATE_KNOTS;
  const f = Math.max(RATE_FLOOR_FOLLOWERS, followers);
  if (f >= xs[xs.length - 1]!) return ys[ys.length - 1]!;
  let i = 1;
  while (f > xs[i]!) i++;
  return ys[i - 1]! * Math.pow(f / xs[i - 1]!, Math.log(ys[i]! / ys[i - 1]!) / Math.log(xs[i]! / xs[i - 1]!));
}

/**
 * The cost score a creator would have at the engagement rate typical of its size: the prior used for a
 * missing cost score (lib/domain/score.ts). price mid / (typicalEngagementRateAt * followers) as the CPE,
 * then costEfficiencyScore. The price is the stored one (imported or estimated), else the estimate for its
 * followers. No followers: no audience to pay for, 0. The tier is not read (kept for the SQL signature).
 * SQL: scout_cost_prior (migrations *_score_priors, *_price_by_audience).
 */
export function costPriorScore(
  platform: Platform,
  _tier: Tier,
  followers: number,
  price?: { low: number | null; high: number | null } | null,
): number {
  if (!(followers > 0)) return 0;
  const mid = price && pos(price.low) && pos(price.high) ? (price.low + price.high) / 2 : estimatePrice(platform, followers).mid;
  return costEfficiencyScore(mid / (typicalEngagementRateAt(platform, followers) * followers)) ?? 0;
}
