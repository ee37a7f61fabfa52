// Lookalikes: same platform, overlapping niches, the same or a neighbouring tier; ranked by how
// close the engagement rate is (log ratio) with a bonus for the same country.
import "server-only";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { neighbourTiers } from "@/lib/domain/tiers";
import type { Platform, Tier } from "@/lib/domain/types";

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

type Seed = { id: string; platform: Platform; tier: Tier; niches: string[]; engagementRate: number | null; country: string | null };

export async function findSimilarCreators(seed: Seed, limit = 6): Promise<SimilarCreator[]> {
  if (seed.niches.length === 0) return [];
  const er = seed.engagementRate ?? null;
  // Distance: |ln(er / seed er)| (0 = same rate), minus 0.5 for the same country; unknown rates last.
  const distance =
    er !== null && er > 0
      ? Prisma.sql`abs(ln(GREATEST(c."engagementRate", 1e-6) / ${er}::float8))`
      : Prisma.sql`0::float8`;
  return prisma.$queryRaw<SimilarCreator[]>(Prisma.sql`
    SELECT c."id", c."platform"::text AS "platform", c."handle", c."displayName", c."tier"::text AS "tier", c."followers",
      c."engagementRate", c."country", c."niches"
    FROM "Creator" c
    WHERE c."platform" = ${seed.platform}::"Platform"
      AND c."tier" = ANY(${neighbourTiers(seed.tier)}::"Tier"[])
      AND c."niches" && ${seed.niches}::text[]
      AND c."id" <> ${seed.id}
      AND c."engagementRankable"
    ORDER BY (c."engagementRate" IS NULL),
      ${distance} - (CASE WHEN c."country" IS NOT DISTINCT FROM ${seed.country} THEN 0.5 ELSE 0 END)
        - 0.25 * cardinality(ARRAY(SELECT unnest(c."niches") INTERSECT SELECT unnest(${seed.niches}::text[]))),
      c."id"
    LIMIT ${limit}`);
}
