import { describe, it, expect } from "vitest";
import fc from "fast-check";
import {
  estimatePrice,
  costPerEngagement,
  costPerMille,
  costEfficiencyScore,
  costPriorScore,
  CPE_SCORE_BREAKPOINTS,
  isPriceExtrapolated,
  typicalEngagementRateAt,
} from "../../../lib/domain/cost";
import { PLATFORMS } from "../../../lib/domain/types";

const platform = fc.constantFrom(...PLATFORMS);
const followers = fc.integer({ min: 0, max: 500_000_000 });
const price = (p: (typeof PLATFORMS)[number], f: number) => estimatePrice(p, f);

describe("estimatePrice from the audience", () => {
  it("reads the published cards at the tier ends (Influencer Marketing Hub: Instagram $10-$100 nano ... $10,000 at 1M; YouTube twice that)", () => {
    // The published tier ranges, read as the price at each tier's lower and upper end.
    const instagram = [[1_000, 10], [10_000, 100], [50_000, 500], [500_000, 5_000], [1_000_000, 10_000]] as const;
    for (const [f, mid] of instagram) {
      expect(price("instagram", f).mid).toBeCloseTo(mid, 2);
      expect(price("youtube", f).mid).toBeCloseTo(2 * mid, 2);
      expect(price("x", f).mid).toBeCloseTo(mid / 5, 2);
    }
    // TikTok: the geometric mean of two cards that disagree ($25 and $75 at 10K followers).
    expect(price("tiktok", 10_000).mid).toBeCloseTo(Math.sqrt(25 * 75), 1);
    // Half width 50% up to 1M followers: $50-$150 at 10K on Instagram.
    expect(price("instagram", 10_000)).toEqual({ low: 50, high: 150, mid: 100, currency: "USD", source: "estimate" });
    expect(price("tiktok", 10_000)).toMatchObject({ source: "estimate", currency: "USD" });
    expect(estimatePrice("tiktok", 10_000, { low: null, high: null })).toMatchObject({ source: "estimate" });
  });

  it("grows inside every tier: a creator with 284.8M followers costs far more than one with 1.1M", () => {
    for (const p of PLATFORMS) {
      const small = price(p, 1_100_000);
      const huge = price(p, 284_800_000);
      // 1.1M -> 284.8M is 259x the audience: with exponent 0.82, about 95x the price.
      expect(huge.mid / small.mid).toBeCloseTo(Math.pow(284.8 / 1.1, 0.82), 0);
      expect(price(p, 40_000).mid).toBeGreaterThan(price(p, 12_000).mid * 2);
    }
    // Celebrity quotes for ~200-300M followers run $0.3M-$1.5M per Instagram post: the range covers them.
    const top = price("instagram", 250_000_000);
    expect(top.low).toBeLessThan(400_000);
    expect(top.high).toBeGreaterThan(1_200_000);
  });

  it("is non-decreasing in followers at both ends and the middle (property)", () => {
    fc.assert(
      fc.property(platform, followers, followers, (p, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const x = price(p, lo);
        const y = price(p, hi);
        expect(y.low).toBeGreaterThanOrEqual(x.low);
        expect(y.mid).toBeGreaterThanOrEqual(x.mid);
        expect(y.high).toBeGreaterThanOrEqual(x.high);
        expect(x.low).toBeGreaterThan(0);
        expect(x.low).toBeLessThan(x.high);
      }),
      { numRuns: 2_000 },
    );
  }, 60_000);

  it("is continuous: one more follower raises the price by at most 1.2/followers of itself + a cent, anywhere (property)", () => {
    // Tolerance: a jump would show as a step of a fixed share at one follower. Between knots the
    // price is a power law whose exponent is at most 1.11 (TikTok 500K-1M), so one follower more
    // moves it by about exponent / followers of itself: 0.012% at 10K, 0.00012% at 1M. Each end is
    // rounded to cents, so a cent more is allowed.
    const step = (p: (typeof PLATFORMS)[number], f: number) => {
      const a = price(p, f);
      const b = price(p, f + 1);
      const tol = (x: number) => (x * 1.2) / Math.max(f, 1_000) + 0.011;
      expect(b.low - a.low).toBeLessThanOrEqual(tol(a.low));
      expect(b.high - a.high).toBeLessThanOrEqual(tol(a.high));
      expect(b.mid - a.mid).toBeLessThanOrEqual(tol(a.mid));
    };
    // Every default tier boundary (10K, 50K, 500K, 1M), the 1,000-follower floor and 100M (where the spread stops widening).
    for (const p of PLATFORMS) for (const b of [999, 1_000, 9_999, 10_000, 50_000, 50_001, 499_999, 500_000, 999_999, 1_000_000, 1_000_001, 99_999_999, 100_000_000]) step(p, b);
    fc.assert(fc.property(platform, followers, (p, f) => step(p, f)), { numRuns: 2_000 });
    // At the boundaries the numbers are the cards': no step between 50,000 (micro) and 50,001 (mid).
    expect(price("instagram", 50_001).mid - price("instagram", 50_000).mid).toBeLessThan(0.02);
  }, 60_000);

  it("has no flat stretch from 1M to 300M: doubling the audience raises the price by at least half (property)", () => {
    fc.assert(
      fc.property(platform, fc.integer({ min: 1_000_000, max: 150_000_000 }), (p, f) => {
        expect(price(p, 2 * f).mid).toBeGreaterThan(1.5 * price(p, f).mid);
      }),
    );
  });

  it("widens the range where the sources are thin: past 1M followers and on platforms with no card", () => {
    const width = (p: (typeof PLATFORMS)[number], f: number) => price(p, f).high / price(p, f).low;
    expect(width("instagram", 500_000)).toBeCloseTo(3, 2);
    expect(width("instagram", 10_000_000)).toBeGreaterThan(width("instagram", 1_000_000));
    expect(width("instagram", 300_000_000)).toBeCloseTo(1.75 / 0.25, 1);
    expect(width("twitch", 50_000)).toBeGreaterThan(width("youtube", 50_000));
    expect(isPriceExtrapolated("instagram", 30_000)).toBe(false);
    expect(isPriceExtrapolated("instagram", 3_000_000)).toBe(true);
    expect(isPriceExtrapolated("twitch", 3_000)).toBe(true);
  });

  it("prefers imported prices", () => {
    expect(estimatePrice("instagram", 20_000, { low: 200, high: 450, currency: "eur" })).toEqual({
      low: 200, high: 450, mid: 325, currency: "EUR", source: "imported",
    });
    expect(estimatePrice("instagram", 20_000, { high: 300 })).toEqual({ low: 300, high: 300, mid: 300, currency: "USD", source: "imported" });
    expect(estimatePrice("instagram", 20_000, { low: 500, high: 100 })).toMatchObject({ low: 100, high: 500 });
    expect(estimatePrice("instagram", 284_800_000, { low: 2_500, high: 6_250 })).toMatchObject({ low: 2_500, high: 6_250, source: "imported" });
  });
});

describe("the cost prior by size", () => {
  it("reads each tier's band middle at the tier's geometric centre, and has no jump at a tier boundary", () => {
    // Instagram bands (docs/scoring.md section 3): nano 1.25-4.42%, micro 0.84-1.11%.
    expect(typicalEngagementRateAt("instagram", Math.sqrt(1e3 * 1e4))).toBeCloseTo((0.0125 + 0.0442) / 2, 10);
    expect(typicalEngagementRateAt("instagram", Math.sqrt(1e4 * 5e4))).toBeCloseTo((0.0084 + 0.0111) / 2, 10);
    for (const p of PLATFORMS) {
      for (const b of [10_000, 50_000, 500_000, 1_000_000]) {
        const a = costPriorScore(p, "micro", b, null);
        const c = costPriorScore(p, "mid", b + 1, null);
        expect(Math.abs(c - a)).toBeLessThan(0.01);
      }
    }
  });
  it("tells followers-only creators apart: a larger nano account has a lower typical rate, so a higher expected CPE", () => {
    expect(costPriorScore("instagram", "nano", 2_000, null)).toBeGreaterThan(costPriorScore("instagram", "nano", 8_000, null) + 5);
  });
});

describe("CPE / CPM", () => {
  it("divides safely", () => {
    expect(costPerEngagement(300, 1500)).toBeCloseTo(0.2, 12);
    expect(costPerEngagement(300, 0)).toBeNull();
    expect(costPerEngagement(300, null)).toBeNull();
    expect(costPerMille(300, 20_000)).toBeCloseTo(15, 12);
    expect(costPerMille(300, 0)).toBeNull();
    expect(costPerMille(300, undefined)).toBeNull();
  });
});

describe("costEfficiencyScore", () => {
  it("hits the breakpoints", () => {
    expect(CPE_SCORE_BREAKPOINTS).toEqual({ best: 0.05, worst: 5 });
    // Log-linear up to 80 ($0.16), then the soft ceiling: 90 where the line would reach 100 ($0.05).
    expect(costEfficiencyScore(0.05)).toBeCloseTo(90, 10);
    expect(costEfficiencyScore(0.5)).toBeCloseTo(50, 10);
    expect(costEfficiencyScore(5 / Math.pow(100, 0.8))).toBeCloseTo(80, 10);
    // Cheaper keeps scoring higher, never 100 (so large accounts do not all tie).
    expect(costEfficiencyScore(0.005)!).toBeGreaterThan(costEfficiencyScore(0.01)!);
    expect(costEfficiencyScore(0.0001)!).toBeLessThan(100);
    expect(costEfficiencyScore(0)).toBe(100);
    expect(costEfficiencyScore(5)).toBe(0);
    expect(costEfficiencyScore(50)).toBe(0);
    expect(costEfficiencyScore(null)).toBeNull();
    expect(costEfficiencyScore(-1)).toBeNull();
  });
  it("is non-increasing in CPE (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(costEfficiencyScore(lo)!).toBeGreaterThanOrEqual(costEfficiencyScore(hi)! - 1e-9);
        expect(costEfficiencyScore(lo)!).toBeLessThanOrEqual(100);
      }),
    );
  });
});
