// The request layer warmed before a process serves. A process that has just read its catalog runs
// everything its first requests touch in V8's interpreter and first tiers: the page's rows and their
// statement, a profile's statement and its lookalikes, compare's, the rows' parsing and the answers'
// JSON. Under load the first ten seconds then served about half as many requests as a minute later,
// at twice the latency (docs/performance.md, "Sixteenth round"). So the first catalog read ends
// with a mix of the API's own reads, as the routes make them, for WARM_READS_MS: searches, profiles
// of creators spread over the catalog, and compares, each answer serialised and dropped. They run
// for no organisation (ORGANIZATION_NONE: no list or brief is any organisation's), write nothing,
// and inside the read's warm-up, so that they read the catalog just read (catalog-sync warmUp).
import "server-only";
import { performance } from "node:perf_hooks";
import { compareCharts } from "@/lib/domain/compare/series";
import { warmQueries } from "@/lib/search/scan/warm";
import { parseSearchQueryLenient } from "@/lib/validation/search";
import { getComparisonForOrg } from "./compare";
import { getCreatorProfile } from "./creators";
import { searchCreators } from "./search";
import type { CatalogState } from "./search/catalog-sync";

export const WARM_READS_MS = 3_000;
/** Reads at once: most of the pool (lib/db/client.ts: 10 connections a process). */
const LANES = 8;
/** No organisation has this id: the warm-up reads no one's lists or briefs. */
const ORGANIZATION_NONE = "";

/**
 * Until `budgetMs` has passed (at most `rounds` rounds, LANES at a time, so that the pool's
 * connections are opened and their server processes have read the tables once too): a search a
 * round (the warm-up scans' queries in turn, lib/search/scan/warm.ts), a profile every third round
 * and a compare of three every sixth, on creators spread over the catalog. How many reads ran.
 */
export async function warmReads(s: CatalogState, budgetMs = WARM_READS_MS, rounds = 600): Promise<number> {
  const { catalog } = s;
  if (catalog.size === 0) return 0;
  const t0 = performance.now();
  const queries = warmQueries([]);
  const noQuery = parseSearchQueryLenient(new URLSearchParams());
  // A creator a twentieth of the catalog further on each time, wrapping round.
  const creator = (k: number) => catalog.ids[Math.floor(((k * 0.05 + 0.025) % 1) * catalog.size)]!;
  let n = 0;
  const round = async (r: number) => {
    JSON.stringify(await searchCreators(parseSearchQueryLenient(new URLSearchParams(queries[r % queries.length])), ORGANIZATION_NONE));
    n++;
    if (r % 3 === 0) {
      JSON.stringify(await getCreatorProfile(creator(r), noQuery, ORGANIZATION_NONE));
      n++;
    }
    const ids = [...new Set([creator(r), creator(r + 7), creator(r + 13)])];
    if (r % 6 === 0 && ids.length > 1) {
      const answer = await getComparisonForOrg(ORGANIZATION_NONE, { ids });
      if (answer.kind === "compare") JSON.stringify({ ...answer.comparison, charts: compareCharts(answer.creators) });
      n++;
    }
  };
  let next = 0;
  const lane = async () => {
    while (next < rounds && performance.now() - t0 < budgetMs) await round(next++);
  };
  await Promise.all(Array.from({ length: LANES }, lane));
  return n;
}
