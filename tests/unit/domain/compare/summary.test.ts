import { describe, expect, it } from "vitest";
import { followerHistory, engagementAgainstBand, costPerEngagementSeries, formatRatio, whatDiffersMost } from "@/lib/domain/compare";
import { creator } from "./creator";

describe("what differs most", () => {
  it("names the widest gap and a gap another creator leads", () => {
    // a: 1.2M followers, 10,000 engagements for a $20,000 mid price = 0.5 per dollar.
    // b: 100K followers, 3,100 engagements for a $2,000 mid price = 1.55 per dollar (3.1x a).
    const a = creator("a", { followers: 1_200_000, tier: "mega", expectedEngagements: 10_000, priceLow: 15_000, priceHigh: 25_000 });
    const b = creator("b", { followers: 100_000, tier: "mid", expectedEngagements: 3_100, priceLow: 1_500, priceHigh: 2_500 });
    expect(whatDiffersMost([a, b])).toBe("@a reaches 12x more people than @b; @b earns 3.1x the engagements per dollar of @a.");
    // The order of the columns does not change the sentence.
    expect(whatDiffersMost([b, a])).toBe("@a reaches 12x more people than @b; @b earns 3.1x the engagements per dollar of @a.");
  });

  it("says for whom a figure is unknown", () => {
    const a = creator("a", { followers: 500_000, expectedEngagements: 5_000, priceLow: 4_000, priceHigh: 6_000 });
    const b = creator("b", { followers: 50_000, expectedEngagements: 2_000, priceLow: 400, priceHigh: 600 });
    const c = creator("c", { followers: 40_000, expectedEngagements: null });
    // Reach: 500K / 40K = 12.5 -> "13x"; per dollar: b 4.0 vs a 1.0 = 4x, c unknown.
    expect(whatDiffersMost([a, b, c])).toBe("@a reaches 13x more people than @c; @b earns 4x the engagements per dollar of @a. (engagements per dollar unknown for @c.)");
  });

  it("says when the creators are close", () => {
    const a = creator("a", { followers: 20_000, expectedEngagements: 200 });
    const b = creator("b", { followers: 21_000, expectedEngagements: 205 });
    expect(whatDiffersMost([a, b])).toMatch(/^These creators are within 10% of each other on reach, engagements per dollar, engagements per post\.$/);
  });

  it("ignores implausible engagement figures", () => {
    const a = creator("a", { followers: 20_000, expectedEngagements: 9_000, engagementRankable: false });
    const b = creator("b", { followers: 20_000, expectedEngagements: 200 });
    expect(whatDiffersMost([a, b])).not.toContain("engagements");
  });

  it("rounds ratios for people", () => {
    expect(formatRatio(12.4)).toBe("12x");
    expect(formatRatio(3.14)).toBe("3.1x");
    expect(formatRatio(2.01)).toBe("2x");
    expect(formatRatio(5501.2)).toBe("5,501x"); // thousands separated, as every count on the page
  });
});

describe("chart series", () => {
  it("overlays follower history on one date axis, one line per creator", () => {
    const a = creator("a", { followers: 30_000, metricsAsOf: "2026-11-01T00:00:00Z", snapshots: [{ capturedAt: "2026-10-01T10:00:00Z", followers: 25_000 }] });
    const b = creator("b", { followers: 12_000, metricsAsOf: "2026-11-01T08:00:00Z", snapshots: [{ capturedAt: "2026-09-15T00:00:00Z", followers: 9_000 }, { capturedAt: "2026-11-01T00:00:00Z", followers: 11_000 }] });
    const h = followerHistory([a, b]);
    expect(h.lines).toEqual([{ key: "c0", label: "@a" }, { key: "c1", label: "@b" }]);
    expect(h.data).toEqual([
      { date: "2026-09-15", c1: 9_000 },
      { date: "2026-10-01", c0: 25_000 },
      // The current figure of the day replaces that day's snapshot.
      { date: "2026-11-01", c0: 30_000, c1: 12_000 },
    ]);
  });

  it("puts each engagement rate beside its tier's band, in percent", () => {
    const [p, q] = engagementAgainstBand([creator("a", { engagementRate: 0.0123 }), creator("b", { engagementRate: null, engagementMethod: null })]);
    expect(p).toEqual({ label: "@a", ratePercent: 1.23, band: [0.84, 1.11], note: null });
    expect(q!.ratePercent).toBeNull();
    expect(q!.note).toBe("rate unknown");
  });

  it("draws no CPE bar for unknown figures or another currency", () => {
    const s = costPerEngagementSeries([creator("a", { costPerEngagement: 0.5 }), creator("b", { costPerEngagement: null }), creator("c", { priceCurrency: "EUR" }), creator("d", { costPerEngagement: 1 })]);
    expect(s.currency).toBe("USD");
    expect(s.points.map((p) => p.cpe)).toEqual([0.5, null, null, 1]);
    expect(s.points[2]!.note).toBe("priced in EUR");
  });
});

describe("what differs most, one leader", () => {
  it("does not restate reach as engagements per post when one creator leads both", () => {
    // a leads reach (26x), engagements per post (40x) and engagements per dollar:
    // a: 8,000 per $1,875 = 4.27 per dollar; b: 200 per $75 = 2.67 per dollar -> 1.6x.
    const a = creator("a", { followers: 520_000, tier: "macro", expectedEngagements: 8_000, priceLow: 1_250, priceHigh: 2_500 });
    const b = creator("b", { followers: 20_000, expectedEngagements: 200, priceLow: 25, priceHigh: 125 });
    expect(whatDiffersMost([a, b])).toBe("@a gets 40x the engagements per post of @b; @a earns 1.6x the engagements per dollar of @b.");
  });
});
