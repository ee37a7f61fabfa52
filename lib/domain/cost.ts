// Price estimates and cost efficiency. Amounts in USD unless a currency is given.
import type { Platform, Tier } from "./types";
import { ENGAGEMENT_BENCHMARKS, softCeiling } from "./engagement";

export type PriceRange = { low: number; high: number };

/**
 * Typical USD price per sponsored post, by platform and tier.
 * Source: Influencer Marketing Hub, "Influencer Rates" / "How much do influencers charge" (2024-2025 editions),
 * whose tiers match ours (nano 1k-10k, micro 10k-50k, mid 50k-500k, macro 500k-1M, mega 1M+).
 * The published mega ranges are open-ended ("$10,000+"); we cap them at 2.5x the lower bound (extrapolated).
 * Twitch has no published per-post range (extrapolated from YouTube at half price); "other" reuses Instagram.
 */
const INSTAGRAM_PRICES: Record<Tier, PriceRange> = {
  nano: { low: 10, high: 100 },
  micro: { low: 100, high: 500 },
  mid: { low: 500, high: 5_000 },
  macro: { low: 5_000, high: 10_000 },
  mega: { low: 10_000, high: 25_000 },
};

const YOUTUBE_PRICES: Record<Tier, PriceRange> = {
  nano: { low: 20, high: 200 },
  micro: { low: 200, high: 1_000 },
  mid: { low: 1_000, high: 10_000 },
  macro: { low: 10_000, high: 20_000 },
  mega: { low: 20_000, high: 50_000 },
};

function scaled(ranges: Record<Tier, PriceRange>, factor: number): Record<Tier, PriceRange> {
  return Object.fromEntries(
    Object.entries(ranges).map(([tier, r]) => [tier, { low: r.low * factor, high: r.high * factor }]),
  ) as Record<Tier, PriceRange>;
}

export const PRICE_RANGES: Readonly<Record<Platform, Readonly<Record<Tier, PriceRange>>>> = Object.freeze({
  instagram: INSTAGRAM_PRICES,
  tiktok: {
    nano: { low: 5, high: 25 },
    micro: { low: 25, high: 125 },
    mid: { low: 125, high: 1_250 },
    macro: { low: 1_250, high: 2_500 },
    mega: { low: 2_500, high: 6_250 },
  },
  youtube: YOUTUBE_PRICES,
  x: {
    nano: { low: 2, high: 20 },
    micro: { low: 20, high: 100 },
    mid: { low: 100, high: 1_000 },
    macro: { low: 1_000, high: 2_000 },
    mega: { low: 2_000, high: 5_000 },
  },
  twitch: scaled(YOUTUBE_PRICES, 0.5),
  other: INSTAGRAM_PRICES,
});

/** Which PRICE_RANGES cells are extrapolated rather than published. */
export function isPriceExtrapolated(platform: Platform, tier: Tier): boolean {
  return platform === "twitch" || platform === "other" || tier === "mega";
}

export type PriceEstimate = { low: number; high: number; mid: number; currency: string; source: "imported" | "estimate" };

const pos = (n: number | null | undefined): n is number => typeof n === "number" && Number.isFinite(n) && n >= 0;

/**
 * Imported price wins when at least one end is known (a single end is used for both ends; swapped ends are
 * reordered); otherwise the published range in USD. mid = (low + high) / 2.
 */
export function estimatePrice(
  platform: Platform,
  tier: Tier,
  imported?: { low?: number | null; high?: number | null; currency?: string | null } | null,
): PriceEstimate {
  if (imported && (pos(imported.low) || pos(imported.high))) {
    const a = pos(imported.low) ? imported.low : (imported.high as number);
    const b = pos(imported.high) ? imported.high : a;
    const low = Math.min(a, b);
    const high = Math.max(a, b);
    return { low, high, mid: (low + high) / 2, currency: (imported.currency ?? "USD").toUpperCase(), source: "imported" };
  }
  const r = PRICE_RANGES[platform][tier];
  return { low: r.low, high: r.high, mid: (r.low + r.high) / 2, currency: "USD", source: "estimate" };
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

/**
 * The cost score a creator would have at its tier's typical engagement rate: the prior used for a
 * missing cost score (lib/domain/score.ts). price mid / (typical rate * followers) as the CPE, then
 * costEfficiencyScore. The price is the stored one (imported or estimated), else the tier's range.
 * No followers: no audience to pay for, 0. SQL: scout_cost_prior (migration *_score_priors).
 */
export function costPriorScore(
  platform: Platform,
  tier: Tier,
  followers: number,
  price?: { low: number | null; high: number | null } | null,
): number {
  if (!(followers > 0)) return 0;
  const mid = price && pos(price.low) && pos(price.high) ? (price.low + price.high) / 2 : estimatePrice(platform, tier).mid;
  return costEfficiencyScore(mid / (typicalEngagementRate(platform, tier) * followers)) ?? 0;
}
