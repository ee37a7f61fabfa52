import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { assessAuthenticity, AUTHENTICITY_FLAGS, AUTHENTICITY_FLAG_CODES } from "../../../lib/domain/authenticity";

const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000);
const codes = (r: { flags: { code: string }[] }) => r.flags.map((f) => f.code).sort();

const healthy = {
  platform: "instagram" as const,
  followers: 20_000,
  following: 800,
  posts: 300,
  avgLikes: 200,
  avgComments: 8,
};

describe("assessAuthenticity", () => {
  it("gives 100 with high confidence to a healthy account", () => {
    const r = assessAuthenticity({
      ...healthy,
      snapshots: [
        { at: day(0), followers: 19_000, engagementRate: 0.01 },
        { at: day(30), followers: 20_000, engagementRate: 0.0104 },
      ],
    });
    expect(r).toMatchObject({ score: 100, confidence: "high", flags: [] });
  });

  it("reads unknown (null), not a clean 100, with no signal at all", () => {
    const r = assessAuthenticity({ platform: "instagram", followers: 20_000 });
    expect(r).toMatchObject({ score: null, confidence: "low", flags: [] });
  });

  it("does not penalise what is missing: one clean signal scores 100", () => {
    const r = assessAuthenticity({ platform: "instagram", followers: 20_000, posts: 300 });
    expect(r).toMatchObject({ score: 100, confidence: "low", flags: [] });
  });

  it("flags engagement far below the tier norm", () => {
    // micro band low 0.84% -> threshold 0.28%
    const r = assessAuthenticity({ ...healthy, avgLikes: 50, avgComments: 1 });
    expect(codes(r)).toEqual(["engagement_far_below_norm"]);
    expect(r.score).toBe(70);
  });

  it("flags engagement far above the tier norm (from an explicit rate)", () => {
    const r = assessAuthenticity({ platform: "instagram", followers: 20_000, engagementRate: 0.04 });
    expect(codes(r)).toEqual(["engagement_far_above_norm"]);
    expect(r.score).toBe(80);
  });

  it("flags following exceeding followers above 5k followers only", () => {
    expect(codes(assessAuthenticity({ ...healthy, following: 20_001 }))).toEqual(["following_exceeds_followers"]);
    expect(codes(assessAuthenticity({ platform: "instagram", followers: 4_000, following: 4_500 }))).toEqual([]);
  });

  it("flags following above 5,000 with ratio above 0.5", () => {
    expect(codes(assessAuthenticity({ ...healthy, following: 10_001 }))).toEqual(["following_ratio_high"]);
    expect(codes(assessAuthenticity({ ...healthy, following: 10_000 }))).toEqual([]);
    expect(codes(assessAuthenticity({ platform: "instagram", followers: 2_000_000, following: 7_000 }))).toEqual([]);
  });

  it("flags a follower spike followed by an engagement drop", () => {
    const r = assessAuthenticity({
      ...healthy,
      snapshots: [
        { at: day(0), followers: 10_000, engagementRate: 0.02 },
        { at: day(20), followers: 20_000, engagementRate: 0.01 },
      ],
    });
    expect(codes(r)).toEqual(["follower_spike_engagement_drop"]);
    expect(r.score).toBe(70);
  });

  it("does not flag a spike when engagement keeps up, or growth over 30+ days", () => {
    const keepsUp = assessAuthenticity({
      ...healthy,
      snapshots: [
        { at: day(0), followers: 10_000, engagementRate: 0.02 },
        { at: day(20), followers: 20_000, engagementRate: 0.015 },
      ],
    });
    expect(codes(keepsUp)).toEqual([]);
    const slow = assessAuthenticity({
      ...healthy,
      snapshots: [
        { at: day(0), followers: 10_000, engagementRate: 0.02 },
        { at: day(30), followers: 20_000, engagementRate: 0.005 },
      ],
    });
    expect(codes(slow)).toEqual([]);
  });

  it("sorts snapshots and flags unverified spikes with a smaller penalty", () => {
    const r = assessAuthenticity({
      platform: "instagram",
      followers: 20_000,
      snapshots: [
        { at: day(10), followers: 15_000 },
        { at: day(0), followers: 10_000 },
      ],
    });
    expect(codes(r)).toEqual(["follower_spike_unverified"]);
    expect(r.score).toBe(90);
  });

  it("flags comment/like ratios out of range", () => {
    expect(codes(assessAuthenticity({ ...healthy, avgLikes: 600, avgComments: 1 }))).toEqual(["comment_ratio_low"]);
    expect(codes(assessAuthenticity({ ...healthy, avgLikes: 100, avgComments: 0 }))).toEqual([]);
    expect(codes(assessAuthenticity({ ...healthy, avgLikes: 150, avgComments: 80 }))).toEqual(["comment_ratio_high"]);
  });

  it("flags zero posts with many followers", () => {
    expect(codes(assessAuthenticity({ platform: "instagram", followers: 5_000, posts: 0 }))).toEqual(["no_posts"]);
    expect(codes(assessAuthenticity({ platform: "instagram", followers: 500, posts: 0 }))).toEqual([]);
  });

  it("stacks penalties and clamps at 0", () => {
    const r = assessAuthenticity({
      platform: "instagram",
      followers: 100_000,
      following: 150_000,
      posts: 0,
      avgLikes: 10_000,
      avgComments: 1,
      snapshots: [
        { at: day(0), followers: 10_000, engagementRate: 0.2 },
        { at: day(5), followers: 100_000, engagementRate: 0.01 },
      ],
    });
    expect(r.flags.length).toBeGreaterThanOrEqual(4);
    expect(r.score).toBe(Math.max(0, 100 - r.flags.reduce((s, f) => s + f.penalty, 0)));
  });

  it("exports codes with messages and penalties", () => {
    expect(AUTHENTICITY_FLAG_CODES.length).toBe(9);
    for (const c of AUTHENTICITY_FLAG_CODES) {
      expect(AUTHENTICITY_FLAGS[c].penalty).toBeGreaterThan(0);
      expect(AUTHENTICITY_FLAGS[c].message.length).toBeGreaterThan(10);
    }
  });

  it("never returns a score below 100 without flags that explain it exactly (property)", () => {
    const opt = (a: fc.Arbitrary<number>) => fc.option(a, { nil: null });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5e7 }),
        opt(fc.nat(1e6)),
        opt(fc.nat(5000)),
        opt(fc.nat(1e6)),
        opt(fc.nat(1e5)),
        opt(fc.double({ min: 0, max: 1, noNaN: true })),
        fc.array(fc.record({ d: fc.nat(400), f: fc.nat(1e7), er: opt(fc.double({ min: 0, max: 0.5, noNaN: true })) }), { maxLength: 5 }),
        (followers, following, posts, likes, comments, er, snaps) => {
          const r = assessAuthenticity({
            platform: "instagram",
            followers,
            following,
            posts,
            avgLikes: likes,
            avgComments: comments,
            engagementRate: er,
            snapshots: snaps.map((s) => ({ at: day(s.d), followers: s.f, engagementRate: s.er })),
          });
          // Unknown exactly when no signal group had data.
          expect(r.score === null).toBe(Object.values(r.signals).every((x) => !x));
          if (r.score === null) return;
          expect(Number.isInteger(r.score)).toBe(true);
          expect(r.score).toBe(Math.max(0, 100 - r.flags.reduce((s, f) => s + f.penalty, 0)));
          if (r.score < 100) expect(r.flags.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
