import { describe, it, expect } from "vitest";
import fc from "fast-check";
import {
  PRICE_RANGES,
  estimatePrice,
  costPerEngagement,
  costPerMille,
  costEfficiencyScore,
  CPE_SCORE_BREAKPOINTS,
  isPriceExtrapolated,
} from "../../../lib/domain/cost";
import { PLATFORMS, TIERS } from "../../../lib/domain/types";

describe("PRICE_RANGES", () => {
  it("is ordered low < high and increases with tier on every platform", () => {
    for (const p of PLATFORMS) {
      let prevHigh = 0;
      for (const t of TIERS) {
        const r = PRICE_RANGES[p][t];
        expect(r.low).toBeLessThan(r.high);
        expect(r.low).toBeGreaterThanOrEqual(prevHigh);
        prevHigh = r.high;
      }
    }
  });
  it("uses the published Instagram micro range and marks extrapolations", () => {
    expect(PRICE_RANGES.instagram.micro).toEqual({ low: 100, high: 500 });
    expect(isPriceExtrapolated("instagram", "micro")).toBe(false);
    expect(isPriceExtrapolated("instagram", "mega")).toBe(true);
    expect(isPriceExtrapolated("twitch", "nano")).toBe(true);
  });
});

describe("estimatePrice", () => {
  it("falls back to the published range", () => {
    expect(estimatePrice("tiktok", "micro")).toEqual({ low: 25, high: 125, mid: 75, currency: "USD", source: "estimate" });
    expect(estimatePrice("tiktok", "micro", { low: null, high: null })).toMatchObject({ source: "estimate" });
  });
  it("prefers imported prices", () => {
    expect(estimatePrice("instagram", "micro", { low: 200, high: 450, currency: "eur" })).toEqual({
      low: 200, high: 450, mid: 325, currency: "EUR", source: "imported",
    });
    expect(estimatePrice("instagram", "micro", { high: 300 })).toEqual({ low: 300, high: 300, mid: 300, currency: "USD", source: "imported" });
    expect(estimatePrice("instagram", "micro", { low: 500, high: 100 })).toMatchObject({ low: 100, high: 500 });
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
