// Path "score-bound": a brief's score sort, reading only the creators that can reach the page.
import { Prisma } from "@/lib/db/generated/client";
import type { BrandBrief } from "@/lib/domain/fit";
import { scoreReach, type ScoreReach } from "@/lib/search/score-bound";
import { fitCandidateSets, fitThresholdConds } from "./fit-sets";
import { listSql } from "./list";
import { baseScoreSplit, planRows, topBaseScore } from "./stats";
import { EXACT_RANK_LIMIT, type Exec, type RawRow } from "./types";
import { whereOf } from "./where";

const { sql, join } = Prisma;

/**
 * score-bound: fit bands are added until the candidates are at most HIGH_BASE_TARGET (by estimate),
 * up to MAX_FIT_BANDS: each band is one more GIN lookup, and five took 100 ms on the whole catalog
 * where the re-rank takes 40 ms (docs/performance.md).
 */
const MAX_FIT_BANDS = 3;
/** score-bound: the candidates it aims at, at most (by estimate). */
export const HIGH_BASE_TARGET = 2_000;


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
export async function scoreBoundPage(
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
