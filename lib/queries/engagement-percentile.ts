import "server-only";
import type { Platform, Tier } from "@/lib/domain/types";
import { peerPercentile } from "@/lib/search/scan/peers";
import { freshCatalog, type CatalogState } from "./search/catalog-sync";

export type EngagementPercentile = { percentile: number; peers: number };

/**
 * Where a rate stands among the catalog's creators of the same platform and tier (lib/domain/engagement.ts
 * percentileRank: mid-rank, 100 * (below + half of equal) / n), counted on the search catalog in one
 * pass: 150,000 Instagram micros cost what 10 do. Only rankable rates count, so implausible figures
 * do not shift everyone else's percentile.
 */
export async function getEngagementPercentile(platform: Platform, tier: Tier, rate: number | null, catalogState?: Promise<CatalogState>): Promise<EngagementPercentile | null> {
  if (rate === null) return null;
  const { catalog } = await (catalogState ?? freshCatalog());
  return peerPercentile(catalog, platform, tier, rate);
}
