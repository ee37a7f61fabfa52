// The planner: which path serves a page, and the paths themselves.
import { Prisma } from "@/lib/db/generated/client";
import type { SearchPlan } from "@/lib/search/plan";
import { fitCandidateSets, fitThresholdConds } from "./fit-sets";
import { columnSortKey, DEFERRED_JOIN_OFFSET, listSql, orderBy } from "./list";
import { planScoreSql } from "./score-sql";
import { scoreBoundPage } from "./score-bound-page";
import { countPlan, countSql } from "./stats";
import { COUNT_CAP } from "@/lib/search/plan";
import { EXACT_RANK_LIMIT, RERANK_CANDIDATES, SCORE_BOUND_MAX_DEPTH, type Exec, type RawRow, type SearchPath } from "./types";
import { filterKeysCond, relevanceBranchCond, relevanceRankSql, searchWhereConds, whereOf } from "./where";

const { sql, join } = Prisma;

/** At most this many matches are read and sorted whole ("small-set"): ~1,000 heap reads at most. */
const SMALL_SET = 1_000;

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
 * by estimates; `candidateTarget` replaces HIGH_BASE_TARGET (0: the estimates always fail);
 * `smallSet` replaces SMALL_SET (0: never the small-set path).
 */
export async function runSearch(
  exec: Exec, plan: SearchPlan,
  { fitBands, candidateTarget, smallSet = SMALL_SET }: { fitBands?: number; candidateTarget?: number; smallSet?: number } = {},
): Promise<{ rows: RawRow[]; total: number; totalCapped: boolean; countCap: number; path: SearchPath }> {
  const { query: q, brief, base, text, cap, offset, wFit } = plan;
  const { fit, score, conf } = planScoreSql(plan);
  const conds = searchWhereConds(q);
  const where = whereOf(conds);
  // With base, "score" is c."baseScore" itself, so ORDER BY score walks its index.
  const order = orderBy(q, brief !== null);
  const fitOrdered = !base && (q.sort === "score" || q.sort === "fit" || q.sort === "relevance");
  const scoreSorted = !base && (q.sort === "score" || q.sort === "relevance" || (q.sort === "fit" && !brief)) && !(q.sort === "relevance" && text);
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
  // Small set (default sort, column sorts, relevance): a count that stops after SMALL_SET + 1
  // matches runs first. When it finds at most SMALL_SET, they are read through the filters' own
  // indexes and sorted, instead of walking a sort index that may pass every creator before it finds
  // them (a selective filter with a sort took 6-8 s at 1M). Fit and score sorts with a brief or
  // custom weights are not walks: their paths below read bounded candidate sets.
  const columnOrBase = base || !(q.sort === "score" || q.sort === "fit" || q.sort === "relevance");
  // The filters' own keys (filterKeysCond) let the GIN index find few matches without the heap.
  const keys = filterKeysCond(q);
  const few = columnOrBase ? await exec<{ n: number }>(countSql(keys ? sql`${countWhere} AND ${keys}` : countWhere, text !== "", smallSet)).then((r) => r[0]?.n ?? 0) : null;
  const small = few !== null && few <= smallSet;
  // Handled here too, so that a failing count is not an unhandled rejection when the page fails
  // first; awaiting `counting` below still sees the failure.
  if (!deferCount && !small) counted().catch(() => {});
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
  let path: SearchPath = "direct";

  if (small) {
    known = few;
    const rank = q.sort === "relevance" && text ? sql`ORDER BY ${relevanceRankSql(text)}, score DESC, "scoreConfidence" DESC, c."id"` : order;
    rows = await exec<RawRow>(listSql(keys ? whereOf([...conds, keys]) : where, fit, score, conf, rank, q.pageSize, offset, "always"));
    path = "small-set";
  } else if (q.sort === "relevance" && text) {
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
    path = "relevance";
  } else if (brief && q.sort === "fit" && q.order === "desc") {
    path = "fit-sets";
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
      const niches = plan.targets ? plan.targets.niches.map((x) => x.id as string) : [];
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
      path = "score-bound";
      if (page.all) known = page.matches;
      else if (page.matches > cap) known = page.matches;
    } else if (page === "many") {
      // More than EXACT_RANK_LIMIT creators could reach the page, so more than that match.
      rows = await rerank();
      path = "rerank";
    } else {
      // Not bounded, or its candidates were estimated too many ("loose", which proves nothing about
      // the matches): exact over at most EXACT_RANK_LIMIT matches, else the re-rank. A bounded page
      // with free text did not start its count, which then counts that far (1,000 is the text cap).
      const n = page === "loose" && deferCount ? (known = await countTo(Math.max(cap, EXACT_RANK_LIMIT))) : await counted();
      if (n <= EXACT_RANK_LIMIT || offset + q.pageSize > RERANK_CANDIDATES) rows = await full();
      else {
        rows = await rerank();
        path = "rerank";
      }
    }
  } else rows = await full();

  // A count already under way is awaited (its answer is exact up to the cap, and a failure must
  // not go unhandled); else what the page saw, else a count now.
  const n = counting ? await counting : (known ?? (await counted()));
  return { rows, total: Math.min(n, cap), totalCapped: n > cap, countCap: cap, path };
}
