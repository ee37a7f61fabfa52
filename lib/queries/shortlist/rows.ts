// Items read as rows: the creator's metrics, fit to the list's brief and the overall score (default
// weights, as search without custom weights), the agreed price and the client's latest decision.
import { engagementBand } from "@/lib/domain/engagement";
import { scoreNicheFit, type BrandBrief } from "@/lib/domain/fit";
import type { NicheId } from "@/lib/domain/niches";
import { creatorScore, type DataComponent } from "@/lib/domain/score";
import type { ListRow, ShortlistStatus } from "@/lib/domain/shortlist";
import type { EngagementBand, EngagementMethod, Platform } from "@/lib/domain/types";
import { toBrandBrief, toFlags, type AuthenticityFlagView } from "@/lib/search/brief";

export const itemSelect = {
  id: true, status: true, note: true, agreedPrice: true, addedAt: true, updatedAt: true,
  decisions: { orderBy: { updatedAt: "desc" }, take: 1, select: { decision: true, comment: true, updatedAt: true } },
  creator: {
    select: {
      id: true, platform: true, handle: true, displayName: true, bio: true, country: true, language: true, niches: true, followers: true, tier: true,
      engagementRate: true, engagementMethod: true, engagementRankable: true, expectedEngagements: true, engagementScore: true,
      authenticityScore: true, authenticityFlags: true, priceLow: true, priceHigh: true, priceCurrency: true, priceSource: true,
      costPerEngagement: true, costScore: true, costPrior: true, metricsAsOf: true,
    },
  },
} as const;

type Dec = { toNumber(): number } | number | null;
export type RawItem = {
  id: string; status: string; note: string | null; agreedPrice: Dec; addedAt: Date; updatedAt: Date;
  decisions: { decision: string; comment: string | null; updatedAt: Date }[];
  creator: {
    id: string; platform: Platform; handle: string; displayName: string | null; bio: string | null; country: string | null; language: string | null;
    niches: string[]; followers: number; tier: ListRow["tier"]; engagementRate: number | null; engagementMethod: EngagementMethod | null;
    engagementRankable: boolean; expectedEngagements: number | null; engagementScore: number | null; authenticityScore: number | null;
    authenticityFlags: unknown; priceLow: Dec; priceHigh: Dec; priceCurrency: string; priceSource: "imported" | "estimate";
    costPerEngagement: number | null; costScore: number | null; metricsAsOf: Date;
  };
};

export type ItemRow = ListRow & {
  /** Share of the score's weight backed by the creator's own data, and what was counted at a prior. */
  scoreConfidence: number;
  missing: DataComponent[];
  itemId: string;
  creatorId: string;
  platform: Platform;
  addedAt: Date;
  engagementMethod: EngagementMethod | null;
  engagementBand: EngagementBand | null;
  engagementRankable: boolean;
  authenticityFlags: AuthenticityFlagView[];
  priceSource: "imported" | "estimate";
  metricsAsOf: Date;
  decisionAt: Date | null;
};

const n = (d: Dec) => (d === null ? null : Number(d));

export function briefOf(brief: { niches: unknown; keywords: string[]; countries: string[]; languages: string[]; platforms: string[] } | null): BrandBrief | null {
  return brief ? toBrandBrief(brief) : null;
}

export function toItemRow(i: RawItem, brief: BrandBrief | null): ItemRow {
  const c = i.creator;
  const fit = brief ? scoreNicheFit({ ...c, niches: c.niches as NicheId[] }, brief).score : null;
  // As search and the profile score a creator (default weights, priors for missing components).
  const { score, confidence, missing } = creatorScore({ ...c, priceLow: n(c.priceLow), priceHigh: n(c.priceHigh) }, fit);
  const d = i.decisions[0] ?? null;
  return {
    itemId: i.id, creatorId: c.id, handle: c.handle, platform: c.platform, displayName: c.displayName, country: c.country, tier: c.tier,
    followers: c.followers, engagementRate: c.engagementRate, engagementMethod: c.engagementMethod, engagementRankable: c.engagementRankable,
    engagementBand: c.engagementRate === null ? null : engagementBand(c.engagementRate, c.platform, c.tier),
    expectedEngagements: c.expectedEngagements, fit: fit === null ? null : Math.round(fit), authenticityScore: c.authenticityScore,
    authenticityFlags: toFlags(c.authenticityFlags), priceLow: n(c.priceLow), priceHigh: n(c.priceHigh), priceCurrency: c.priceCurrency,
    priceSource: c.priceSource, agreedPrice: n(i.agreedPrice), score, scoreConfidence: confidence, missing, status: i.status as ShortlistStatus, note: i.note, addedAt: i.addedAt,
    metricsAsOf: c.metricsAsOf, clientDecision: d?.decision ?? null, clientComment: d?.comment ?? null, decisionAt: d?.updatedAt ?? null,
  };
}
