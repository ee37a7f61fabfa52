// Price estimates and cost efficiency. Amounts in USD unless a currency is given.
import type { Platform, Tier } from "./types";

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

/** Cost-efficiency breakpoints: CPE at or below `best` scores 100, at or above `worst` scores 0, log-linear between. */
export const CPE_SCORE_BREAKPOINTS = Object.freeze({ best: 0.05, worst: 5 });

/**
 * 0-100 = 100 * (ln(worst) - ln(cpe)) / (ln(worst) - ln(best)), clamped. CPE $0.05 -> 100, $0.50 -> 50, $5 -> 0.
 * SQL: GREATEST(0, LEAST(100, 100 * (LN(5) - LN(cpe)) / (LN(5) - LN(0.05)))).
 */
export function costEfficiencyScore(cpe: number | null | undefined): number | null {
  if (cpe === null || cpe === undefined || !Number.isFinite(cpe) || cpe < 0) return null;
  const { best, worst } = CPE_SCORE_BREAKPOINTS;
  if (cpe <= best) return 100;
  if (cpe >= worst) return 0;
  return (100 * (Math.log(worst) - Math.log(cpe))) / (Math.log(worst) - Math.log(best));
}
