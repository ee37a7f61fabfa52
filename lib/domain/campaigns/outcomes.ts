// Micro against macro from an organisation's own results: per tier, across all its campaigns, the
// actual CPE, CPM and ROAS with the campaigns, creators and posts behind each, beside the planner's
// prediction for the same bookings and the published engagement benchmark. Pure.
import { ENGAGEMENT_BENCHMARKS } from "../benchmarks";
import { figuresOf, type Figures } from "./figures";
import { TIER_KEYS, type CampaignReport, type TierKey } from "./report";
import { addSums } from "./sums";

/**
 * Enough of a tier's own results to offer them to the planner as its priors (docs/campaigns.md):
 * below this one campaign's luck dominates.
 */
export const CALIBRATION_THRESHOLD = Object.freeze({ posts: 30, creators: 10, campaigns: 3 });

export type TierOutcome = {
  tier: TierKey;
  campaigns: number;
  figures: Figures;
  /** Instagram's published "average" engagement band (Modash), the planner's benchmark prior. */
  benchmarkEr: { low: number; high: number } | undefined;
  calibrated: boolean;
};

export function tierOutcomes(reports: readonly CampaignReport[]): TierOutcome[] {
  const out: TierOutcome[] = [];
  for (const tier of TIER_KEYS) {
    const parts = reports.map((r) => r.creators.filter((c) => (c.creator.tier ?? "unknown") === tier));
    const campaigns = parts.filter((p) => p.length > 0).length;
    if (!campaigns) continue;
    const figures = figuresOf(addSums(parts.flat().map((c) => c.sums)));
    const band = tier === "unknown" ? undefined : ENGAGEMENT_BENCHMARKS.instagram[tier];
    const calibrated = figures.posts >= CALIBRATION_THRESHOLD.posts && figures.creators >= CALIBRATION_THRESHOLD.creators && campaigns >= CALIBRATION_THRESHOLD.campaigns;
    out.push({ tier, campaigns, figures, benchmarkEr: band && { low: band.low, high: band.high }, calibrated });
  }
  return out;
}
