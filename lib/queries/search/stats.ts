// The count and the planner statistics the paths read (estimates, kept 10 minutes).
import { Prisma } from "@/lib/db/generated/client";
import { normaliseSearchText, type SearchQuery } from "@/lib/validation/search";
import type { Exec } from "./types";
import { searchWhereConds, whereOf } from "./where";

const { sql } = Prisma;

/**
 * The WHERE of a search's count, and whether its free text is common. A common text is tested on
 * the rows the count reads anyway (another index's, or a scan that stops at the cap): it matches
 * often, so the cap is reached quickly without its bitmap. Broad tiers are tested on the rows of
 * the niche bitmap; with a country, the (country, tier, …) index serves both, and alone, the tier
 * index is the count's only index (an index-only scan).
 */
export async function countPlan(exec: Exec, q: SearchQuery): Promise<{ commonText: boolean; countWhere: Prisma.Sql }> {
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
export function countSql(where: Prisma.Sql, text: boolean, cap: number): Prisma.Sql {
  if (text) return sql`WITH m AS MATERIALIZED (SELECT 1 FROM "Creator" c ${where}) SELECT count(*)::int AS n FROM (SELECT 1 FROM m LIMIT ${cap + 1}) t`;
  return sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM "Creator" c ${where} LIMIT ${cap + 1}) t`;
}

/** The planner's estimate of how many creators a condition keeps (EXPLAIN, no execution). */
export async function planRows(exec: Exec, where: Prisma.Sql): Promise<number> {
  const [plan] = await exec<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }>(sql`EXPLAIN (FORMAT JSON) SELECT 1 FROM "Creator" c ${where}`);
  return Number(plan?.["QUERY PLAN"][0]?.Plan["Plan Rows"] ?? 0);
}

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
export async function topBaseScore(exec: Exec, share: number): Promise<number | null> {
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
export async function baseScoreSplit(exec: Exec, from: number): Promise<number | null> {
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
