// Recomputes every stored, derived figure (tier, engagement, authenticity, price, scores) from
// the observed metrics, in keyset-paged batches: after a threshold change or a formula update.
// Snapshots stay as they were (the history keeps the tiers of its time); a creator whose tier
// changes gets a TierChange record, and growth is recomputed from the snapshots.
import "server-only";
import { prisma } from "@/lib/db/client";
import { deriveCreatorMetrics } from "@/lib/domain/creator-metrics";
import type { TierThresholds } from "@/lib/domain/tiers";
import { refreshGrowthFor } from "./growth";

const BATCH = 2_000;

export async function rescoreCatalog(t: TierThresholds, onProgress?: (done: number) => void): Promise<{ rescored: number; retiered: number }> {
  let cursor: string | undefined;
  let rescored = 0;
  let retiered = 0;
  for (;;) {
    const rows = await prisma.creator.findMany({
      where: cursor ? { id: { gt: cursor } } : undefined,
      orderBy: { id: "asc" },
      take: BATCH,
      select: {
        id: true, platform: true, followers: true, following: true, posts: true, avgLikes: true, avgComments: true,
        avgViews: true, avgShares: true, tier: true, engagementRate: true, engagementMethod: true,
        priceLow: true, priceHigh: true, priceCurrency: true, priceSource: true,
      },
    });
    if (!rows.length) break;
    const changes: { creatorId: string; fromTier: string; toTier: string; followers: number }[] = [];
    const updates = rows.map((r) => {
      const d = deriveCreatorMetrics(
        {
          ...r,
          importedRate: r.engagementMethod === "imported" ? r.engagementRate : null,
          importedPrice: r.priceSource === "imported" ? { low: Number(r.priceLow), high: Number(r.priceHigh), currency: r.priceCurrency } : null,
        },
        t,
      );
      if (d.tier !== r.tier) {
        retiered++;
        changes.push({ creatorId: r.id, fromTier: r.tier, toTier: d.tier, followers: r.followers });
      }
      return { id: r.id, ...d, authenticityFlags: d.authenticityFlags };
    });
    await prisma.$executeRawUnsafe(
      `UPDATE "Creator" AS c SET
         tier = u.tier, "engagementRate" = u."engagementRate", "engagementMethod" = u."engagementMethod",
         "engagementRateByViews" = u."engagementRateByViews", "expectedEngagements" = u."expectedEngagements",
         "engagementScore" = u."engagementScore", "engagementRankable" = u."engagementRankable",
         "authenticityScore" = u."authenticityScore", "authenticityFlags" = u."authenticityFlags",
         "authenticityConfidence" = u."authenticityConfidence", "priceLow" = u."priceLow", "priceHigh" = u."priceHigh",
         "priceCurrency" = u."priceCurrency", "priceSource" = u."priceSource",
         "costPerEngagement" = u."costPerEngagement", "costScore" = u."costScore", "updatedAt" = now()
       FROM json_populate_recordset(null::"Creator", $1::json) AS u WHERE c.id = u.id`,
      JSON.stringify(updates),
    );
    if (changes.length) {
      await prisma.$executeRawUnsafe(
        `INSERT INTO "TierChange" (id, "creatorId", "fromTier", "toTier", followers, cause, "changedAt", "createdAt")
         SELECT 'r' || md5(random()::text || t."creatorId"), t."creatorId", t."fromTier", t."toTier", t.followers, 'rescore', now(), now()
           FROM json_populate_recordset(null::"TierChange", $1::json) AS t`,
        JSON.stringify(changes),
      );
    }
    await refreshGrowthFor(rows.map((r) => r.id));
    rescored += rows.length;
    cursor = rows[rows.length - 1]!.id;
    onProgress?.(rescored);
  }
  return { rescored, retiered };
}
