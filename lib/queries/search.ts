// Creator search: one where-builder for the list and its count; fit and the overall score are
// computed in SQL from the brief (lib/search/sql.ts mirrors lib/domain). Org-scoped: a brief of
// another organisation is never read.
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { BrandBrief } from "@/lib/domain/fit";
import { isNicheId, type NicheId } from "@/lib/domain/niches";
import type { ScoreWeights } from "@/lib/domain/score";
import { DEFAULT_WEIGHTS } from "@/lib/domain/score";
import type { EngagementBand, EngagementMethod, Platform, Tier } from "@/lib/domain/types";
import { PLATFORMS } from "@/lib/domain/types";
import { engagementBandSql, fitScoreSql, isEmptyBrief, likeEscape, overallScoreSql } from "@/lib/search/sql";
import { inlineBriefNiches, type SearchQuery } from "@/lib/validation/search";
import type { Page } from "./pagination";

const { sql, join, empty } = Prisma;

export type AuthenticityFlagView = { code: string; message: string; penalty: number };

export type SearchRow = {
  id: string;
  platform: Platform;
  handle: string;
  displayName: string | null;
  country: string | null;
  language: string | null;
  niches: string[];
  followers: number;
  tier: Tier;
  engagementRate: number | null;
  engagementMethod: EngagementMethod | null;
  engagementBand: EngagementBand | null;
  engagementRankable: boolean;
  expectedEngagements: number | null;
  engagementScore: number | null;
  authenticityScore: number | null;
  authenticityFlags: AuthenticityFlagView[];
  priceLow: number | null;
  priceHigh: number | null;
  priceCurrency: string;
  priceSource: "imported" | "estimate";
  costPerEngagement: number | null;
  costScore: number | null;
  followerGrowth30d: number | null;
  hasEmail: boolean;
  metricsAsOf: Date;
  fit: number | null;
  score: number;
};

export type ResolvedBrief = { id: string | null; name: string; brief: BrandBrief };

export type SearchResult = Page<SearchRow> & { brief: ResolvedBrief | null; weights: ScoreWeights };

export class BriefNotFoundError extends Error {
  constructor(readonly briefId: string) {
    super(`No brief ${briefId} in your organisation.`);
  }
}

/** Stored brief JSON -> domain BrandBrief, dropping anything it cannot read. */
export function toBrandBrief(row: { niches: unknown; keywords: string[]; countries: string[]; languages: string[]; platforms: string[] }): BrandBrief {
  const niches = Array.isArray(row.niches)
    ? row.niches.flatMap((n: unknown) => {
        const o = n as { id?: unknown; weight?: unknown };
        return isNicheId(o?.id) && typeof o.weight === "number" ? [{ id: o.id as NicheId, weight: o.weight }] : [];
      })
    : [];
  return {
    niches,
    keywords: row.keywords,
    countries: row.countries,
    languages: row.languages,
    platforms: row.platforms.filter((p): p is Platform => (PLATFORMS as readonly string[]).includes(p)),
  };
}

export async function listBriefsForOrg(organizationId: string) {
  return prisma.brandBrief.findMany({
    where: { organizationId },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

/** The saved brief (org-scoped), else the inline one, else null. Throws BriefNotFoundError. */
export async function resolveBrief(query: SearchQuery, organizationId: string): Promise<ResolvedBrief | null> {
  if (query.brief) {
    const row = await prisma.brandBrief.findFirst({
      where: { id: query.brief, organizationId },
      select: { id: true, name: true, niches: true, keywords: true, countries: true, languages: true, platforms: true },
    });
    if (!row) throw new BriefNotFoundError(query.brief);
    return { id: row.id, name: row.name, brief: toBrandBrief(row) };
  }
  const inline: BrandBrief = {
    niches: inlineBriefNiches(query),
    keywords: query.fitKeywords ?? [],
    countries: query.fitCountry ?? [],
    languages: [],
    platforms: [],
  };
  return isEmptyBrief(inline) ? null : { id: null, name: "Inline brief", brief: inline };
}

export function weightsFromQuery(q: SearchQuery): ScoreWeights {
  const set = [q.wEng, q.wFit, q.wAuth, q.wCost].some((w) => w !== undefined);
  if (!set) return { ...DEFAULT_WEIGHTS };
  return { engagement: q.wEng ?? 0, fit: q.wFit ?? 0, authenticity: q.wAuth ?? 0, cost: q.wCost ?? 0 };
}

/** Normalised free text: lower case, no leading @. */
export function normaliseSearchText(q: string): string {
  return q.trim().toLowerCase().replace(/^@+/, "").replace(/\s+/g, " ");
}

/** The one where-builder (list and count). */
export function searchWhere(q: SearchQuery): Prisma.Sql {
  const conds: Prisma.Sql[] = [];
  if (q.q) {
    const text = normaliseSearchText(q.q);
    if (text) {
      const like = `%${likeEscape(text)}%`;
      // Substring (partial words) on all three fields; word_similarity (typos) via <%. Both are
      // served by the gin_trgm_ops indexes on handle, displayName and bio.
      conds.push(sql`(c."handle" ILIKE ${like} OR c."displayName" ILIKE ${like} OR c."bio" ILIKE ${like}
        OR ${text} <% c."handle" OR ${text} <% c."displayName" OR ${text} <% c."bio")`);
    }
  }
  if (q.platform?.length) conds.push(sql`c."platform" = ANY(${q.platform}::"Platform"[])`);
  if (q.tier?.length) conds.push(sql`c."tier" = ANY(${q.tier}::"Tier"[])`);
  if (q.minFollowers !== undefined) conds.push(sql`c."followers" >= ${q.minFollowers}`);
  if (q.maxFollowers !== undefined) conds.push(sql`c."followers" <= ${q.maxFollowers}`);
  if (q.minEr !== undefined) conds.push(sql`c."engagementRate" >= ${q.minEr / 100}::float8`);
  if (q.maxEr !== undefined) conds.push(sql`c."engagementRate" <= ${q.maxEr / 100}::float8`);
  if (q.band?.length) conds.push(sql`${engagementBandSql()} = ANY(${q.band}::text[])`);
  if (q.niche?.length) conds.push(sql`c."niches" && ${q.niche}::text[]`);
  if (q.country?.length) conds.push(sql`c."country" = ANY(${q.country}::text[])`);
  if (q.language?.length) conds.push(sql`c."language" = ANY(${q.language}::text[])`);
  if (q.minAuthenticity !== undefined) conds.push(sql`c."authenticityScore" >= ${q.minAuthenticity}`);
  // A creator is within budget when the low end of their per-post price is.
  if (q.maxPrice !== undefined) conds.push(sql`c."priceLow" <= ${q.maxPrice}::numeric`);
  if (q.hasEmail === true) conds.push(sql`c."contactEmail" IS NOT NULL AND c."contactEmail" <> ''`);
  if (q.hasEmail === false) conds.push(sql`(c."contactEmail" IS NULL OR c."contactEmail" = '')`);
  if (q.freshDays !== undefined) conds.push(sql`c."metricsAsOf" >= now() - make_interval(days => ${q.freshDays}::int)`);
  return conds.length ? sql`WHERE ${join(conds, " AND ")}` : empty;
}

function orderBy(q: SearchQuery, hasBrief: boolean): Prisma.Sql {
  const dir = q.order === "asc" ? sql`ASC` : sql`DESC`;
  switch (q.sort) {
    case "fit":
      return hasBrief ? sql`ORDER BY fit ${dir}, score DESC, c."id"` : sql`ORDER BY score ${dir}, c."id"`;
    case "er":
      // Implausible rates (not rankable) never come first.
      return sql`ORDER BY c."engagementRankable" DESC, c."engagementRate" ${dir} NULLS LAST, c."id"`;
    case "engagements":
      return sql`ORDER BY c."expectedEngagements" ${dir} NULLS LAST, c."id"`;
    case "followers":
      return sql`ORDER BY c."followers" ${dir}, c."id"`;
    case "cpe":
      return sql`ORDER BY c."costPerEngagement" ${dir} NULLS LAST, c."id"`;
    case "growth":
      return sql`ORDER BY c."followerGrowth30d" ${dir} NULLS LAST, c."id"`;
    default:
      return sql`ORDER BY score ${dir}, c."id"`;
  }
}

type RawRow = Omit<SearchRow, "authenticityFlags" | "priceLow" | "priceHigh" | "score" | "fit"> & {
  authenticityFlags: unknown;
  priceLow: number | null;
  priceHigh: number | null;
  score: number | bigint | null;
  fit: number | bigint | null;
};

export function toFlags(v: unknown): AuthenticityFlagView[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((f: unknown) => {
    const o = f as Partial<AuthenticityFlagView>;
    return typeof o?.code === "string" && typeof o.message === "string" ? [{ code: o.code, message: o.message, penalty: Number(o.penalty ?? 0) }] : [];
  });
}

/** The SQL of one search page (exported for the benchmark, which runs it directly). */
export function searchSql(q: SearchQuery, brief: BrandBrief | null, weights: ScoreWeights) {
  const fit = brief ? fitScoreSql(brief) : null;
  const where = searchWhere(q);
  const list = sql`SELECT * FROM (
      SELECT c."id", c."platform"::text AS "platform", c."handle", c."displayName", c."country", c."language", c."niches",
        c."followers", c."tier"::text AS "tier", c."engagementRate", c."engagementMethod"::text AS "engagementMethod",
        ${engagementBandSql()} AS "engagementBand", c."engagementRankable", c."expectedEngagements", c."engagementScore",
        c."authenticityScore", c."authenticityFlags", c."priceLow"::float8 AS "priceLow", c."priceHigh"::float8 AS "priceHigh",
        c."priceCurrency", c."priceSource"::text AS "priceSource", c."costPerEngagement", c."costScore", c."followerGrowth30d",
        (c."contactEmail" IS NOT NULL AND c."contactEmail" <> '') AS "hasEmail", c."metricsAsOf",
        ${fit ?? sql`NULL::int`}::int AS fit,
        ${overallScoreSql(weights, fit)}::int AS score
      FROM "Creator" c ${where}) c
    ${orderBy(q, brief !== null)}
    LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`;
  const count = sql`SELECT count(*)::int AS n FROM "Creator" c ${where}`;
  return { list, count };
}

/** `resolved` lets a caller that already resolved the brief (to answer 404 early) pass it in. */
export async function searchCreators(q: SearchQuery, organizationId: string, resolved?: ResolvedBrief | null): Promise<SearchResult> {
  if (resolved === undefined) resolved = await resolveBrief(q, organizationId);
  const weights = weightsFromQuery(q);
  const { list, count } = searchSql(q, resolved?.brief ?? null, weights);
  const [rows, counted] = await Promise.all([prisma.$queryRaw<RawRow[]>(list), prisma.$queryRaw<{ n: number }[]>(count)]);
  const items: SearchRow[] = rows.map((r) => ({
    ...r,
    authenticityFlags: toFlags(r.authenticityFlags),
    fit: r.fit === null ? null : Number(r.fit),
    score: Number(r.score ?? 0),
  }));
  return { items, total: counted[0]?.n ?? 0, page: q.page, pageSize: q.pageSize, brief: resolved, weights };
}

/** The filters a person can drop, in the order suggestions are tried. */
export const RELAXABLE_FILTERS = [
  "q", "niche", "country", "language", "tier", "platform", "band", "minEr", "maxEr", "minFollowers", "maxFollowers",
  "minAuthenticity", "maxPrice", "hasEmail", "freshDays",
] as const satisfies readonly (keyof SearchQuery)[];

/** For an empty result: how many creators each single filter removal would bring back (best first). */
export async function suggestRelaxations(q: SearchQuery): Promise<{ key: (typeof RELAXABLE_FILTERS)[number]; total: number }[]> {
  const active = RELAXABLE_FILTERS.filter((k) => {
    const v = q[k];
    return v !== undefined && !(Array.isArray(v) && v.length === 0);
  });
  const counts = await Promise.all(
    active.map(async (key) => {
      const relaxed = { ...q, [key]: undefined } as SearchQuery;
      const rows = await prisma.$queryRaw<{ n: number }[]>(sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM "Creator" c ${searchWhere(relaxed)} LIMIT 10000) t`);
      return { key, total: rows[0]?.n ?? 0 };
    }),
  );
  return counts.filter((c) => c.total > 0).sort((a, b) => b.total - a.total);
}
