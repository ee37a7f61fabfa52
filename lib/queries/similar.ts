// Lookalikes: same platform, overlapping niches, the same or a neighbouring tier; ranked by how
// close the engagement rate is (log ratio) with a bonus for the same country and for each shared
// niche. Chosen on the search catalog in one pass (lib/search/scan/peers.ts), then read by id.
import "server-only";
import { prisma } from "@/lib/db/client";
import type { Platform, Tier } from "@/lib/domain/types";
import { lookalikes, type LookalikeSeed } from "@/lib/search/scan/peers";
import { freshCatalog, type CatalogState } from "./search/catalog-sync";

export type SimilarCreator = {
  id: string;
  platform: Platform;
  handle: string;
  displayName: string | null;
  tier: Tier;
  followers: number;
  engagementRate: number | null;
  country: string | null;
  niches: string[];
};

/** `catalogState`: a catalog the caller already brought up to date for this request. */
export async function findSimilarCreators(seed: LookalikeSeed, limit = 6, catalogState?: Promise<CatalogState>): Promise<SimilarCreator[]> {
  if (seed.niches.length === 0) return [];
  const { catalog } = await (catalogState ?? freshCatalog());
  const ids = lookalikes(catalog, seed, limit);
  if (!ids.length) return [];
  const rows = await prisma.creator.findMany({
    where: { id: { in: ids } },
    select: { id: true, platform: true, handle: true, displayName: true, tier: true, followers: true, engagementRate: true, country: true, niches: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
