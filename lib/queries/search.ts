// Creator search: one where-builder for the list and its count; fit and the overall score are
// computed in SQL from the brief (lib/queries/search-sql.ts mirrors lib/domain). Org-scoped: a brief of
// another organisation is never read.
import { prisma, queryRows } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { NotFoundError } from "@/lib/domain/errors";
import { briefKeywords, briefTargets, FIT_POINTS, RELATED_NICHE_CREDIT, type BrandBrief } from "@/lib/domain/fit";
import { isNicheId, relatedNiches, type NicheId } from "@/lib/domain/niches";
import type { DataComponent, ScoreWeights } from "@/lib/domain/score";
import { creatorScore, DEFAULT_WEIGHTS, normalizeWeights, SCORE_KEYS } from "@/lib/domain/score";
import type { EngagementBand, EngagementMethod, Platform, Tier } from "@/lib/domain/types";
import { PLATFORMS } from "@/lib/domain/types";
import {
  engagementBandCondSql, engagementBandSql, fitPartsSql, fitScoreSql, fitTerm, fitTermsCondSql, isEmptyBrief, keywordAlternatives,
  likeEscape, MAX_FIT_TERM_ALTERNATIVES,
} from "@/lib/queries/search-sql";
import { overallScoreSql, scoreConfidenceSql } from "@/lib/queries/score-sql";
import { fitShareOfScore, scoreReach, type ScoreReach } from "@/lib/search/score-bound";
import { inlineBriefNiches, normaliseSearchText, type SearchQuery } from "@/lib/validation/search";
import type { Page } from "./pagination";

const { sql, join, empty, raw } = Prisma;

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
  /** One decimal, 0-100 (lib/domain/score.ts). */
  score: number;
  /** Percent of the score's weight backed by this creator's data; the rest counted at priors. */
  scoreConfidence: number;
  /** Components with no data, counted at their prior. */
  missing: DataComponent[];
};

export type ResolvedBrief = { id: string | null; name: string; brief: BrandBrief };

/**
 * `totalCapped`: more than `countCap` creators match and `total` is `countCap` (shown as "10,000+",
 * or "1,000+" for free text).
 */
export type SearchResult = Page<SearchRow> & { totalCapped: boolean; countCap: number; brief: ResolvedBrief | null; weights: ScoreWeights };

/** Totals are counted exactly up to this many matches. */
export const COUNT_CAP = 10_000;
/**
 * With free text, up to this many: each text match is a heap fetch with a trigram recheck, and
 * counting 10,001 of them read ~7,500 table pages (140-160 ms at 1M creators, docs/performance.md).
 */
export const TEXT_COUNT_CAP = 1_000;

/** True when the search has free text left after normalising (a lone "@" is none). */
function hasSearchText(q: SearchQuery): boolean {
  return !!q.q && normaliseSearchText(q.q) !== "";
}

/** The count cap that applies to a search: TEXT_COUNT_CAP with free text, else COUNT_CAP. */
function countCapFor(q: SearchQuery): number {
  return hasSearchText(q) ? TEXT_COUNT_CAP : COUNT_CAP;
}
/** A brief- or custom-weight score sort is exact over at most this many matching creators. */
export const EXACT_RANK_LIMIT = 5_000;
/** Beyond that, it re-ranks exactly the top this-many by the stored default score (and by it within the brief's niches). */
const RERANK_CANDIDATES = 2_000;
/** The "score-bound" strategy serves pages that end at most this deep (offset + pageSize). */
const SCORE_BOUND_MAX_DEPTH = 500;

/** A 404 naming the field, through the request wrapper's error mapper. */
export class BriefNotFoundError extends NotFoundError {
  constructor(readonly briefId: string) {
    const message = `No brief ${briefId} in your organisation.`;
    super(message, { brief: [message] });
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

/** The URL's weights (wEng, wFit, wAuth, wCost: any scale) scaled to sum to 1, else the defaults. */
export function weightsFromQuery(q: SearchQuery): ScoreWeights {
  const set = [q.wEng, q.wFit, q.wAuth, q.wCost].some((w) => w !== undefined);
  if (!set) return { ...DEFAULT_WEIGHTS };
  return normalizeWeights({ engagement: q.wEng ?? 0, fit: q.wFit ?? 0, authenticity: q.wAuth ?? 0, cost: q.wCost ?? 0 });
}


/** The one where-builder (list and count). */
export function searchWhere(q: SearchQuery): Prisma.Sql {
  return whereOf(searchWhereConds(q));
}

/**
 * `textAsFilter`, `tiersAsFilter`: write the free-text or tier test so that no index serves it (the
 * same rows: `x || ''` is x, or NULL when x is, and COALESCE only turns NULL into false). For a common text (commonText) the trigram bitmap costs more than testing
 * the rows another index or an early-stopping scan already reads: "routine" is in 25% of bios, and
 * its bitmap of 250,000 rows took 27 ms to build in every statement (docs/performance.md).
 */
export function searchWhereConds(q: SearchQuery, { textAsFilter = false, tiersAsFilter = false } = {}): Prisma.Sql[] {
  const conds: Prisma.Sql[] = [];
  if (q.q) {
    const text = normaliseSearchText(q.q);
    if (text) {
      const like = `%${likeEscape(text)}%`;
      const col = (name: string) => (textAsFilter ? sql`(${raw(`c."${name}"`)} || '')` : raw(`c."${name}"`));
      // Substring (partial words) on all three fields; word_similarity (typos) via <% on the short
      // fields only: rechecking word_similarity against long bios cost ~1.4 s per million rows
      // (docs/search.md). All served by the gin_trgm_ops indexes on handle, displayName and bio.
      conds.push(sql`(${col("handle")} ILIKE ${like} OR ${col("displayName")} ILIKE ${like} OR ${col("bio")} ILIKE ${like}
        OR ${text} <% ${col("handle")} OR ${text} <% ${col("displayName")})`);
    }
  }
  // One value is written as "=", so that a B-tree on (tier, followers, id) also gives the order.
  if (q.platform?.length) conds.push(q.platform.length === 1 ? sql`c."platform" = ${q.platform[0]}::"Platform"` : sql`c."platform" = ANY(${q.platform}::"Platform"[])`);
  if (q.tier?.length && tiersAsFilter) conds.push(sql`COALESCE(c."tier" = ANY(${q.tier}::"Tier"[]), false)`);
  else if (q.tier?.length) conds.push(q.tier.length === 1 ? sql`c."tier" = ${q.tier[0]}::"Tier"` : sql`c."tier" = ANY(${q.tier}::"Tier"[])`);
  if (q.minFollowers !== undefined) conds.push(sql`c."followers" >= ${q.minFollowers}`);
  if (q.maxFollowers !== undefined) conds.push(sql`c."followers" <= ${q.maxFollowers}`);
  if (q.minEr !== undefined) conds.push(sql`c."engagementRate" >= ${q.minEr / 100}::float8`);
  if (q.maxEr !== undefined) conds.push(sql`c."engagementRate" <= ${q.maxEr / 100}::float8`);
  // Equals engagementBandSql() = ANY(band), as comparisons the planner can estimate.
  if (q.band?.length) conds.push(engagementBandCondSql(q.band));
  if (q.niche?.length) conds.push(sql`c."niches" && ${q.niche}::text[]`);
  if (q.country?.length) conds.push(q.country.length === 1 ? sql`c."country" = ${q.country[0]}` : sql`c."country" = ANY(${q.country}::text[])`);
  if (q.language?.length) conds.push(sql`c."language" = ANY(${q.language}::text[])`);
  if (q.minAuthenticity !== undefined) conds.push(sql`c."authenticityScore" >= ${q.minAuthenticity}`);
  // A creator is within budget when the low end of their per-post price is.
  if (q.maxPrice !== undefined) conds.push(sql`c."priceLow" <= ${q.maxPrice}::numeric`);
  if (q.hasEmail === true) conds.push(sql`c."contactEmail" IS NOT NULL AND c."contactEmail" <> ''`);
  if (q.hasEmail === false) conds.push(sql`(c."contactEmail" IS NULL OR c."contactEmail" = '')`);
  if (q.freshDays !== undefined) conds.push(sql`c."metricsAsOf" >= now() - make_interval(days => ${q.freshDays}::int)`);
  return conds;
}

/**
 * How well free text matches, best first: 0 the handle is the text (with or without @, any case),
 * 1 the handle starts with it, 2 any other match. Reads only the handle, so it also orders the
 * list's output. Similarity ordering of the rest was left out: it scores every match (docs/search.md).
 */
function relevanceRankSql(text: string): Prisma.Sql {
  const e = likeEscape(text);
  return sql`(CASE WHEN c."handle" ILIKE ${e} THEN 0 WHEN c."handle" ILIKE ${e + "%"} THEN 1 ELSE 2 END)`;
}

/** Per rank, a condition the trigram index on handle can serve (rank 2 keeps the text match). */
function relevanceBranchCond(text: string, r: number): Prisma.Sql {
  const e = likeEscape(text);
  // Handles are stored normalised (lower case, lib/import normalizeHandle; the seed), and the text
  // is lower case: equality, so the (platform, handle) unique index finds it with one probe per
  // platform. As ILIKE, the trigram bitmap rechecked ~18,000 heap pages for q=anna (72 ms).
  if (r === 0) return sql`c."platform" = ANY(${[...PLATFORMS]}::"Platform"[]) AND c."handle" = ${text}`;
  if (r === 1) return sql`c."handle" ILIKE ${e + "%"} AND NOT c."handle" ILIKE ${e}`;
  return sql`NOT c."handle" ILIKE ${e + "%"}`;
}

function orderBy(q: SearchQuery, hasBrief: boolean): Prisma.Sql {
  const dir = q.order === "asc" ? sql`ASC` : sql`DESC`;
  // At equal score, the creator whose score rests more on its own data first (then id, for stable pages).
  if (q.sort === "fit" && hasBrief) return sql`ORDER BY fit ${dir}, score DESC, "scoreConfidence" DESC, c."id"`;
  // Stored columns sort by their own key (columnSortKey); fit without a brief, score and relevance by the score.
  const key = columnSortKey(q, false);
  return key ? sql`ORDER BY ${key}, c."id"` : sql`ORDER BY score ${dir}, "scoreConfidence" DESC, c."id"`;
}

type RawRow = Omit<SearchRow, "authenticityFlags" | "priceLow" | "priceHigh" | "score" | "fit" | "missing"> & {
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

/** Runs one statement and returns its rows: queryRows (lib/db/client.ts) in the app, a pg pool in the benchmark. */
export type Exec = <T>(statement: Prisma.Sql) => Promise<T[]>;

/** True when the score is the stored "baseScore": no brief and the default weights. */
function usesBaseScore(brief: BrandBrief | null, weights: ScoreWeights): boolean {
  const w = normalizeWeights(weights);
  const d = normalizeWeights(DEFAULT_WEIGHTS);
  return brief === null && SCORE_KEYS.every((k) => w[k] === d[k]);
}

function whereOf(conds: Prisma.Sql[]): Prisma.Sql {
  return conds.length ? sql`WHERE ${join(conds, " AND ")}` : empty;
}

/**
 * The page's statement. `fence`: compute fit once per row in a subquery the planner may not
 * flatten (OFFSET 0), so the score reads it as a column; inlined, the fit expression (two bio
 * regexps per keyword) was evaluated five times per row. Only for fit/score sorts: a fence hides
 * the index order a column sort walks.
 */
function listSql(where: Prisma.Sql, fitExpr: Prisma.Sql | null, scoreOf: (fit: Prisma.Sql | null) => Prisma.Sql, confidence: Prisma.Sql, order: Prisma.Sql, limit: number, offset: number, fence = false): Prisma.Sql {
  const fenced = fence && fitExpr !== null;
  const from = fenced ? sql`(SELECT c.*, ${fitExpr} AS "fitValue" FROM "Creator" c ${where} OFFSET 0) c` : sql`"Creator" c ${where}`;
  const fit = fenced ? sql`c."fitValue"` : fitExpr;
  const score = scoreOf(fit);
  return sql`SELECT * FROM (
      SELECT c."id", c."platform"::text AS "platform", c."handle", c."displayName", c."country", c."language", c."niches",
        c."followers", c."tier"::text AS "tier", c."engagementRate", c."engagementMethod"::text AS "engagementMethod",
        ${engagementBandSql()} AS "engagementBand", c."engagementRankable", c."expectedEngagements", c."engagementScore",
        c."authenticityScore", c."authenticityFlags", c."priceLow"::float8 AS "priceLow", c."priceHigh"::float8 AS "priceHigh",
        c."priceCurrency", c."priceSource"::text AS "priceSource", c."costPerEngagement", c."costScore", c."followerGrowth30d",
        (c."contactEmail" IS NOT NULL AND c."contactEmail" <> '') AS "hasEmail", c."metricsAsOf",
        ${fit ?? sql`NULL::int`}::int AS fit,
        ${score}::float8 AS score, ${confidence}::int AS "scoreConfidence"
      FROM ${from}) c
    ${order}
    LIMIT ${limit} OFFSET ${offset}`;
}

/**
 * The WHERE of a search's count, and whether its free text is common. A common text is tested on
 * the rows the count reads anyway (another index's, or a scan that stops at the cap): it matches
 * often, so the cap is reached quickly without its bitmap. Broad tiers are tested on the rows of
 * the niche bitmap; with a country, the (country, tier, …) index serves both, and alone, the tier
 * index is the count's only index (an index-only scan).
 */
async function countPlan(exec: Exec, q: SearchQuery): Promise<{ commonText: boolean; countWhere: Prisma.Sql }> {
  const text = q.q ? normaliseSearchText(q.q) : "";
  const nicheDriven = !!q.niche?.length && !q.country?.length;
  const [commonText, tiersAsFilter] = await Promise.all([
    text !== "" && textShare(exec, text).then((s) => s >= COMMON_TEXT_SHARE),
    nicheDriven && broadTiers(exec, q.tier),
  ]);
  return { commonText, countWhere: whereOf(searchWhereConds(q, { textAsFilter: commonText, tiersAsFilter })) };
}

/**
 * Counts up to cap + 1 matches (COUNT_CAP, TEXT_COUNT_CAP), so a broad search never counts a million rows. With free
 * text the matches come from the trigram indexes: the MATERIALIZED CTE is planned for all its rows
 * (a bitmap scan), not for the first 10,001, which made the planner pick a Seq Scan that read
 * 300,000 rows to find 10,001 for `q=anna` (1.4 s, docs/performance.md). The CTE is still read
 * lazily, so the LIMIT stops it.
 */
function countSql(where: Prisma.Sql, text: boolean, cap: number): Prisma.Sql {
  if (text) return sql`WITH m AS MATERIALIZED (SELECT 1 FROM "Creator" c ${where}) SELECT count(*)::int AS n FROM (SELECT 1 FROM m LIMIT ${cap + 1}) t`;
  return sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM "Creator" c ${where} LIMIT ${cap + 1}) t`;
}

/** The planner's estimate of how many creators a condition keeps (EXPLAIN, no execution). */
async function planRows(exec: Exec, where: Prisma.Sql): Promise<number> {
  const [plan] = await exec<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }>(sql`EXPLAIN (FORMAT JSON) SELECT 1 FROM "Creator" c ${where}`);
  return Number(plan?.["QUERY PLAN"][0]?.Plan["Plan Rows"] ?? 0);
}

/**
 * score-bound: fit bands are added until the candidates are at most HIGH_BASE_TARGET (by estimate),
 * up to MAX_FIT_BANDS: each band is one more GIN lookup, and five took 100 ms on the whole catalog
 * where the re-rank takes 40 ms (docs/performance.md).
 */
const MAX_FIT_BANDS = 3;
/** score-bound: the candidates it aims at, at most (by estimate). */
const HIGH_BASE_TARGET = 2_000;

/**
 * Free text matching at least this share of the catalog (planner estimate) is "common". Scanning
 * rows costs ~1.5 us each with the text tests, so the trigram bitmap wins below ~10% actual share;
 * short texts are estimated up to 4x high ("anna": 12% estimated, 3.3% actual, where the scan took
 * 85 ms against the bitmap's 19 ms), hence 20%.
 */
const COMMON_TEXT_SHARE = 0.2;

/** Planner statistics read by the strategies, kept 10 minutes (at most 1,000 entries). */
const statsCache = new Map<string, { value: Promise<unknown>; at: number }>();
function cachedStats<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = statsCache.get(key);
  if (hit && Date.now() - hit.at < 600_000) return hit.value as Promise<T>;
  const value = load();
  value.catch(() => statsCache.delete(key));
  if (statsCache.size >= 1000) statsCache.delete(statsCache.keys().next().value!);
  statsCache.set(key, { value, at: Date.now() });
  return value;
}

/**
 * The planner's estimate of the share of creators a free text matches (EXPLAIN, ~1 ms; kept per
 * text). Its estimates come from the column statistics: within 2x for common words in the 1M
 * benchmark catalog ("routine": 25.5% estimated, 25.1% actual).
 */
function textShare(exec: Exec, text: string): Promise<number> {
  return cachedStats(`text:${text}`, async () => {
    const [rows, [all]] = await Promise.all([
      planRows(exec, whereOf(searchWhereConds({ q: text } as SearchQuery))),
      exec<{ n: number }>(sql`SELECT GREATEST(reltuples, 1)::float8 AS n FROM pg_class WHERE oid = '"Creator"'::regclass`),
    ]);
    return Math.min(1, rows / Math.max(1, Number(all?.n ?? 1)));
  });
}

/** Tiers keeping at least this share of the catalog are "broad" (see broadTiers). */
const BROAD_TIER_SHARE = 0.3;

/** Share of the catalog per value of a Creator column (its most common values, column statistics). */
function valueShares(exec: Exec, column: "tier" | "baseScore"): Promise<Map<string, number>> {
  return cachedStats(`column:${column}`, async () => {
    const [row] = await exec<{ vals: string[] | null; freqs: number[] | null }>(
      sql`SELECT most_common_vals::text::text[] AS vals, most_common_freqs::float8[] AS freqs FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'Creator' AND attname = ${column}`,
    );
    return new Map((row?.vals ?? []).map((v, i) => [v, Number(row?.freqs?.[i] ?? 0)]));
  });
}

/**
 * True when the tiers asked for hold at least BROAD_TIER_SHARE of the catalog (column statistics).
 * Their bitmap costs more than it saves: micro + mid are 60% of the benchmark catalog, and the
 * planner ANDed their 599,000-row bitmap into the count (25-50 ms) to skip rows it read anyway.
 */
async function broadTiers(exec: Exec, tiers: readonly string[] | undefined): Promise<boolean> {
  if (!tiers?.length) return false;
  const shares = await valueShares(exec, "tier");
  return tiers.reduce((sum, t) => sum + (shares.get(t) ?? 0), 0) >= BROAD_TIER_SHARE;
}

/** The base scores in the column statistics with their shares, highest first (one decimal: up to 1,001 values). */
async function baseScoreShares(exec: Exec): Promise<[number, number][]> {
  const shares = await valueShares(exec, "baseScore");
  return [...shares].map(([v, s]): [number, number] => [Number(v), s]).filter(([v]) => Number.isFinite(v)).sort((a, b) => b[0] - a[0]);
}

/** The base score above which about `share` of the catalog lies (column statistics), or null. */
async function topBaseScore(exec: Exec, share: number): Promise<number | null> {
  let above = 0;
  for (const [v, s] of await baseScoreShares(exec)) {
    above += s;
    if (above >= share) return v;
  }
  return null;
}

/**
 * A base score that splits [from, 100] into two ranges holding about as many creators each
 * (column statistics), or null when there is no such split.
 */
async function baseScoreSplit(exec: Exec, from: number): Promise<number | null> {
  if (from >= 100) return null;
  const inRange = (await baseScoreShares(exec)).filter(([v]) => v >= from);
  const total = inRange.reduce((sum, [, s]) => sum + s, 0);
  if (total <= 0) return null;
  let above = 0;
  for (const [v, s] of inRange) {
    if (v <= from) break;
    above += s;
    if (above >= total / 2) return v;
  }
  return null;
}

/**
 * Candidate sets for a fit-sorted brief search, most selective first. A creator outside a set
 * misses at least `loss` fit points, so its fit is at most round(100 - loss): when the page's last
 * row (fit sorted, from inside the set) has a higher fit, nothing outside can rank on or before
 * this page and the page is exact. Otherwise the next, larger set is tried; the last is everyone.
 */
export function fitCandidateSets(brief: BrandBrief): { conds: Prisma.Sql[]; bound: number }[] {
  const P = FIT_POINTS;
  const { niches, countries } = briefTargets(brief);
  const sets: { dims: string[][][]; loss: number }[] = [];
  // As stored (ISO-2 upper case, see fitPartsSql), as fitTerms keys: one GIN scan per branch.
  const countryDim = countries.map((c) => [fitTerm.country(c)]);
  const countryLoss = countries.length ? P.country : Infinity;
  const r1 = (x: number) => Math.round(x * 10) / 10;
  if (niches.length) {
    const total = niches.reduce((s, n) => s + n.weight, 0);
    const ids = niches.map((n) => n.id as string);
    const related = [...new Set(niches.flatMap((n) => relatedNiches(n.id) as string[]))];
    const relCredit = (n: (typeof niches)[number]) => (relatedNiches(n.id).length ? RELATED_NICHE_CREDIT : 0);
    // Misses one brief niche exactly (at best matched through a related one): the best such case.
    const missOne = Math.max(...niches.map((m) => r1((P.niche * (total - m.weight * (1 - relCredit(m)))) / total)));
    // Matches no brief niche exactly: at best every one through a related niche.
    const missAll = r1((P.niche * niches.reduce((s, n) => s + n.weight * relCredit(n), 0)) / total);
    const all = [ids.map(fitTerm.niche)];
    const any = ids.map((id) => [fitTerm.niche(id)]);
    const anyRelated = [...new Set([...ids, ...related])].map((id) => [fitTerm.niche(id)]);
    if (countries.length) {
      if (ids.length > 1) sets.push({ dims: [all, countryDim], loss: Math.min(P.niche - missOne, countryLoss) });
      sets.push({ dims: [any, countryDim], loss: Math.min(P.niche - missAll, countryLoss) });
    } else if (ids.length > 1) sets.push({ dims: [all], loss: P.niche - missOne });
    sets.push({ dims: [any], loss: P.niche - missAll });
    sets.push({ dims: [anyRelated], loss: P.niche });
  } else if (countries.length) sets.push({ dims: [countryDim], loss: countryLoss });
  // No dimension is dropped here (at most 6 niches x a few countries): the set is exactly its condition.
  return sets
    .filter((s) => s.loss > 0)
    .map((s) => ({ conds: [fitTermsCondSql(s.dims, Infinity) ?? sql`TRUE`], bound: Math.floor(100 - s.loss + 0.5) }));
}

/**
 * Conditions every creator with fit >= minFit meets (necessary, not sufficient): each factor needs
 * at least minFit - 0.5 minus what the other factors can give at most. The index part is one
 * "fitTerms" condition (fitTermsCondSql): the niche states with enough points, the keyword subsets
 * with enough hits, and the country, language and platform when their points are needed. Beside it
 * each needed factor's own expression (fitPartsSql), so the set is exact whatever the index part
 * had to leave out. Used once a candidate set shows that the page's fits are >= minFit.
 */
export function fitThresholdConds(brief: BrandBrief, minFit: number): Prisma.Sql[] {
  const P = FIT_POINTS;
  const need = minFit - 0.5 - 1e-6; // round(sum) >= minFit <=> sum >= minFit - 0.5; slack for float sums
  const room = (f: keyof typeof P) => need - (100 - P[f]);
  const dims: string[][][] = [];
  // Keywords first: a bio word is usually the rarest key.
  const keywords = briefKeywords(brief);
  if (room("keywords") > 0 && keywords.length) {
    let minHits = 0;
    while (minHits <= keywords.length && Math.round(((P.keywords * minHits) / keywords.length) * 10) / 10 < room("keywords")) minHits++;
    const alts = keywordAlternatives(brief, minHits, MAX_FIT_TERM_ALTERNATIVES);
    if (alts) dims.push(alts);
  }
  const { niches, countries, languages } = briefTargets(brief);
  if (niches.length && niches.length <= 6 && room("niche") > 0) {
    const total = niches.reduce((s, n) => s + n.weight, 0);
    const r1 = (x: number) => Math.round(x * 10) / 10;
    type State = "exact" | "related" | "none";
    let states: State[][] = [[]];
    for (const n of niches) {
      const options: State[] = relatedNiches(n.id).length ? ["exact", "related", "none"] : ["exact", "none"];
      states = states.flatMap((st) => options.map((o) => [...st, o]));
    }
    const credit = (st: State[]) => st.reduce((s, x, i) => s + (x === "exact" ? 1 : x === "related" ? RELATED_NICHE_CREDIT : 0) * niches[i]!.weight, 0);
    const feasible = states.filter((st) => r1((P.niche * credit(st)) / total) >= room("niche"));
    // Each state as fitTerms alternatives: an exact niche is its key, a related one any of its relatives.
    const alts = feasible.flatMap((st) =>
      st.reduce<string[][]>((acc, x, i) => {
        const id = niches[i]!.id;
        if (x === "exact") return acc.map((a) => [...a, fitTerm.niche(id)]);
        if (x === "related") return acc.flatMap((a) => relatedNiches(id).map((r) => [...a, fitTerm.niche(r)]));
        return acc;
      }, [[]]),
    );
    dims.push(alts);
  }
  // Country, language and platform give all their points or none: needing any, the creator must match.
  if (room("country") > 0 && countries.length) dims.push(countries.map((c) => [fitTerm.country(c)]));
  if (room("language") > 0 && languages.length) dims.push(languages.map((l) => [fitTerm.language(l)]));
  if (room("platform") > 0 && brief.platforms.length) dims.push(brief.platforms.map((p) => [fitTerm.platform(p)]));

  const conds: Prisma.Sql[] = [];
  const index = fitTermsCondSql(dims);
  if (index) conds.push(index);
  const parts = fitPartsSql(brief);
  for (const f of ["niche", "keywords", "country", "language", "platform"] as const) {
    if (room(f) > 0) conds.push(sql`${parts[f]} >= ${room(f)}::float8`);
  }
  return conds;
}

/** How runSearch found a page: "direct" sorts every match (an index walk when the order has one). */
export type SearchStrategy = "direct" | "relevance" | "fit-sets" | "score-bound" | "rerank";

/** From this offset on, column sorts read the page's ids first (see runSearch). */
const DEFERRED_JOIN_OFFSET = 500;

/** The ORDER BY key (before the id tie-breaker) of a sort on stored columns only; null for fit/computed score. */
function columnSortKey(q: SearchQuery, base: boolean): Prisma.Sql | null {
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

/**
 * One search page and its (capped) count. Strategies, all returning the same rows as sorting every
 * match except where docs/search.md says "approximate":
 * - default weights, no brief: ORDER BY the stored "baseScore" (an index walk with LIMIT);
 * - a brief, sorted by fit (descending): the candidate sets of fitCandidateSets, exact;
 * - a brief sorted by score (descending, weights in the default proportions, page within
 *   SCORE_BOUND_MAX_DEPTH): "score-bound", exact: only the creators that can reach the page are
 *   scored (scoreBoundPage);
 * - otherwise a brief or custom weights, sorted by score: exact over at most EXACT_RANK_LIMIT
 *   matches; beyond, the top RERANK_CANDIDATES by "baseScore" (plus as many within the brief's
 *   niches) re-ranked exactly (approximate);
 * - other sorts: their B-tree index with LIMIT.
 */
/**
 * Tests only: `fitBands` makes the score-bound strategy use this many fit bands instead of choosing
 * by estimates; `candidateTarget` replaces HIGH_BASE_TARGET (0: the estimates always fail).
 */
export async function runSearch(
  exec: Exec, q: SearchQuery, brief: BrandBrief | null, weights: ScoreWeights,
  { fitBands, candidateTarget }: { fitBands?: number; candidateTarget?: number } = {},
) {
  const fit = brief ? fitScoreSql(brief) : null;
  const base = usesBaseScore(brief, weights);
  const score = (f: Prisma.Sql | null) => (base ? sql`c."baseScore"` : overallScoreSql(weights, f));
  const conf = base ? sql`c."baseConfidence"` : scoreConfidenceSql(weights, brief !== null);
  const conds = searchWhereConds(q);
  const where = whereOf(conds);
  const offset = (q.page - 1) * q.pageSize;
  const text = q.q ? normaliseSearchText(q.q) : "";
  const cap = countCapFor(q);
  // With base, "score" is c."baseScore" itself, so ORDER BY score walks its index.
  const order = orderBy(q, brief !== null);
  const fitOrdered = !base && (q.sort === "score" || q.sort === "fit" || q.sort === "relevance");
  const scoreSorted = !base && (q.sort === "score" || q.sort === "relevance" || (q.sort === "fit" && !brief)) && !(q.sort === "relevance" && text);
  const wFit = fitShareOfScore(weights);
  const bounded = scoreSorted && brief !== null && wFit !== null && q.order !== "asc" && offset + q.pageSize <= SCORE_BOUND_MAX_DEPTH;
  // The re-rank strategy below chooses by whether more than EXACT_RANK_LIMIT match, so it counts
  // that far in the same statement even when the cap shown is lower (free text).
  const reranked = scoreSorted && !bounded;
  const { commonText, countWhere } = await countPlan(exec, q);
  const countTo = (limit: number) => exec<{ n: number }>(countSql(countWhere, text !== "", limit)).then((r) => r[0]?.n ?? 0);
  let counting: Promise<number> | null = null;
  const counted = () => (counting ??= countTo(reranked ? Math.max(cap, EXACT_RANK_LIMIT) : cap));
  // The count runs beside the page, except for a free-text score-bound page: its candidates are
  // matches, and usually more than the text cap, which then is the total without counting; the
  // count would take a core from the page (2 cores: 50-60 ms against 20-30 ms alone).
  const deferCount = bounded && text !== "";
  // Handled here too, so that a failing count is not an unhandled rejection when the page fails
  // first; awaiting `counting` below still sees the failure.
  if (!deferCount) counted().catch(() => {});
  let known: number | null = null;
  const full = () => {
    // Deep pages of a column sort: find the page's ids first (an index-only walk where the index
    // covers filter and order), then read only those rows, instead of reading every skipped row.
    const key = columnSortKey(q, base);
    if (q.sort === "followers" && q.tier && q.tier.length > 1 && offset + q.pageSize <= COUNT_CAP) {
      // Several tiers, by followers: one ordered walk per tier (a (…, tier, followers) index gives
      // each branch in order), merged. One walk of the followers index would discard every row of
      // the other tiers and filters (100,000 rows for the "filters only" benchmark query).
      const dir = q.order === "asc" ? sql`ASC` : sql`DESC`;
      const others = searchWhereConds({ ...q, tier: undefined });
      const branches = q.tier.map(
        (t) => sql`(SELECT c."id", c."followers" FROM "Creator" c ${whereOf([...others, sql`c."tier" = ${t}::"Tier"`])} ORDER BY c."followers" ${dir}, c."id" LIMIT ${offset + q.pageSize})`,
      );
      const ids = sql`c."id" IN (SELECT t."id" FROM (${join(branches, " UNION ALL ")}) t ORDER BY t."followers" ${dir}, t."id" LIMIT ${q.pageSize} OFFSET ${offset})`;
      return exec<RawRow>(listSql(whereOf([ids]), fit, score, conf, order, q.pageSize, 0));
    }
    if (offset >= DEFERRED_JOIN_OFFSET && key) {
      const ids = sql`c."id" IN (SELECT c."id" FROM "Creator" c ${where} ORDER BY ${key}, c."id" LIMIT ${q.pageSize} OFFSET ${offset})`;
      return exec<RawRow>(listSql(whereOf([ids]), fit, score, conf, order, q.pageSize, 0));
    }
    return exec<RawRow>(listSql(where, fit, score, conf, order, q.pageSize, offset, fitOrdered));
  };
  let rows: RawRow[];
  // Which strategy served the page (the benchmark prints it; docs/search.md describes each).
  let strategy: SearchStrategy = "direct";

  if (q.sort === "relevance" && text) {
    // One ordered branch per relevance rank (best score first within it), merged: the exact-handle
    // and prefix branches are small trigram bitmaps, the broad ones walk the score index.
    const rank = relevanceRankSql(text);
    const k = offset + q.pageSize;
    const branches = [0, 1, 2].map((r) => {
      const w = whereOf([...conds, relevanceBranchCond(text, r)]);
      if (base) return sql`(SELECT c."id", ${r}::int AS r, c."baseScore" AS score, c."baseConfidence" AS conf FROM "Creator" c ${w} ORDER BY c."baseScore" DESC, c."baseConfidence" DESC, c."id" LIMIT ${k})`;
      const from = fit ? sql`(SELECT c.*, ${fit} AS "fitValue" FROM "Creator" c ${w} OFFSET 0) c` : sql`"Creator" c ${w}`;
      return sql`(SELECT c."id", ${r}::int AS r, ${score(fit ? sql`c."fitValue"` : null)} AS score, ${conf} AS conf FROM ${from} ORDER BY 3 DESC, 4 DESC, c."id" LIMIT ${k})`;
    });
    const ids = sql`c."id" IN (SELECT t."id" FROM (${join(branches, " UNION ALL ")}) t ORDER BY t.r, t.score DESC, t.conf DESC, t."id" LIMIT ${q.pageSize} OFFSET ${offset})`;
    rows = await exec<RawRow>(listSql(whereOf([ids]), fit, score, conf, sql`ORDER BY ${rank}, score DESC, "scoreConfidence" DESC, c."id"`, q.pageSize, 0));
    strategy = "relevance";
  } else if (brief && q.sort === "fit" && q.order === "desc") {
    strategy = "fit-sets";
    rows = [];
    let done = false;
    for (const set of fitCandidateSets(brief)) {
      rows = await exec<RawRow>(listSql(whereOf([...conds, ...set.conds]), fit, score, conf, order, q.pageSize, offset, true));
      if (rows.length < q.pageSize) continue;
      const last = Number(rows[rows.length - 1]!.fit);
      // At least offset + pageSize creators have fit >= last, so the page is among those; every
      // such creator meets fitThresholdConds(last). Unless the set's bound already proves it.
      if (last <= set.bound) rows = await exec<RawRow>(listSql(whereOf([...conds, ...fitThresholdConds(brief, last)]), fit, score, conf, order, q.pageSize, offset, true));
      done = true;
      break;
    }
    if (!done) rows = await full();
  } else if (scoreSorted) {
    const rerank = () => {
      const dir = q.order === "asc" ? sql`ASC` : sql`DESC`;
      const top = (extra: Prisma.Sql[]) =>
        sql`(SELECT c."id" FROM "Creator" c ${whereOf([...conds, ...extra])} ORDER BY c."baseScore" ${dir}, c."baseConfidence" DESC, c."id" LIMIT ${RERANK_CANDIDATES})`;
      const niches = brief ? briefTargets(brief).niches.map((x) => x.id as string) : [];
      const parts = [top([])];
      // The second list is the first when the niche filter already keeps only brief niches.
      const implied = q.niche?.length && q.niche.every((x) => niches.includes(x));
      if (niches.length && !implied) parts.push(top([sql`c."niches" && ${niches}::text[]`]));
      const candidates = sql`c."id" IN (${join(parts, " UNION ")})`;
      return exec<RawRow>(listSql(whereOf([candidates]), fit, score, conf, order, q.pageSize, offset, true));
    };
    // The high-base set reads the rows of a base-score range: with a niche or country index beside
    // it, a common text is cheaper to test on those rows than to look up (docs/performance.md).
    const narrowConds = commonText && (q.niche?.length || q.country?.length) ? searchWhereConds(q, { textAsFilter: true }) : conds;
    const page = bounded ? await scoreBoundPage(exec, conds, narrowConds, brief!, wFit!, fit!, score, conf, order, q.pageSize, offset, { fitBands, candidateTarget }) : null;
    if (page !== null && typeof page === "object") {
      rows = page.rows;
      strategy = "score-bound";
      if (page.all) known = page.matches;
      else if (page.matches > cap) known = page.matches;
    } else if (page === "many") {
      // More than EXACT_RANK_LIMIT creators could reach the page, so more than that match.
      rows = await rerank();
      strategy = "rerank";
    } else {
      // Not bounded, or its candidates were estimated too many ("loose", which proves nothing about
      // the matches): exact over at most EXACT_RANK_LIMIT matches, else the re-rank. A bounded page
      // with free text did not start its count, which then counts that far (1,000 is the text cap).
      const n = page === "loose" && deferCount ? (known = await countTo(Math.max(cap, EXACT_RANK_LIMIT))) : await counted();
      if (n <= EXACT_RANK_LIMIT || offset + q.pageSize > RERANK_CANDIDATES) rows = await full();
      else {
        rows = await rerank();
        strategy = "rerank";
      }
    }
  } else rows = await full();

  // A count already under way is awaited (its answer is exact up to the cap, and a failure must
  // not go unhandled); else what the page saw, else a count now.
  const n = counting ? await counting : (known ?? (await counted()));
  return { rows, total: Math.min(n, cap), totalCapped: n > cap, countCap: cap, strategy };
}

/**
 * Strategy "score-bound": the exact page of a brief's score sort (descending), reading only the
 * creators that can reach it (lib/search/score-bound.ts has the bounds and their proof).
 * 1. Probe: the top `m` matches by stored "baseScore" (an index walk), scored exactly. If fewer
 *    than m match, they are every match. Else the k-th best probe score (k = offset + pageSize) is
 *    a lower bound `s` of the page's last score: at least k creators score `s` or more.
 *    Returns how many creators match (`all`) or at least match (the candidates).
 * 2. Candidates: every match that can score `s` or more is in the union of a high-fit set (fit
 *    threshold through "fitTerms", see fitThresholdConds), a high-base set ("baseScore" range) and
 *    the creators missing a score component with a high enough fit (scoreReach), so the page
 *    sorted from them is the page sorted from every match. Each set stops at EXACT_RANK_LIMIT + 1
 *    rows; if more could reach the page, "many" (the caller re-ranks instead). When the estimates
 *    say too many could, "loose" (the caller counts the matches and ranks them all if few).
 * The statements run on separate connections, each in its own snapshot: a rescore that lands
 * between them can leave this one page as it would have been just before or after it.
 */
async function scoreBoundPage(
  exec: Exec, conds: Prisma.Sql[], highBaseConds: Prisma.Sql[], brief: BrandBrief, wFit: number, fit: Prisma.Sql,
  score: (fit: Prisma.Sql | null) => Prisma.Sql, conf: Prisma.Sql, order: Prisma.Sql, pageSize: number, offset: number,
  { fitBands, candidateTarget = HIGH_BASE_TARGET }: { fitBands?: number; candidateTarget?: number } = {},
): Promise<{ rows: RawRow[]; matches: number; all: boolean } | "loose" | "many"> {
  const k = offset + pageSize;
  const m = Math.max(100, 2 * k);
  const probe = await exec<{ id: string; score: number }>(
    sql`SELECT c."id", ${score(sql`c."fitValue"`)}::float8 AS score
      FROM (SELECT c.*, ${fit} AS "fitValue" FROM (SELECT c.* FROM "Creator" c ${whereOf(conds)} ORDER BY c."baseScore" DESC, c."baseConfidence" DESC, c."id" LIMIT ${m}) c OFFSET 0) c`,
  );
  if (probe.length < m) {
    const rows = await exec<RawRow>(listSql(whereOf([sql`c."id" = ANY(${probe.map((p) => p.id)}::text[])`]), fit, score, conf, order, pageSize, offset, true));
    return { rows, matches: probe.length, all: true };
  }
  // As few fit bands as keep the candidates few, by the planner's estimates of each set's size
  // (EXPLAIN, no execution): each band is one more fit lookup, and the planner cannot see which
  // creators are cheap to find. Estimates can be 10x off either way; the LIMITs below still hold.
  const bandConds = (band: { minFit: number; minBase: number }) => [...conds, ...fitThresholdConds(brief, band.minFit), sql`c."baseScore" >= ${band.minBase}`];
  const highBaseWhere = (b: number) => whereOf([...highBaseConds, sql`c."baseScore" >= ${b}`]);
  const choose = async (s: number): Promise<ScoreReach | null> => {
    let best: { reach: ScoreReach; size: number } | null = null;
    let bandsSize = 0;
    for (let levels = 1; levels <= MAX_FIT_BANDS; levels++) {
      const reach = scoreReach(s, wFit, levels);
      const band = reach.bands.length === levels ? reach.bands[levels - 1]! : null;
      const [bandRows, highRows] = await Promise.all([
        band ? planRows(exec, whereOf(bandConds(band))) : 0,
        reach.highBaseMinBase <= 100 ? planRows(exec, highBaseWhere(reach.highBaseMinBase)) : 0,
      ]);
      bandsSize += bandRows;
      const size = bandsSize + highRows;
      if (!best || size < best.size) best = { reach, size };
      if (size <= candidateTarget || reach.highBaseMinBase > 100) break;
    }
    return best && best.size <= candidateTarget ? best.reach : null;
  };
  // No bands make it small when the top by base score fit the brief poorly (their k-th score is
  // then a loose bound) and many creators match: the caller re-ranks instead.
  const kth = (scored: { score: number }[]) => scored.map((p) => Number(p.score)).sort((a, b) => b - a)[k - 1]!;
  let s = kth(probe);
  let reach = fitBands ? scoreReach(s, wFit, fitBands) : await choose(s);
  if (!reach) {
    // The top by base score fit the brief poorly, so their k-th score is a loose bound. Score the
    // best-fitting creators (the first fit candidate set) among the top 5% by base score as well: a
    // BitmapAnd of the fitTerms and base-score indexes, so it stays small.
    const [best] = fitCandidateSets(brief);
    const top = await topBaseScore(exec, 0.05);
    if (!best || top === null) return "loose";
    const more = await exec<{ id: string; score: number }>(
      sql`SELECT c."id", ${score(sql`f.fit`)} AS score FROM "Creator" c CROSS JOIN LATERAL (SELECT ${fit} AS fit OFFSET 0) f
        ${whereOf([...conds, ...best.conds, sql`c."baseScore" >= ${top}`])} LIMIT ${EXACT_RANK_LIMIT}`,
    );
    const seen = new Set(probe.map((p) => p.id));
    const better = kth([...probe, ...more.filter((p) => !seen.has(p.id))]);
    if (better <= s) return "loose";
    s = better;
    reach = await choose(s);
    if (!reach) return "loose";
  }
  const limit = EXACT_RANK_LIMIT + 1;
  // Each candidate is scored where it is read (fit once per row: the OFFSET 0 keeps the lateral
  // subquery from being inlined into the score's three uses of it), so only the page is read again.
  // `high`: the row comes from a high-base range (ranges are disjoint, so their counts add up).
  const pick = (where: Prisma.Sql, high = false) =>
    sql`(SELECT c."id", ${score(sql`f.fit`)} AS score, ${conf} AS conf, ${high ? sql`true` : sql`false`} AS high FROM "Creator" c CROSS JOIN LATERAL (SELECT ${fit} AS fit OFFSET 0) f ${where} LIMIT ${limit})`;
  const cheap = reach.bands.map((band) => pick(whereOf(bandConds(band))));
  // The high-base set is most of the work (heap reads): split into two base-score ranges of about
  // as many creators, sent at once on two connections, so that both cores read it. Each statement
  // returns its own top k; the page is among their union, sorted again below.
  const from = reach.highBaseMinBase;
  const split = from <= 100 ? await baseScoreSplit(exec, from) : null;
  const range = (lo: number, hi: number | null) => pick(whereOf([...highBaseConds, sql`c."baseScore" >= ${lo}`, ...(hi === null ? [] : [sql`c."baseScore" < ${hi}`])]), true);
  const parts: Prisma.Sql[][] = (from > 100 ? [cheap] : split === null ? [[...cheap, range(from, null)]] : [[...cheap, range(from, split)], [range(split, null)]]).filter((p) => p.length);
  const tops = await Promise.all(
    parts.map((branches) =>
      exec<{ id: string; n: number; high: number }>(
        sql`WITH cand AS MATERIALIZED (${join(branches, " UNION ALL ")})
          SELECT "id", (SELECT count(DISTINCT "id")::int FROM cand) AS n, (SELECT count(*)::int FROM cand WHERE high) AS high
          FROM cand GROUP BY "id", score, conf ORDER BY score DESC, conf DESC, "id" LIMIT ${k}`,
      ),
    ),
  );
  const counts = tops.map((t) => t[0]?.n ?? 0);
  if (counts.some((n) => n > EXACT_RANK_LIMIT)) return "many";
  const ids = [...new Set(tops.flat().map((t) => t.id))];
  const rows = await exec<RawRow>(listSql(whereOf([sql`c."id" = ANY(${ids}::text[])`]), fit, score, conf, order, pageSize, offset, true));
  // Distinct matches seen: at least each statement's own, and at least the two ranges together.
  const matches = Math.max(0, ...counts, tops.reduce((sum, t) => sum + (t[0]?.high ?? 0), 0));
  return { rows, matches, all: false };
}

/** `resolved` lets a caller that already resolved the brief (to answer 404 early) pass it in. */
export async function searchCreators(q: SearchQuery, organizationId: string, resolved?: ResolvedBrief | null): Promise<SearchResult> {
  if (resolved === undefined) resolved = await resolveBrief(q, organizationId);
  const weights = weightsFromQuery(q);
  const { rows, total, totalCapped, countCap } = await runSearch(queryRows, q, resolved?.brief ?? null, weights);
  const items: SearchRow[] = rows.map((r) => {
    const fit = r.fit === null ? null : Number(r.fit);
    return {
      ...r,
      authenticityFlags: toFlags(r.authenticityFlags),
      fit,
      score: Number(r.score ?? 0),
      scoreConfidence: Number(r.scoreConfidence ?? 0),
      // What is missing depends only on which stored scores are NULL and the weights (lib/domain/score.ts).
      missing: creatorScore(r, fit, weights).missing,
    };
  });
  return { items, total, totalCapped, countCap, page: q.page, pageSize: q.pageSize, brief: resolved, weights };
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
      // The page's own count (countPlan, countSql), up to COUNT_CAP ("10,000+").
      const { countWhere } = await countPlan(queryRows, relaxed);
      const rows = await queryRows<{ n: number }>(countSql(countWhere, hasSearchText(relaxed), COUNT_CAP - 1));
      return { key, total: rows[0]?.n ?? 0 };
    }),
  );
  return counts.filter((c) => c.total > 0).sort((a, b) => b.total - a.total);
}
