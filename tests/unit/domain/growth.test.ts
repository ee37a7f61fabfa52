import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { baselineFor, computeGrowth, relativeChange } from "@/lib/domain/growth";

const DAY = 86_400_000;
const at = (daysBefore: number, base = Date.UTC(2026, 8, 1)) => new Date(base - daysBefore * DAY);

describe("growth from snapshots", () => {
  it("compares with the snapshot nearest 30 and 90 days earlier, within 0.8x to 2x the window", () => {
    const snaps = [
      { capturedAt: at(28), followers: 9_000, engagementRate: 0.02 },
      { capturedAt: at(84), followers: 8_000, engagementRate: 0.03 },
      { capturedAt: at(400), followers: 1_000, engagementRate: 0.1 },
    ];
    const g = computeGrowth(snaps, { capturedAt: at(0), followers: 10_000, engagementRate: 0.015 });
    expect(g.followerGrowth30d).toBeCloseTo(10_000 / 9_000 - 1, 12);
    expect(g.followerGrowth90d).toBeCloseTo(10_000 / 8_000 - 1, 12);
    expect(g.engagementTrend90d).toBeCloseTo(0.015 / 0.03 - 1, 12);
  });

  it("is unknown, never zero, without a snapshot near enough", () => {
    expect(computeGrowth([], { capturedAt: at(0), followers: 10, engagementRate: 0.1 })).toEqual({ followerGrowth30d: null, followerGrowth90d: null, engagementTrend90d: null });
    // 10 days is too recent for 30 days; 200 too old for 90.
    const g = computeGrowth([{ capturedAt: at(10), followers: 5, engagementRate: 0.1 }, { capturedAt: at(200), followers: 5, engagementRate: 0.1 }], { capturedAt: at(0), followers: 10, engagementRate: 0.1 });
    expect(g).toEqual({ followerGrowth30d: null, followerGrowth90d: null, engagementTrend90d: null });
  });

  it("an unknown or zero baseline gives an unknown change", () => {
    expect(relativeChange(0, 5)).toBeNull();
    expect(relativeChange(null, 5)).toBeNull();
    expect(relativeChange(5, null)).toBeNull();
    expect(relativeChange(4, 5)).toBeCloseTo(0.25, 12);
  });

  it("the baseline is always within the window, and the nearest to it (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 12 }), fc.constantFrom(30, 90), (ages, days) => {
        const snaps = ages.map((a) => ({ capturedAt: at(a), followers: 100 + a, engagementRate: null }));
        const b = baselineFor(snaps, at(0), days);
        const inWindow = ages.filter((a) => a >= days * 0.8 && a <= days * 2);
        if (!inWindow.length) return b === null;
        const bestDistance = Math.min(...inWindow.map((a) => Math.abs(a - days)));
        const age = (at(0).getTime() - new Date(b!.capturedAt).getTime()) / DAY;
        return Math.abs(age - days) === bestDistance;
      }),
    );
  });
});
