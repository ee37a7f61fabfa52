// The planner's calibration on an organisation's own results (docs/campaigns.md "Calibration"):
// across its campaigns, measured engagements ÷ the engagements predicted at launch for the same
// posts, per tier and overall, with the posts, creators and campaigns behind each ratio. Once a tier
// (or the whole) has CALIBRATION_THRESHOLD of data, the planner may multiply its predicted
// engagements by that ratio; below it, the offer says how much more data is needed. Pure.
import type { PlanCreator } from "../plan";
import { TIERS, type Tier } from "../types";
import { CALIBRATION_THRESHOLD } from "./outcomes";
import type { CampaignReport, TierKey } from "./report";

export type CalibrationScope = TierKey | "overall";

export type CalibrationRow = {
  scope: CalibrationScope;
  /** Σ measured engagements ÷ Σ predicted engagements per post, over the posts with both; undefined without any. */
  ratio: number | undefined;
  actual: number;
  predicted: number;
  /** Posts with measured engagements and a prediction above 0; the creators and campaigns they come from. */
  posts: number;
  creators: number;
  campaigns: number;
  eligible: boolean;
  /** How much more is needed to reach the threshold (0 when reached). */
  missing: { posts: number; creators: number; campaigns: number };
};

export type CalibrationFactor = { ratio: number; from: CalibrationScope; posts: number; campaigns: number };

export type CalibrationOffer = {
  overall: CalibrationRow;
  /** The tiers with any data, in tier order. */
  tiers: CalibrationRow[];
  /** The factor per tier: the tier's own ratio when it has enough data, else the overall ratio when that has. */
  factors: Partial<Record<Tier, CalibrationFactor>>;
  available: boolean;
};

type Acc = { actual: number; predicted: number; posts: number; creators: Set<string>; campaigns: Set<number> };
const acc = (): Acc => ({ actual: 0, predicted: 0, posts: 0, creators: new Set(), campaigns: new Set() });

function row(scope: CalibrationScope, a: Acc, threshold = CALIBRATION_THRESHOLD): CalibrationRow {
  const n = { posts: a.posts, creators: a.creators.size, campaigns: a.campaigns.size };
  const missing = { posts: Math.max(0, threshold.posts - n.posts), creators: Math.max(0, threshold.creators - n.creators), campaigns: Math.max(0, threshold.campaigns - n.campaigns) };
  const ratio = a.predicted > 0 && Number.isFinite(a.actual / a.predicted) ? a.actual / a.predicted : undefined;
  const eligible = ratio !== undefined && ratio > 0 && !missing.posts && !missing.creators && !missing.campaigns;
  return { scope, ratio, actual: a.actual, predicted: a.predicted, ...n, eligible, missing };
}

export function calibrationOffer(reports: readonly CampaignReport[], threshold = CALIBRATION_THRESHOLD): CalibrationOffer {
  const overall = acc();
  const byTier = new Map<TierKey, Acc>();
  reports.forEach((report, ci) => {
    for (const cr of report.creators) {
      const predicted = cr.creator.predictedEngagementsPerPost;
      if (predicted === undefined || !(predicted > 0) || !Number.isFinite(predicted)) continue;
      const tier: TierKey = cr.creator.tier ?? "unknown";
      const t = byTier.get(tier) ?? acc();
      byTier.set(tier, t);
      // A creator is told apart across campaigns by campaign and key: booked twice, counted twice.
      const who = `${ci}:${cr.creator.key}`;
      for (const p of cr.posts) {
        if (p.engagements === undefined || !Number.isFinite(p.engagements)) continue;
        for (const a of [overall, t]) {
          a.actual += p.engagements;
          a.predicted += predicted;
          a.posts += 1;
          a.creators.add(who);
          a.campaigns.add(ci);
        }
      }
    }
  });
  const all = row("overall", overall, threshold);
  const tiers = [...TIERS, "unknown" as const].flatMap((t) => (byTier.get(t)?.posts ? [row(t, byTier.get(t)!, threshold)] : []));
  const factors: CalibrationOffer["factors"] = {};
  for (const tier of TIERS) {
    const own = tiers.find((r) => r.scope === tier);
    const use = own?.eligible ? own : all.eligible ? all : null;
    if (use) factors[tier] = { ratio: use.ratio!, from: use.scope, posts: use.posts, campaigns: use.campaigns };
  }
  return { overall: all, tiers, factors, available: Object.keys(factors).length > 0 };
}

/** The pool with each creator's expected engagements × its tier's factor; unknown engagements stay unknown. */
export function calibratePool<T extends Pick<PlanCreator, "tier" | "expectedEngagements">>(pool: readonly T[], factors: CalibrationOffer["factors"]): T[] {
  return pool.map((c) => {
    const f = factors[c.tier];
    return f && c.expectedEngagements !== null ? { ...c, expectedEngagements: c.expectedEngagements * f.ratio } : c;
  });
}
