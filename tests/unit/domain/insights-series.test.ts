import { describe, expect, it } from "vitest";
import { comparablePlatforms, engagementChartSeries, freshnessSeries, MIN_GROUP, platformComparison, platformTierSeries, summaryAge, topCountSeries } from "@/lib/domain/insights/series";
import type { InsightsSummary, TierStats } from "@/lib/domain/insights/summary";

const stats = (over: Partial<TierStats> & Pick<TierStats, "platform" | "tier">): TierStats => ({
  creators: 100, implausible: 0, unknownRate: 0, measured: 100, erP25: 0.01, erMedian: 0.02, erP75: 0.03,
  medianEngagements: 500, medianPrice: 300, medianCpe: 0.6, withWarnings: 10, ...over,
});
const summary = (tierStats: TierStats[], extra: Partial<InsightsSummary> = {}): InsightsSummary => ({
  computedAt: "2026-12-06T12:00:00.000Z", creators: 1000, byPlatformTier: [], niches: [], countries: [],
  freshness: { olderThan30: 500, olderThan90: 100, olderThan180: 0 }, tierStats, lastImport: null, ...extra,
});

describe("dashboard series", () => {
  it("micro against macro: the claim follows the medians, either way, with the numbers", () => {
    const agrees = platformComparison(summary([stats({ platform: "instagram", tier: "micro", erMedian: 0.03, medianCpe: 0.2 }), stats({ platform: "instagram", tier: "macro", erMedian: 0.01, medianCpe: 0.5 })]), "instagram");
    expect(agrees.claims.engagesMore).toEqual({ holds: true, text: "Micro engages more here: median 3.00% against macro's 1.00%." });
    expect(agrees.claims.cheaperPerEngagement.holds).toBe(true);
    const disagrees = platformComparison(summary([stats({ platform: "instagram", tier: "micro", erMedian: 0.009, medianCpe: 0.9 }), stats({ platform: "instagram", tier: "macro", erMedian: 0.011, medianCpe: 0.5 })]), "instagram");
    expect(disagrees.claims.engagesMore.holds).toBe(false);
    expect(disagrees.claims.engagesMore.text).toContain("does not engage more");
    expect(disagrees.claims.cheaperPerEngagement.holds).toBe(false);
    // Costs read as the table beside them: two decimals, never "$1.020" beside "$0.879".
    const cents = platformComparison(summary([stats({ platform: "instagram", tier: "micro", medianCpe: 1.02 }), stats({ platform: "instagram", tier: "macro", medianCpe: 0.879 })]), "instagram");
    expect(cents.claims.cheaperPerEngagement.text).toBe("Micro does not cost less per engagement here: median $1.02 against macro's $0.88 (estimated prices).");
  });

  it("leaves out groups under the minimum and says how many they had; the claim is then unknown", () => {
    const c = platformComparison(summary([stats({ platform: "tiktok", tier: "micro" }), stats({ platform: "tiktok", tier: "macro", creators: 25, measured: MIN_GROUP - 5 })]), "tiktok");
    expect(c.rows.map((r) => r.tier)).toEqual(["micro"]);
    expect(c.omitted).toEqual([{ label: "macro", n: MIN_GROUP - 5 }]);
    expect(c.claims.engagesMore.holds).toBeNull();
    expect(c.n).toBe(100);
  });

  it("counts implausible and unknown rates left out, and places the median against the benchmark", () => {
    const c = platformComparison(summary([stats({ platform: "instagram", tier: "micro", implausible: 7, unknownRate: 3, erMedian: 0.02 })]), "instagram");
    expect([c.implausible, c.unknownRate]).toEqual([7, 3]);
    expect(c.rows[0]!.versusBenchmark).toBe("above"); // Instagram micro band 0.84-1.11%
    expect(c.rows[0]!.warningShare).toBeCloseTo(0.1, 12);
    expect(engagementChartSeries(c)[0]).toMatchObject({ tier: "micro", median: 2, p25: 1, p75: 3, n: 100 });
  });

  it("platforms and tiers: counts stack per platform and add up; empty platforms are dropped", () => {
    const s = summary([stats({ platform: "youtube", tier: "micro", measured: 3 })], {
      byPlatformTier: [{ platform: "instagram", tier: "micro", count: 10 }, { platform: "instagram", tier: "macro", count: 5 }, { platform: "x", tier: "nano", count: 2 }],
    });
    const pt = platformTierSeries(s);
    expect(pt.rows.map((r) => [r.platform, r.micro, r.macro, r.total])).toEqual([["instagram", 10, 5, 15], ["x", 0, 0, 2]]);
    expect(pt.n).toBe(17);
    expect(comparablePlatforms(s)).toEqual([]);
  });

  it("top counts drop small groups and name them; freshness shares; the summary's age in words", () => {
    const t = topCountSeries([{ key: "US", count: 300 }, { key: "NZ", count: 4 }], 1000);
    expect(t.rows).toEqual([{ key: "US", count: 300, share: 0.3 }]);
    expect(t.omitted).toEqual([{ label: "NZ", n: 4 }]);
    expect(freshnessSeries(summary([])).rows.map((r) => r.share)).toEqual([0.5, 0.1, 0]);
    expect(summaryAge("2026-12-06T12:00:00.000Z", new Date("2026-12-06T12:04:00.000Z"))).toBe("computed 4 minutes ago");
    expect(summaryAge("2026-12-06T12:00:00.000Z", new Date("2026-12-06T15:00:00.000Z"))).toBe("computed 3 hours ago");
  });
});
