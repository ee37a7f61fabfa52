import "server-only";
import { prisma } from "@/lib/db/client";
import { TIERS, type Tier } from "@/lib/domain/types";

export async function getCatalogStats(): Promise<{ total: number; byTier: Record<Tier, number>; newestMetrics: Date | null }> {
  const [groups, newest] = await Promise.all([
    prisma.creator.groupBy({ by: ["tier"], _count: { _all: true } }),
    prisma.creator.aggregate({ _max: { metricsAsOf: true } }),
  ]);
  const byTier = Object.fromEntries(TIERS.map((t) => [t, 0])) as Record<Tier, number>;
  for (const g of groups) byTier[g.tier] = g._count._all;
  return { total: Object.values(byTier).reduce((a, b) => a + b, 0), byTier, newestMetrics: newest._max.metricsAsOf };
}
