import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayToTime, logDomain, logTicks, needsLogScale, timeTicks } from "@/lib/domain/chart-scale";

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
