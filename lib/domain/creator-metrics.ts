// Everything the catalog stores about a creator that is computed rather than observed: tier,
// engagement, authenticity, price, CPE and the component scores search sorts on. One function,
// used by the importer, the seed and re-scoring, so stored figures always agree with the docs.
import { assessAuthenticity, type AuthenticityFlag, type AuthenticityInput } from "./authenticity";
import { costEfficiencyScore, costPerEngagement, estimatePrice } from "./cost";
import { computeEngagement, engagementQualityScore, isRankable } from "./engagement";
import { classifyTier, DEFAULT_TIER_THRESHOLDS, type TierThresholds } from "./tiers";
import type { EngagementMethod, Tier } from "./types";

/** What a file or the seed observes: the authenticity inputs (minus the rate, which is derived here) and more. */
export type ObservedMetrics = Omit<AuthenticityInput, "engagementRate"> & {
  avgViews?: number | null;
  avgShares?: number | null;
  /** A rate read from the file (fraction), used only when likes are unknown. */
  importedRate?: number | null;
  importedPrice?: { low?: number | null; high?: number | null; currency?: string | null } | null;
};

export type DerivedMetrics = {
  tier: Tier;
  engagementRate: number | null;
  engagementMethod: EngagementMethod | null;
  engagementRateByViews: number | null;
  expectedEngagements: number | null;
  engagementScore: number | null;
  engagementRankable: boolean;
  authenticityScore: number | null;
  authenticityConfidence: "low" | "medium" | "high";
  authenticityFlags: AuthenticityFlag[];
  priceLow: number;
  priceHigh: number;
  priceCurrency: string;
  priceSource: "imported" | "estimate";
  costPerEngagement: number | null;
  costScore: number | null;
};

export function deriveCreatorMetrics(input: ObservedMetrics, t: TierThresholds = DEFAULT_TIER_THRESHOLDS): DerivedMetrics {
  const tier = classifyTier(input.followers, t);
  const engagement = computeEngagement(input, t);
  const authenticity = assessAuthenticity({ ...input, engagementRate: engagement.rate }, t);
  const price = estimatePrice(input.platform, input.followers, input.importedPrice);
  // CPE on the middle of the price range: the figure a planner budgets with.
  const cpe = costPerEngagement(price.mid, engagement.expectedEngagements);
  const rankable = isRankable(engagement);
  return {
    tier,
    engagementRate: engagement.rate,
    engagementMethod: engagement.method,
    engagementRateByViews: engagement.rateByViews,
    expectedEngagements: engagement.expectedEngagements,
    engagementScore: rankable && engagement.method !== "views" ? engagementQualityScore(engagement.rate, input.platform, tier) : null,
    engagementRankable: rankable,
    authenticityScore: authenticity.score,
    authenticityConfidence: authenticity.confidence,
    authenticityFlags: authenticity.flags,
    priceLow: price.low,
    priceHigh: price.high,
    priceCurrency: price.currency,
    priceSource: price.source,
    costPerEngagement: cpe,
    costScore: rankable ? costEfficiencyScore(cpe) : null,
  };
}

/**
 * The engagement figures deriveCreatorMetrics gives (the same rate, and whether it may rank), alone:
 * for checks over every row of a file (the import's flags), which need nothing else. Its own small
 * object, so the import's per-row checks do not share allocation sites with the rows it keeps (V8
 * then allocates those straight into the old generation, and every row's garbage with them).
 */
export function deriveEngagement(input: ObservedMetrics, t: TierThresholds = DEFAULT_TIER_THRESHOLDS): { engagementRate: number | null; engagementRankable: boolean } {
  const engagement = computeEngagement(input, t);
  return { engagementRate: engagement.rate, engagementRankable: isRankable(engagement) };
}
