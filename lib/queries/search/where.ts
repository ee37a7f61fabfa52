// The WHERE of a search: each filter of the registry (lib/search/filters.ts) becomes the condition
// its `sql` declares. Every value from a user is a bound parameter. Also the relevance ranks of
// free text.
import { Prisma } from "@/lib/db/generated/client";
import { PLATFORMS } from "@/lib/domain/types";
import { FILTER_KEYS, FILTERS, type FilterKey, type FilterSql } from "@/lib/search/filters";
import { normaliseSearchText, type SearchQuery } from "@/lib/validation/search";
import { engagementBandCondSql, fitTerm, fitTermsCondSql, likeEscape } from "./fit-sql";

const { sql, join, empty, raw } = Prisma;

export type WhereOptions = {
  /**
   * Write the free-text or tier test so that no index serves it (the same rows: `x || ''` is x, or
   * NULL when x is, and COALESCE only turns NULL into false). For a common text the trigram bitmap
   * costs more than testing the rows another index or an early-stopping scan already reads:
   * "routine" is in 25% of bios, and its bitmap of 250,000 rows took 27 ms to build in every
   * statement (docs/performance.md).
   */
  textAsFilter?: boolean;
  tiersAsFilter?: boolean;
};

/** Free text: substring on handle, display name and bio; typos (word_similarity, `<%`) on the short fields. */
function textCond(q: string, asFilter: boolean): Prisma.Sql | null {
  const text = normaliseSearchText(q);
  if (!text) return null;
  const like = `%${likeEscape(text)}%`;
  const col = (name: string) => (asFilter ? sql`(${raw(`c."${name}"`)} || '')` : raw(`c."${name}"`));
  // Rechecking word_similarity against long bios cost ~1.4 s per million rows (docs/search.md). All
  // served by the gin_trgm_ops indexes on handle, displayName and bio.
  return sql`(${col("handle")} ILIKE ${like} OR ${col("displayName")} ILIKE ${like} OR ${col("bio")} ILIKE ${like}
        OR ${text} <% ${col("handle")} OR ${text} <% ${col("displayName")})`;
}

/** One filter's condition, as its registry entry declares; null when the value restricts nothing. */
function filterCond(key: FilterKey, spec: FilterSql, v: unknown, opts: WhereOptions): Prisma.Sql | null {
  switch (spec.op) {
    case "text":
      return textCond(v as string, !!opts.textAsFilter);
    case "in": {
      const values = v as string[];
      if (!values.length) return null;
      const col = raw(`c."${spec.column}"`);
      const cast = spec.type ? raw(`::"${spec.type}"`) : empty;
      const castArr = raw(spec.type ? `::"${spec.type}"[]` : `::text[]`);
      if (key === "tier" && opts.tiersAsFilter) return sql`COALESCE(${col} = ANY(${values}${castArr}), false)`;
      // One value is written as "=", so that a B-tree on (tier, followers, id) also gives the order.
      return values.length === 1 ? sql`${col} = ${values[0]}${cast}` : sql`${col} = ANY(${values}${castArr})`;
    }
    case "overlaps":
      return (v as string[]).length ? sql`${raw(`c."${spec.column}"`)} && ${v as string[]}::text[]` : null;
    case ">=":
    case "<=": {
      const value = (v as number) * ("scale" in spec && spec.scale ? spec.scale : 1);
      const cast = "type" in spec && spec.type ? raw(`::${spec.type}`) : empty;
      return sql`${raw(`c."${spec.column}"`)} ${raw(spec.op)} ${value}${cast}`;
    }
    case "band":
      // Equals engagementBand(...) = ANY(band), as comparisons the planner can estimate.
      return (v as string[]).length ? engagementBandCondSql(v as string[]) : null;
    case "present": {
      const col = raw(`c."${spec.column}"`);
      return v ? sql`${col} IS NOT NULL AND ${col} <> ''` : sql`(${col} IS NULL OR ${col} = '')`;
    }
    case "withinDays":
      return sql`${raw(`c."${spec.column}"`)} >= now() - make_interval(days => ${v as number}::int)`;
  }
}

/** The conditions of every filter set in the query (list and count share them). */
export function searchWhereConds(q: Partial<SearchQuery>, opts: WhereOptions = {}): Prisma.Sql[] {
  const conds: Prisma.Sql[] = [];
  for (const key of FILTER_KEYS) {
    const v = q[key];
    if (v === undefined || v === null) continue;
    const cond = filterCond(key, FILTERS[key].sql, v, opts);
    if (cond) conds.push(cond);
  }
  return conds;
}

/**
 * With two or more of country, language, niche and platform, the same filters as keys of
 * "fitTerms" (built by its trigger from the stored values: c:<country>, l:<language>, n:<niche>,
 * p:<platform>), so one GIN index intersects them. Added beside the filters, never instead (the
 * set is unchanged). `country=TR&language=pt` read 17,600 heap pages of Turkish creators to find
 * no Portuguese speaker (2-4 s at 1M under load); through the keys, 32 ms. Null when under two.
 */
export function filterKeysCond(q: Partial<SearchQuery>): Prisma.Sql | null {
  const dims = [
    (q.country ?? []).map((c) => [fitTerm.country(c)]),
    (q.language ?? []).map((l) => [fitTerm.language(l)]),
    (q.niche ?? []).map((n) => [fitTerm.niche(n)]),
    (q.platform ?? []).map((p) => [fitTerm.platform(p)]),
  ].filter((d) => d.length > 0);
  return dims.length >= 2 ? fitTermsCondSql(dims) : null;
}

export function whereOf(conds: Prisma.Sql[]): Prisma.Sql {
  return conds.length ? sql`WHERE ${join(conds, " AND ")}` : empty;
}

/** The one where-builder (list and count). */
export function searchWhere(q: Partial<SearchQuery>): Prisma.Sql {
  return whereOf(searchWhereConds(q));
}

/**
 * How well free text matches, best first: 0 the handle is the text (with or without @, any case),
 * 1 the handle starts with it, 2 any other match. Reads only the handle, so it also orders the
 * list's output. Similarity ordering of the rest was left out: it scores every match (docs/search.md).
 */
export function relevanceRankSql(text: string): Prisma.Sql {
  const e = likeEscape(text);
  return sql`(CASE WHEN c."handle" ILIKE ${e} THEN 0 WHEN c."handle" ILIKE ${e + "%"} THEN 1 ELSE 2 END)`;
}

/** Per rank, a condition the trigram index on handle can serve (rank 2 keeps the text match). */
export function relevanceBranchCond(text: string, r: number): Prisma.Sql {
  const e = likeEscape(text);
  // Handles are stored normalised (lower case, lib/import normalizeHandle; the seed), and the text
  // is lower case: equality, so the (platform, handle) unique index finds it with one probe per
  // platform. As ILIKE, the trigram bitmap rechecked ~18,000 heap pages for q=anna (72 ms).
  if (r === 0) return sql`c."platform" = ANY(${[...PLATFORMS]}::"Platform"[]) AND c."handle" = ${text}`;
  if (r === 1) return sql`c."handle" ILIKE ${e + "%"} AND NOT c."handle" ILIKE ${e}`;
  return sql`NOT c."handle" ILIKE ${e + "%"}`;
}
