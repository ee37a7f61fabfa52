// The warm-up that ends a catalog's read (lib/search/scan/warm.ts): it runs every sort in both
// directions with and without filters and a brief, the recent texts and a few lookalikes, within its
// budget, and leaves nothing behind that changes an answer: after it, random searches answer as on
// the same catalog never warmed.
import { describe, expect, it } from "vitest";
import { DEFAULT_TIER_THRESHOLDS } from "@/lib/domain/tiers";
import { inlineBrief } from "@/lib/search/brief";
import { planSearch } from "@/lib/search/plan";
import { scanCatalog } from "@/lib/search/scan/run";
import { warmQueries, warmScans } from "@/lib/search/scan/warm";
import { parseSearchQueryLenient, SEARCH_SORTS } from "@/lib/validation/search";
import { randomSearches } from "../../bench/random-searches";
import { seededCatalog } from "../../support/seeded-catalog";

describe("the scan's warm-up", () => {
  it("covers every sort in both directions, and each recent text", () => {
    const qs = warmQueries(["glow", "honest reviews"]).map((p) => new URLSearchParams(p));
    for (const sort of SEARCH_SORTS) for (const order of ["asc", "desc"]) expect(qs.some((q) => q.get("sort") === sort && q.get("order") === order)).toBe(true);
    expect(qs.filter((q) => q.has("q")).map((q) => q.get("q"))).toEqual(["glow", "honest reviews"]);
    expect(qs.some((q) => q.has("fitNiche") && q.has("wFit"))).toBe(true);
  });

  it("runs within its budget and changes no answer", () => {
    const warmed = seededCatalog(20_000);
    const fresh = seededCatalog(20_000);
    const ran = warmScans(warmed, DEFAULT_TIER_THRESHOLDS, ["fitness", "anna"], 60_000);
    expect(ran).toBe(warmQueries(["fitness", "anna"]).length + 16);
    expect(warmScans(seededCatalog(1_000), DEFAULT_TIER_THRESHOLDS, [], 0)).toBeLessThanOrEqual(1);
    const now = Date.now();
    for (const params of randomSearches(150, 31)) {
      const q = parseSearchQueryLenient(new URLSearchParams(params));
      if (q.brief || q.fitKeywords?.length) continue; // saved briefs and keyword hits come from the database
      const plan = planSearch(q, inlineBrief(q)?.brief ?? null, undefined, DEFAULT_TIER_THRESHOLDS);
      const a = scanCatalog(warmed, plan, null, now);
      const b = scanCatalog(fresh, plan, null, now);
      expect({ ids: a.ids, m: a.matches }, params).toEqual({ ids: b.ids, m: b.matches });
    }
  });
});
