import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayToTime, linearTicks, logDomain, logTicks, needsLogScale, timeTicks } from "@/lib/domain/chart-scale";

describe("log scale where values span orders of magnitude", () => {
  it("the plan's micro 15.4K beside macro 5.1M needs one; 40K beside 60K does not", () => {
    expect(needsLogScale([15_400, 5_100_000, 5_200_000])).toBe(true);
    expect(needsLogScale([40_000, 60_000])).toBe(false);
    expect(needsLogScale([null, 0, 1_000])).toBe(false); // unknowns and zeros say nothing about spread
  });
  it("the domain is the powers of ten around the values, and every value is inside it", () => {
    expect(logDomain([15_400, 5_100_000])).toEqual([10_000, 10_000_000]);
    expect(logTicks([10_000, 10_000_000])).toEqual([10_000, 100_000, 1_000_000, 10_000_000]);
    expect(logDomain([1000])).toEqual([1000, 10_000]);
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 2_000_000_000 }), { minLength: 1 }), (vs) => {
      const [lo, hi] = logDomain(vs);
      return vs.every((v) => v >= lo && v <= hi);
    }));
  });
});

describe("time axes in real time", () => {
  it("days become UTC timestamps", () => {
    expect(dayToTime("2026-09-06")).toBe(Date.UTC(2026, 8, 6));
  });
  it("few measurements: the ticks are the measured days; many: evenly spaced in time, not by index", () => {
    const days = ["2026-01-01", "2026-01-02", "2026-06-30"].map(dayToTime);
    expect(timeTicks(days)).toEqual(days);
    const many = [0, 1, 2, 3, 4, 5, 100].map((d) => Date.UTC(2026, 0, 1) + d * 86_400_000);
    const ticks = timeTicks(many, 5);
    expect(ticks).toHaveLength(5);
    expect(ticks[0]).toBe(many[0]);
    expect(ticks[4]).toBe(many[6]);
    expect(ticks[2]).toBe(Date.UTC(2026, 0, 1) + 50 * 86_400_000);
  });
});

describe("round ticks on a linear axis", () => {
  it("reads in round steps a person can count, not fractions of the largest value", () => {
    expect(linearTicks([2.6, 1.0, 0.8])).toEqual([0, 1, 2, 3]);
    expect(linearTicks([213, 121])).toEqual([0, 50, 100, 150, 200, 250]);
    expect(linearTicks([0.95])).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(linearTicks([])).toEqual([0, 1]);
  });
  it("starts at 0, ends at or above every value, in at most the asked number of equal steps", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.001, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 20 }), (values) => {
        const t = linearTicks(values);
        expect(t[0]).toBe(0);
        expect(t[t.length - 1]!).toBeGreaterThanOrEqual(Math.max(...values) * (1 - 1e-9));
        expect(t.length - 1).toBeLessThanOrEqual(5);
        const step = t[1]! - t[0]!;
        for (let i = 1; i < t.length; i++) expect(Math.abs(t[i]! - t[i - 1]! - step)).toBeLessThanOrEqual(step * 1e-6);
      }),
    );
  });
});
