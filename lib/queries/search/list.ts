// The page's statement: columns, order, and the fit fence.
import { Prisma } from "@/lib/db/generated/client";
import type { SearchQuery } from "@/lib/validation/search";

const { sql } = Prisma;

export function orderBy(q: SearchQuery, hasBrief: boolean): Prisma.Sql {
  const dir = q.order === "asc" ? sql`ASC` : sql`DESC`;
  // At equal score, the creator whose score rests more on its own data first (then id, for stable pages).
  if (q.sort === "fit" && hasBrief) return sql`ORDER BY fit ${dir}, score DESC, "scoreConfidence" DESC, c."id"`;
  // Stored columns sort by their own key (columnSortKey); fit without a brief, score and relevance by the score.
  const key = columnSortKey(q, false);
  return key ? sql`ORDER BY ${key}, c."id"` : sql`ORDER BY score ${dir}, "scoreConfidence" DESC, c."id"`;
}

/**
 * The page's statement. `fence`: compute fit once per row in a subquery the planner may not
 * flatten (OFFSET 0), so the score reads it as a column; inlined, the fit expression (two bio
 * regexps per keyword) was evaluated five times per row. Only for fit/score sorts: a fence hides
 * the index order a column sort walks.
 */
export function listSql(where: Prisma.Sql, fitExpr: Prisma.Sql | null, scoreOf: (fit: Prisma.Sql | null) => Prisma.Sql, confidence: Prisma.Sql, order: Prisma.Sql, limit: number, offset: number, fence: boolean | "always" = false): Prisma.Sql {
  // "always": the matches are read by the filters' own access path (their indexes), never by
  // walking a sort index: the "small-set" path, once the count has shown they are few.
  const fenced = fence === "always" || (fence && fitExpr !== null);
  const from = fenced ? sql`(SELECT c.*, ${fitExpr ?? sql`NULL::int`} AS "fitValue" FROM "Creator" c ${where} OFFSET 0) c` : sql`"Creator" c ${where}`;
  // Without a brief there is no fit to read: the score must leave it out (a NULL "fitValue" would
  // count as 100 in the clamp), as overallScore does.
  const fit = fenced && fitExpr ? sql`c."fitValue"` : fitExpr;
  const score = scoreOf(fit);
  return sql`SELECT * FROM (
      SELECT c."id", c."platform"::text AS "platform", c."handle", c."displayName", c."country", c."language", c."niches",
        c."followers", c."tier"::text AS "tier", c."engagementRate", c."engagementMethod"::text AS "engagementMethod",
        c."engagementRankable", c."expectedEngagements", c."engagementScore",
        c."authenticityScore", c."authenticityFlags", c."priceLow"::float8 AS "priceLow", c."priceHigh"::float8 AS "priceHigh",
        c."priceCurrency", c."priceSource"::text AS "priceSource", c."costPerEngagement", c."costScore", c."followerGrowth30d",
        (c."contactEmail" IS NOT NULL AND c."contactEmail" <> '') AS "hasEmail", c."metricsAsOf",
        ${fit ?? sql`NULL::int`}::int AS fit,
        ${score}::float8 AS score, ${confidence}::int AS "scoreConfidence"
      FROM ${from}) c
    ${order}
    LIMIT ${limit} OFFSET ${offset}`;
}

/** From this offset on, column sorts read the page's ids first (see runSearch). */
export const DEFERRED_JOIN_OFFSET = 500;

/** The ORDER BY key (before the id tie-breaker) of a sort on stored columns only; null for fit/computed score. */
export function columnSortKey(q: SearchQuery, base: boolean): Prisma.Sql | null {
  const dir = q.order === "asc" ? sql`ASC` : sql`DESC`;
  switch (q.sort) {
    case "er":
      // Implausible rates (not rankable) never come first.
      return sql`c."engagementRankable" DESC, c."engagementRate" ${dir} NULLS LAST`;
    case "engagements":
      return sql`c."expectedEngagements" ${dir} NULLS LAST`;
    case "followers":
      return sql`c."followers" ${dir}`;
    case "cpe":
      return sql`c."costPerEngagement" ${dir} NULLS LAST`;
    case "growth":
      return sql`c."followerGrowth30d" ${dir} NULLS LAST`;
    case "fit":
    case "score":
    case "relevance":
      return base ? sql`c."baseScore" ${dir}, c."baseConfidence" DESC` : null;
  }
}
