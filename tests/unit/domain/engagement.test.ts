import { describe, it, expect } from "vitest";
import fc from "fast-check";
import {
  computeEngagement,
  isRankable,
  engagementBand,
  ENGAGEMENT_BENCHMARKS,
  percentileRank,
  engagementQualityScore,
  softCeiling,
  IMPLAUSIBLE_RATE_CEILING,
  piecewiseLinear,
} from "../../../lib/domain/engagement";
import { PLATFORMS, TIERS } from "../../../lib/domain/types";

const codes = (r: { flags: { code: string }[] }) => r.flags.map((f) => f.code);

describe("computeEngagement", () => {
  it("computes the follower rate from likes + comments", () => {
    const r = computeEngagement({ platform: "instagram", followers: 20_000, avgLikes: 400, avgComments: 20 });
    expect(r.rate).toBeCloseTo(0.021, 12);
    expect(r.method).toBe("followers");
    expect(r.rateByFollowers).toBeCloseTo(0.021, 12);
    expect(r.rateByViews).toBeNull();
    expect(r.expectedEngagements).toBe(420);
    expect(r.flags).toEqual([]);
    expect(isRankable(r)).toBe(true);
  });

  it("treats missing comments as 0 when likes are known", () => {
    const r = computeEngagement({ platform: "instagram", followers: 10_000, avgLikes: 100, avgComments: null });
    expect(r.rate).toBeCloseTo(0.01, 12);
    expect(r.expectedEngagements).toBe(100);
  });

  it("ignores comments when likes are unknown and falls back to the imported rate", () => {
    const r = computeEngagement({ platform: "instagram", followers: 475_800_000, avgComments: 50, importedRate: 0.0139 });
    expect(r.method).toBe("imported");
    expect(r.rate).toBe(0.0139);
    expect(r.expectedEngagements).toBe(Math.round(0.0139 * 475_800_000));
  });

  it("reports the view rate on video platforms but stores the follower rate", () => {
    const r = computeEngagement({ platform: "youtube", followers: 212_100_000, avgViews: 323_700, avgLikes: 9_800, avgComments: 290 });
    expect(r.method).toBe("followers");
    expect(r.rate).toBeCloseTo(10_090 / 212_100_000, 12);
    expect(r.rateByViews).toBeCloseTo(10_090 / 323_700, 12);
  });

  it("does not compute a view rate on non-video platforms", () => {
    const r = computeEngagement({ platform: "instagram", followers: 1000, avgViews: 500, avgLikes: 50 });
    expect(r.rateByViews).toBeNull();
  });

  it("uses the view rate when followers are 0 on a video platform", () => {
    const r = computeEngagement({ platform: "tiktok", followers: 0, avgViews: 10_000, avgLikes: 900, avgComments: 100 });
    expect(r.method).toBe("views");
    expect(r.rate).toBeCloseTo(0.1, 12);
    expect(r.rateByFollowers).toBeNull();
    expect(r.expectedEngagements).toBe(1000);
    expect(codes(r)).toContain("zero_followers");
  });

  it("returns nulls without data", () => {
    const r = computeEngagement({ platform: "x", followers: 5000 });
    expect(r).toMatchObject({ rate: null, method: null, expectedEngagements: null, flags: [] });
  });

  it("flags rates above 100%", () => {
    const r = computeEngagement({ platform: "instagram", followers: 100, avgLikes: 150 });
    expect(codes(r)).toEqual(["rate_above_100"]);
    expect(isRankable(r)).toBe(false);
  });

  it("flags imported rates above 100%", () => {
    const r = computeEngagement({ platform: "instagram", followers: 100, importedRate: 1.5 });
    expect(codes(r)).toEqual(["rate_above_100"]);
  });

  it.each([
    ["nano", 5_000, 0.25],
    ["micro", 20_000, 0.15],
    ["mid", 100_000, 0.1],
    ["macro", 600_000, 0.1],
    ["mega", 2_000_000, 0.1],
  ] as const)("uses the %s ceiling", (tier, followers, ceiling) => {
    expect(IMPLAUSIBLE_RATE_CEILING[tier]).toBe(ceiling);
    const at = computeEngagement({ platform: "instagram", followers, avgLikes: Math.floor(followers * ceiling) });
    expect(codes(at)).toEqual([]);
    const above = computeEngagement({ platform: "instagram", followers, avgLikes: Math.ceil(followers * ceiling) + 1 });
    expect(codes(above)).toEqual(["rate_implausibly_high"]);
    expect(isRankable(above)).toBe(false);
  });

  it("flags views far above followers and comments exceeding likes, which stay rankable", () => {
    const r = computeEngagement({ platform: "tiktok", followers: 1000, avgViews: 20_001, avgLikes: 10, avgComments: 30 });
    expect(codes(r).sort()).toEqual(["comments_exceed_likes", "views_far_above_followers"]);
    expect(isRankable(r)).toBe(true);
    const ok = computeEngagement({ platform: "tiktok", followers: 1000, avgViews: 20_000, avgLikes: 10 });
    expect(codes(ok)).toEqual([]);
  });

  it("rateByFollowers * followers equals expected engagements (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e8 }), fc.nat(1e6), fc.nat(1e5), (f, l, c) => {
        const r = computeEngagement({ platform: "instagram", followers: f, avgLikes: l, avgComments: c });
        expect(r.expectedEngagements).toBe(l + c);
        expect(r.rate! * f).toBeCloseTo(l + c, 4);
      }),
    );
  });
});

describe("benchmarks and bands", () => {
  it("has a valid band with a source for every platform and tier", () => {
    for (const p of PLATFORMS)
      for (const t of TIERS) {
        const b = ENGAGEMENT_BENCHMARKS[p][t];
        expect(b.low).toBeGreaterThan(0);
        expect(b.high).toBeGreaterThan(b.low);
        expect(b.high).toBeLessThan(0.1);
        expect(b.source.length).toBeGreaterThan(5);
      }
  });
  it("uses the Modash 10k-50k Instagram band", () => {
    expect(ENGAGEMENT_BENCHMARKS.instagram.micro).toMatchObject({ low: 0.0084, high: 0.0111 });
    expect(ENGAGEMENT_BENCHMARKS.instagram.micro.source).toMatch(/Modash/);
    expect(ENGAGEMENT_BENCHMARKS.youtube.micro.source).toMatch(/extrapolated/);
  });
  it.each([
    [0.005, "low"],
    [0.0084, "average"],
    [0.01, "average"],
    [0.0111, "average"],
    [0.015, "high"],
    [0.0222, "high"],
    [0.0223, "very_high"],
  ] as const)("instagram micro %f -> %s", (rate, band) => {
    expect(engagementBand(rate, "instagram", "micro")).toBe(band);
  });
});

describe("percentileRank", () => {
  it("uses mid-rank", () => {
    const a = [1, 2, 2, 3];
    expect(percentileRank(2, a)).toBe(50);
    expect(percentileRank(0, a)).toBe(0);
    expect(percentileRank(1, a)).toBe(12.5);
    expect(percentileRank(3, a)).toBe(87.5);
    expect(percentileRank(4, a)).toBe(100);
    expect(percentileRank(5, [])).toBe(50);
  });
  it("matches a linear scan and is monotone (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 60 }), fc.integer({ min: -60, max: 60 }), (arr, v) => {
        const s = [...arr].sort((x, y) => x - y);
        const less = s.filter((x) => x < v).length;
        const eq = s.filter((x) => x === v).length;
        const expected = s.length === 0 ? 50 : (100 * (less + eq / 2)) / s.length;
        expect(percentileRank(v, s)).toBeCloseTo(expected, 10);
        expect(percentileRank(v + 1, s)).toBeGreaterThanOrEqual(percentileRank(v, s));
      }),
    );
  });
});

describe("engagementQualityScore", () => {
  const b = ENGAGEMENT_BENCHMARKS.instagram.micro;
  it("hits the documented breakpoints", () => {
    expect(engagementQualityScore(0, "instagram", "micro")).toBe(0);
    expect(engagementQualityScore((b.low + b.high) / 2, "instagram", "micro")).toBeCloseTo(50, 10);
    expect(engagementQualityScore(b.high, "instagram", "micro")).toBeCloseTo(80, 10);
    // Above the band's high: 100 - 20 * high / rate, so 90 at twice the high, 95 at four times, never 100.
    expect(engagementQualityScore(2 * b.high, "instagram", "micro")).toBeCloseTo(90, 10);
    expect(engagementQualityScore(4 * b.high, "instagram", "micro")).toBeCloseTo(95, 10);
    expect(engagementQualityScore(0.5, "instagram", "micro")).toBeLessThan(100);
    expect(engagementQualityScore(0.5, "instagram", "micro")!).toBeGreaterThan(engagementQualityScore(0.2, "instagram", "micro")!);
    expect(engagementQualityScore(null, "instagram", "micro")).toBeNull();
    expect(engagementQualityScore((b.low + b.high) / 4, "instagram", "micro")).toBeCloseTo(25, 10);
  });
  it("is monotone and within 0-100 (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.constantFrom(...PLATFORMS),
        fc.constantFrom(...TIERS),
        (x, y, p, t) => {
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          const a = engagementQualityScore(lo, p, t)!;
          const c = engagementQualityScore(hi, p, t)!;
          expect(a).toBeGreaterThanOrEqual(0);
          expect(c).toBeLessThanOrEqual(100);
          expect(c).toBeGreaterThanOrEqual(a - 1e-9);
        },
      ),
    );
  });
  it("piecewiseLinear clamps and interpolates", () => {
    expect(piecewiseLinear(-1, [0, 1], [10, 20])).toBe(10);
    expect(piecewiseLinear(0.5, [0, 1], [10, 20])).toBe(15);
    expect(piecewiseLinear(5, [0, 1], [10, 20])).toBe(20);
  });
});

describe("softCeiling", () => {
  it("keeps scores up to 80, compresses the rest below 100 without a kink", () => {
    expect(softCeiling(0)).toBe(0);
    expect(softCeiling(80)).toBe(80);
    expect(softCeiling(100)).toBeCloseTo(90, 10);
    expect(softCeiling(140)).toBeCloseTo(95, 10);
    // Same slope (1) on both sides of the knee.
    expect((softCeiling(80 + 1e-6) - softCeiling(80)) / 1e-6).toBeCloseTo(1, 4);
  });
  it("is increasing and below 100 (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }), (x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        expect(softCeiling(hi)).toBeGreaterThanOrEqual(softCeiling(lo));
        expect(softCeiling(hi)).toBeLessThan(100);
      }),
    );
  });
});
