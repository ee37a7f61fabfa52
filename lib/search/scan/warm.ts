// The scan's code warmed before a process serves. A process that has just read its catalog runs its
// scans in V8's interpreter and first tiers until each function has been called often enough to be
// optimised: at a million creators, the first searches of each sort and filter family cost several
// times what they cost a minute later, and under load every request in the process waits behind
// them (docs/performance.md, "Fifteenth round"). So the catalog's read ends with a fixed set of
// scans: every sort in both directions, with no filter and with two families of filters, with and
// without a brief's fit and custom weights, on the recent texts too; and a few lookalikes. Nothing
// they compute is kept. Bounded by WARM_SCAN_MS. Pure.
import { performance } from "node:perf_hooks";
import type { TierThresholds } from "@/lib/domain/tiers";
import { inlineBrief } from "@/lib/search/brief";
import { planSearch } from "@/lib/search/plan";
import { parseSearchQueryLenient, SEARCH_SORTS } from "@/lib/validation/search";
import type { Catalog } from "./catalog";
import { lookalikes, lookalikeSeedAt } from "./peers";
import { scanCatalog } from "./run";

export const WARM_SCAN_MS = 2_000;

const FILTERS = ["", "tier=micro,mid&niche=beauty,fitness&country=US,GB", "minEr=2&maxPrice=1000&hasEmail=true&freshDays=365&minAuthenticity=50&minGrowth=0"];
const SCORING = ["", "fitNiche=beauty,travel&fitCountry=US&wFit=40&wCost=20"];

/** The warm-up's queries: `texts` (recent free texts) each once by relevance, then every sort × order × filters × scoring. */
export function warmQueries(texts: readonly string[]): string[] {
  const out = texts.map((t) => `q=${encodeURIComponent(t)}`);
  for (const sort of SEARCH_SORTS) for (const order of ["desc", "asc"]) for (const f of FILTERS) for (const s of SCORING) out.push([`sort=${sort}&order=${order}`, f, s].filter(Boolean).join("&"));
  return out;
}

/** Runs the warm-up's scans on `cat` until done or past WARM_SCAN_MS; returns how many ran. */
export function warmScans(cat: Catalog, thresholds: TierThresholds, texts: readonly string[], budgetMs = WARM_SCAN_MS): number {
  const t0 = performance.now();
  let n = 0;
  for (const params of warmQueries(texts.slice(0, 4))) {
    if (performance.now() - t0 >= budgetMs) return n;
    const q = parseSearchQueryLenient(new URLSearchParams(params));
    scanCatalog(cat, planSearch(q, inlineBrief(q)?.brief ?? null, undefined, thresholds));
    n++;
  }
  // Profiles' lookalikes, from creators spread over the catalog.
  for (let k = 0; k < 16 && cat.size > 0 && performance.now() - t0 < budgetMs; k++) {
    const seed = lookalikeSeedAt(cat, Math.floor(((k + 0.5) * cat.size) / 16));
    if (seed.niches.length) lookalikes(cat, seed, 6);
    n++;
  }
  return n;
}
