// A list's order and totals in SQL, mirroring lib/domain/shortlist (sortListRows, effectivePrice,
// shortlistTotals) so the page reads only the rows it shows. Fit and score come from the SQL
// mirrors search uses (lib/queries/search/fit-sql.ts, score-sql.ts); the rest are columns.
// tests/integration/shortlist-20k.test.ts compares both on 20,000 creators.
import { Prisma } from "@/lib/db/generated/client";
import type { BrandBrief } from "@/lib/domain/fit";
import { DEFAULT_WEIGHTS } from "@/lib/domain/score";
import { SHORTLIST_STATUSES, TOTALS_CURRENCY, type ListSortKey } from "@/lib/domain/shortlist";
import { TIERS } from "@/lib/domain/types";
import { fitScoreSql } from "@/lib/queries/search/fit-sql";
import { overallScoreSql } from "@/lib/queries/search/score-sql";

const { sql } = Prisma;

/** A value counts when it is there and not negative (lib/domain/shortlist/totals.ts `num`). */
const known = (col: Prisma.Sql) => sql`(${col} IS NOT NULL AND ${col} >= 0)`;

/**
 * effectivePrice: the agreed price (both ends), else the estimate's ends, one known end standing for
 * both; NULL when neither. `as` is the SQL type the ends are read as: float8 to sort exactly as the
 * page's JavaScript numbers do, numeric to sum without rounding.
 */
export function effectivePriceSql(as: "float8" | "numeric") {
  const t = Prisma.raw(as);
  const [agreed, low, high] = [sql`i."agreedPrice"::${t}`, sql`c."priceLow"::${t}`, sql`c."priceHigh"::${t}`];
  const a = sql`(CASE WHEN ${known(low)} THEN ${low} ELSE ${high} END)`;
  const b = sql`(CASE WHEN ${known(high)} THEN ${high} ELSE ${a} END)`;
  const estimate = sql`${known(low)} OR ${known(high)}`;
  return {
    isAgreed: known(agreed),
    low: sql`(CASE WHEN ${known(agreed)} THEN ${agreed} WHEN ${estimate} THEN LEAST(${a}, ${b}) END)`,
    high: sql`(CASE WHEN ${known(agreed)} THEN ${agreed} WHEN ${estimate} THEN GREATEST(${a}, ${b}) END)`,
    currency: sql`(CASE WHEN ${known(agreed)} THEN ${TOTALS_CURRENCY} ELSE upper(c."priceCurrency") END)`,
  };
}

/** The value each sort key reads (LIST_SORT_VALUE in lib/domain/shortlist/sort.ts); NULL sorts last. */
export function listSortValueSql(key: ListSortKey, brief: BrandBrief | null): Prisma.Sql {
  const fit = brief ? fitScoreSql(brief) : null;
  switch (key) {
    case "added": return sql`i."addedAt"`;
    case "handle": return sql`c."handle" COLLATE "C"`;
    case "tier": return sql`array_position(${[...TIERS]}::text[], c."tier"::text)`;
    case "followers": return sql`c."followers"`;
    case "er": return sql`c."engagementRate"`;
    case "engagements": return sql`c."expectedEngagements"`;
    case "fit": return fit ?? sql`NULL::int`;
    case "authenticity": return sql`c."authenticityScore"`;
    case "price": {
      const p = effectivePriceSql("float8");
      return sql`((${p.low} + ${p.high}) / 2::float8)`;
    }
    // creatorScore: default weights, fit only with a brief, priors for what is missing.
    case "score": return overallScoreSql(DEFAULT_WEIGHTS, fit);
    case "status": return sql`array_position(${[...SHORTLIST_STATUSES]}::text[], i."status"::text)`;
  }
}

/** ORDER BY of sortListRows: the key, missing last either way, then handle and platform A to Z by code point. */
export function listOrderSql(key: ListSortKey, order: "asc" | "desc", brief: BrandBrief | null): Prisma.Sql {
  const dir = Prisma.raw(order === "asc" ? "ASC" : "DESC");
  return sql`ORDER BY ${listSortValueSql(key, brief)} ${dir} NULLS LAST, c."handle" COLLATE "C" ASC, c."platform"::text COLLATE "C" ASC`;
}

/** The list's items with their creators (aliases i and c). */
export const listItemsFrom = (shortlistId: string) =>
  sql`FROM "ShortlistItem" i JOIN "Creator" c ON c."id" = i."creatorId" WHERE i."shortlistId" = ${shortlistId}`;
