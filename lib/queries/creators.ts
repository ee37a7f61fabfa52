// One creator's profile: metrics, history, score breakdown for a brief, the caller's shortlists
// holding it, lookalikes. Organisation-scoped where it touches org data (briefs, shortlists).
import "server-only";
import { prisma } from "@/lib/db/client";
import { scoreNicheFit } from "@/lib/domain/fit";
import { creatorScore } from "@/lib/domain/score";
import { engagementBand } from "@/lib/domain/engagement";
import type { NicheId } from "@/lib/domain/niches";
import type { EngagementBand } from "@/lib/domain/types";
import type { SearchQuery } from "@/lib/validation/search";
import { resolveBrief, toFlags, weightsFromQuery } from "./search";
import { findSimilarCreators } from "./similar";
import { getEngagementPercentile } from "./engagement-percentile";
import { freshCatalog } from "./search/catalog-sync";

const profileSelect = {
  id: true, platform: true, handle: true, displayName: true, bio: true, profileUrl: true, country: true, language: true,
  niches: true, categoryLabel: true, followers: true, following: true, posts: true, avgLikes: true, avgComments: true, avgViews: true, avgShares: true,
  engagementRate: true, engagementMethod: true, engagementRateByViews: true, expectedEngagements: true, engagementScore: true,
  engagementRankable: true, tier: true, authenticityScore: true, authenticityFlags: true, authenticityConfidence: true,
  priceLow: true, priceHigh: true, priceCurrency: true, priceSource: true, costPerEngagement: true, costScore: true, costPrior: true,
  followerGrowth30d: true, followerGrowth90d: true, engagementTrend90d: true, contactEmail: true, dataSource: true, metricsAsOf: true, updatedAt: true,
} as const;

export async function getCreatorProfile(id: string, q: SearchQuery, organizationId: string) {
  const c = await prisma.creator.findUnique({ where: { id }, select: profileSelect });
  if (!c) return null;
  const weights = weightsFromQuery(q);
  // One catch-up read of the search catalog serves both the percentile and the lookalikes.
  const catalog = freshCatalog();
  // Neither may read it (no niches, no rankable rate): a failure is then still handled, not lost.
  catalog.catch(() => {});
  const [resolved, snapshots, holders, similar, engagementPercentile] = await Promise.all([
    resolveBrief(q, organizationId),
    // The newest 500 (the charts sort them by date again).
    prisma.creatorSnapshot.findMany({
      where: { creatorId: id },
      select: { capturedAt: true, followers: true, engagementRate: true, tier: true },
      orderBy: { capturedAt: "desc" },
      take: 500,
    }),
    prisma.shortlistItem.findMany({
      where: { creatorId: id, shortlist: { organizationId } },
      select: { status: true, note: true, addedAt: true, shortlist: { select: { id: true, name: true } } },
      orderBy: { addedAt: "desc" },
    }),
    findSimilarCreators(c, 6, catalog),
    c.engagementRankable ? getEngagementPercentile(c.platform, c.tier, c.engagementRate, catalog) : null,
  ]);
  const fit = resolved ? scoreNicheFit({ ...c, niches: c.niches as NicheId[] }, resolved.brief) : null;
  const priceLow = c.priceLow === null ? null : Number(c.priceLow);
  const priceHigh = c.priceHigh === null ? null : Number(c.priceHigh);
  // score, confidence, what is missing and the breakdown, as the search ranks it.
  const score = creatorScore({ ...c, priceLow, priceHigh }, fit?.score ?? null, weights);
  const band: EngagementBand | null = c.engagementRate === null ? null : engagementBand(c.engagementRate, c.platform, c.tier);
  return {
    creator: {
      ...c,
      priceLow,
      priceHigh,
      authenticityFlags: toFlags(c.authenticityFlags),
      engagementBand: band,
      engagementPercentile,
    },
    brief: resolved && { id: resolved.id, name: resolved.name },
    fit,
    score,
    weights,
    snapshots,
    shortlists: holders.map((h) => ({ id: h.shortlist.id, name: h.shortlist.name, status: h.status, note: h.note, addedAt: h.addedAt })),
    similar,
  };
}

export type CreatorProfile = NonNullable<Awaited<ReturnType<typeof getCreatorProfile>>>;
