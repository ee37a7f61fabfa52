// Engagement rate, its plausibility checks, benchmark bands and a 0-100 quality score.
// All rates are FRACTIONS (0.0139 = 1.39%).
import { VIDEO_PLATFORMS, type EngagementBand, type EngagementMethod, type Platform, type Tier } from "./types";
import { classifyTier, DEFAULT_TIER_THRESHOLDS, type TierThresholds } from "./tiers";
import { ENGAGEMENT_BENCHMARKS, type BenchmarkBand } from "./benchmarks";

export { ENGAGEMENT_BENCHMARKS, type BenchmarkBand };

export type EngagementInput = {
  platform: Platform;
  followers: number;
  avgLikes?: number | null;
  avgComments?: number | null;
  avgViews?: number | null;
  avgShares?: number | null;
  importedRate?: number | null;
};

export const ENGAGEMENT_FLAG_CODES = [
  "rate_above_100",
  "views_far_above_followers",
  "rate_implausibly_high",
  "zero_followers",
  "comments_exceed_likes",
] as const;
export type EngagementFlagCode = (typeof ENGAGEMENT_FLAG_CODES)[number];
export type EngagementFlag = { code: EngagementFlagCode; message: string };

export type EngagementResult = {
  rate: number | null;
  method: EngagementMethod | null;
  rateByFollowers: number | null;
  rateByViews: number | null;
  expectedEngagements: number | null;
  flags: EngagementFlag[];
  /** Tier used for the plausibility ceiling. */
  tier: Tier | null;
};

/**
 * Highest believable engagement rate (by followers) per tier. Above this the figure is flagged
 * `rate_implausibly_high` and not ranked first. Small accounts legitimately reach 10-20%.
 */
export const IMPLAUSIBLE_RATE_CEILING: Readonly<Record<Tier, number>> = Object.freeze({
  nano: 0.25,
  micro: 0.15,
  mid: 0.1,
  macro: 0.1,
  mega: 0.1,
});

/** avgViews above this multiple of followers is flagged (viral outlier or wrong column). */
export const VIEWS_TO_FOLLOWERS_FLAG_RATIO = 20;

/** Flags that make an engagement figure untrustworthy for ranking. */
export const IMPLAUSIBLE_FLAGS: readonly EngagementFlagCode[] = ["rate_above_100", "rate_implausibly_high"];

const known = (n: number | null | undefined): n is number => typeof n === "number" && Number.isFinite(n) && n >= 0;

export function isVideoPlatform(p: Platform): boolean {
  return VIDEO_PLATFORMS.includes(p);
}

/**
 * Engagement per post.
 * - rateByFollowers = (likes + comments) / followers; missing comments count as 0 only when likes are known.
 *   Shares are not counted (most exports lack them and platform benchmarks are likes+comments).
 * - rateByViews = (likes + comments) / avgViews, for video platforms (youtube, tiktok, twitch) with views > 0.
 * - stored `rate`: by followers when likes are known (method "followers") so tiers compare fairly across
 *   platforms and with the follower-based benchmarks; by views when followers are 0/unknown on a video
 *   platform (method "views"); else the imported rate (method "imported"); else null.
 * - expectedEngagements: likes + comments when likes are known, else round(rate * followers) when the rate
 *   is a follower rate.
 */
export function computeEngagement(input: EngagementInput, t: TierThresholds = DEFAULT_TIER_THRESHOLDS): EngagementResult {
  const flags: EngagementFlag[] = [];
  const followers = known(input.followers) ? input.followers : null;
  const likes = known(input.avgLikes) ? input.avgLikes : null;
  const comments = known(input.avgComments) ? input.avgComments : null;
  const views = known(input.avgViews) ? input.avgViews : null;
  const imported = known(input.importedRate) ? input.importedRate : null;
  const tier = followers !== null ? classifyTier(followers, t) : null;

  const interactions = likes !== null ? likes + (comments ?? 0) : null;
  if (followers === 0) flags.push({ code: "zero_followers", message: "Account reports 0 followers; follower-based rate cannot be computed." });

  const rateByFollowers = interactions !== null && followers !== null && followers > 0 ? interactions / followers : null;
  const rateByViews = interactions !== null && views !== null && views > 0 && isVideoPlatform(input.platform) ? interactions / views : null;

  let rate: number | null = null;
  let method: EngagementMethod | null = null;
  if (rateByFollowers !== null) {
    rate = rateByFollowers;
    method = "followers";
  } else if (rateByViews !== null) {
    rate = rateByViews;
    method = "views";
  } else if (imported !== null) {
    rate = imported;
    method = "imported";
  }

  let expectedEngagements: number | null = null;
  if (interactions !== null) expectedEngagements = Math.round(interactions);
  else if (rate !== null && method !== "views" && followers !== null) expectedEngagements = Math.round(rate * followers);

  if (likes !== null && comments !== null && comments > likes && likes > 0) {
    flags.push({ code: "comments_exceed_likes", message: "More comments than likes per post: giveaway posts or comment pods are likely." });
  }
  if (views !== null && followers !== null && followers > 0 && views > VIEWS_TO_FOLLOWERS_FLAG_RATIO * followers) {
    flags.push({
      code: "views_far_above_followers",
      message: `Average views are more than ${VIEWS_TO_FOLLOWERS_FLAG_RATIO}x followers: one viral post or a wrong column.`,
    });
  }
  const followerRate = method === "followers" || method === "imported" ? rate : null;
  if (followerRate !== null && followerRate > 1) {
    flags.push({ code: "rate_above_100", message: "Engagement rate above 100%: the figures are inconsistent." });
  } else if (followerRate !== null && tier !== null && followerRate > IMPLAUSIBLE_RATE_CEILING[tier]) {
    flags.push({
      code: "rate_implausibly_high",
      message: `Engagement rate ${(followerRate * 100).toFixed(1)}% is above the ${(IMPLAUSIBLE_RATE_CEILING[tier] * 100).toFixed(0)}% ceiling for ${tier} accounts.`,
    });
  }
  return { rate, method, rateByFollowers, rateByViews, expectedEngagements, flags, tier };
}

/** false when a flag says the rate is implausible; search does not rank those first. */
export function isRankable(result: { flags: { code: string }[] }): boolean {
  return !result.flags.some((f) => (IMPLAUSIBLE_FLAGS as readonly string[]).includes(f.code));
}

/** "high" runs from the band's high up to this multiple of it; beyond is "very_high". */
export const VERY_HIGH_MULTIPLE = 2;

/** below low -> low; low..high (inclusive) -> average; up to 2x high -> high; beyond -> very_high. */
export function engagementBand(rate: number, platform: Platform, tier: Tier): EngagementBand {
  const b = ENGAGEMENT_BENCHMARKS[platform][tier];
  if (rate < b.low) return "low";
  if (rate <= b.high) return "average";
  if (rate <= VERY_HIGH_MULTIPLE * b.high) return "high";
  return "very_high";
}

/**
 * Mid-rank percentile (0-100) of `value` in an ascending array: 100 * (count(< v) + 0.5 * count(= v)) / n.
 * Empty array -> 50. Uses binary search, O(log n).
 */
export function percentileRank(value: number, sortedAscending: readonly number[]): number {
  const n = sortedAscending.length;
  if (n === 0) return 50;
  const lo = lowerBound(sortedAscending, value);
  const hi = upperBound(sortedAscending, value);
  return (100 * (lo + 0.5 * (hi - lo))) / n;
}

function lowerBound(a: readonly number[], v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function upperBound(a: readonly number[], v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Above this, a component score approaches 100 without reaching it (softCeiling): a hard cap made
 * every creator past it tie, so the overall score could not tell the best creators apart.
 */
export const SOFT_CEILING_KNEE = 80;

/**
 * y up to the knee (80) as it is; above, 100 - 20^2 / (y - 60): continuous with the same slope at
 * 80, 90 at y = 100, 95 at y = 140, below 100 for every finite y. Scores are linear up to 80 and
 * compressed, never clamped, above it. SQL: the same expression in the migration *_score_priors.
 */
export function softCeiling(y: number): number {
  const h = 100 - SOFT_CEILING_KNEE;
  return y <= SOFT_CEILING_KNEE ? y : 100 - (h * h) / (y - SOFT_CEILING_KNEE + h);
}

/**
 * Breakpoints of the engagement quality score, as (x, score) where x is the rate divided by the
 * benchmark band's HIGH value. Band mid (low+high)/2 and band high are per-row:
 *   x0 = 0, x1 = mid/high, x2 = 1  ->  scores 0, 50, 80 (linear between); above the band's high the
 * line from 80 at high to 100 at 2x high is kept going and passed through softCeiling, which works
 * out to 100 - 20 * high / rate: 90 at 2x high, 95 at 4x high, never 100.
 */
export const ENGAGEMENT_SCORE_POINTS = Object.freeze({
  atZero: 0,
  atBandMid: 50,
  atBandHigh: SOFT_CEILING_KNEE,
  veryHighMultiple: VERY_HIGH_MULTIPLE,
});

/** Piecewise-linear interpolation over ascending x breakpoints; clamped at the ends. */
export function piecewiseLinear(x: number, xs: readonly number[], ys: readonly number[]): number {
  if (x <= xs[0]!) return ys[0]!;
  for (let i = 1; i < xs.length; i++) {
    if (x <= xs[i]!) {
      const x0 = xs[i - 1]!;
      const x1 = xs[i]!;
      const y0 = ys[i - 1]!;
      const y1 = ys[i]!;
      return x1 === x0 ? y1 : y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
    }
  }
  return ys[ys.length - 1]!;
}

/**
 * 0-100: 0 at rate 0, 50 at the benchmark band's midpoint, 80 at the band's high, then
 * 100 - 20 * high / rate (90 at 2x high; approaches 100, never reaches it). Linear between the
 * first three points. null rate -> null. Not rounded (round for display).
 */
export function engagementQualityScore(rate: number | null | undefined, platform: Platform, tier: Tier): number | null {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return null;
  const b = ENGAGEMENT_BENCHMARKS[platform][tier];
  const mid = (b.low + b.high) / 2;
  const p = ENGAGEMENT_SCORE_POINTS;
  const r = Math.max(0, rate);
  if (r > b.high) return softCeiling(p.atBandHigh + (100 - p.atBandHigh) * (r / b.high - 1));
  return piecewiseLinear(r, [0, mid, b.high], [p.atZero, p.atBandMid, p.atBandHigh]);
}
