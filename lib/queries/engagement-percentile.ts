import "server-only";
import { prisma } from "@/lib/db/client";
import type { Platform, Tier } from "@/lib/domain/types";

export type EngagementPercentile = { percentile: number; peers: number };

/**
 * Where a rate stands among the catalog's creators of the same platform and tier: the SQL form
 * of lib/domain/engagement.ts percentileRank (mid-rank: 100 * (below + half of equal) / n).
 * Only rankable rates count, so implausible figures do not shift everyone else's percentile.
 */
export async function getEngagementPercentile(platform: Platform, tier: Tier, rate: number | null): Promise<EngagementPercentile | null> {
  if (rate === null) return null;
  const [row] = await prisma.$queryRaw<{ below: bigint; equal: bigint; n: bigint }[]>`
    SELECT count(*) FILTER (WHERE "engagementRate" < ${rate}) AS below,
           count(*) FILTER (WHERE "engagementRate" = ${rate}) AS equal,
           count(*) AS n
    FROM "Creator"
    WHERE platform = ${platform}::"Platform" AND tier = ${tier}::"Tier"
      AND "engagementRate" IS NOT NULL AND "engagementRankable"`;
  const n = Number(row?.n ?? 0);
  if (n === 0) return null;
  return { percentile: (100 * (Number(row!.below) + 0.5 * Number(row!.equal))) / n, peers: n };
}
