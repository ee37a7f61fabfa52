// Creator search: the entry points. A request is resolved once into a plan (lib/search/plan.ts);
// the scan of the catalog serves it (./scan-page.ts), free text included; runSearch (./run.ts)
// picks an SQL path only when the scan is turned off. docs/search.md has the map of this folder
// and of lib/search.
import { performance } from "node:perf_hooks";
import { queryRows } from "@/lib/db/client";
import { engagementBand } from "@/lib/domain/engagement";
import { creatorScore } from "@/lib/domain/score";
import { toFlags, type ResolvedBrief } from "@/lib/search/brief";
import { filterConflicts } from "@/lib/search/conflicts";
import { activeFilters, type FilterKey } from "@/lib/search/filters";
import { COUNT_CAP, planSearch, type SearchPlan } from "@/lib/search/plan";
import type { SearchQuery } from "@/lib/validation/search";
import { getTierThresholds } from "../settings";
import { resolveBrief } from "./brief";
import { runSearch } from "./run";
import { catalogRead, freshCatalog, type CatalogState } from "./catalog-sync";
import { scanCount, scanSearch, scans } from "./scan-page";
import { countPlan, countSql } from "./stats";
import type { Exec, SearchResult, SearchRow } from "./types";

export { BriefNotFoundError, listBriefsForOrg, resolveBrief } from "./brief";
export { fitThresholdConds, fitCandidateSets } from "./fit-sets";
export { runSearch } from "./run";
export { searchWhere, searchWhereConds } from "./where";
export { EXACT_RANK_LIMIT, type Exec, type SearchPath, type SearchResult, type SearchRow } from "./types";
export { COUNT_CAP, TEXT_COUNT_CAP, planSearch, weightsFromQuery } from "@/lib/search/plan";
export { toBrandBrief, toFlags, type AuthenticityFlagView, type ResolvedBrief } from "@/lib/search/brief";

/** Searches slower than this are logged with their path (all of them with SCOUT_SEARCH_LOG=1). */
const SLOW_SEARCH_MS = 500;

/**
 * One page of a planned search: the scan of the catalog's columns (bounded: one pass over every
 * creator, or over the free text's matches, whatever the filters and sort); the SQL paths only
 * when SCOUT_SEARCH_SCAN=off. `exec` runs runSearch's statements (the benchmark passes its own pool).
 */
export function searchPage(plan: SearchPlan, exec: Exec = queryRows, catalog?: Promise<CatalogState>) {
  return scans() ? scanSearch(plan, catalog) : runSearch(exec, plan);
}

/** `resolved` lets a caller that already resolved the brief (to answer 404 early) pass it in. */
export async function searchCreators(q: SearchQuery, organizationId: string, resolved?: ResolvedBrief | null): Promise<SearchResult> {
  const t0 = performance.now();
  // The catalog's catch-up also reads the tier thresholds, in the same statement; until the process
  // has read its catalog (seconds at a million) they are read apart, so that filters that exclude
  // each other still answer at once.
  const catalog = scans() ? freshCatalog() : undefined;
  catalog?.catch(() => {}); // not awaited when the filters conflict: its failure is then no one's
  const thresholds = catalog && catalogRead() ? catalog.then((s) => s.thresholds) : getTierThresholds();
  const [brief, tiers] = await Promise.all([resolved === undefined ? resolveBrief(q, organizationId) : resolved, thresholds]);
  const plan = planSearch(q, brief?.brief ?? null, undefined, tiers);
  const page = { page: q.page, pageSize: q.pageSize, brief, weights: plan.weights, conflicts: plan.conflicts };
  // Filters that exclude each other: an empty page at once, no scan and no page read.
  if (plan.conflicts.length) return { ...page, items: [], total: 0, totalCapped: false, countCap: plan.cap, path: "none" };
  const { rows, total, totalCapped, countCap, path } = await searchPage(plan, queryRows, catalog);
  const items: SearchRow[] = rows.map((r) => {
    const fit = r.fit === null ? null : Number(r.fit);
    return {
      ...r,
      // The band from the row, as the profile and the shortlists give it (one definition: no SQL mirror to parse and plan per page).
      engagementBand: r.engagementRate === null ? null : engagementBand(r.engagementRate, r.platform, r.tier),
      authenticityFlags: toFlags(r.authenticityFlags),
      fit,
      score: Number(r.score ?? 0),
      scoreConfidence: Number(r.scoreConfidence ?? 0),
      // What is missing depends only on which stored scores are NULL and the weights (lib/domain/score.ts).
      missing: creatorScore(r, fit, plan.weights).missing,
    };
  });
  const ms = performance.now() - t0;
  if (ms > SLOW_SEARCH_MS || process.env.SCOUT_SEARCH_LOG === "1") console.info(`[search] path=${path} ${ms.toFixed(0)} ms total=${total}${totalCapped ? "+" : ""}`);
  return { ...page, items, total, totalCapped, countCap, path };
}

/** For an empty result: how many creators each single filter removal would bring back (best first). */
export async function suggestRelaxations(q: SearchQuery): Promise<{ key: FilterKey; total: number }[]> {
  const thresholds = await getTierThresholds();
  const counts = await Promise.all(
    activeFilters(q).map(async (key) => {
      const relaxed = { ...q, [key]: undefined } as SearchQuery;
      // Still contradictory without it: removing it alone brings nobody back.
      if (filterConflicts(relaxed, thresholds).length) return { key, total: 0 };
      // The page's own count, up to COUNT_CAP ("10,000+"): the catalog's, or countSql with free text.
      const relaxedPlan = planSearch(relaxed, null);
      if (scans()) return { key, total: Math.min(await scanCount(relaxed, relaxedPlan.text), COUNT_CAP) };
      const { countWhere } = await countPlan(queryRows, relaxed);
      const rows = await queryRows<{ n: number }>(countSql(countWhere, !!relaxedPlan.text, COUNT_CAP - 1));
      return { key, total: rows[0]?.n ?? 0 };
    }),
  );
  return counts.filter((c) => c.total > 0).sort((a, b) => b.total - a.total);
}
