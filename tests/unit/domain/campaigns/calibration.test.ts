// The planner's calibration on an organisation's own results: properties over random campaigns,
// each expectation worked out here from the generated posts (never read back from the code).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CALIBRATION_THRESHOLD, buildReport, calibratePool, calibrationOffer, type CampaignCreatorInput, type PostResult } from "@/lib/domain/campaigns";
import { TIERS, type Tier } from "@/lib/domain/types";

type GenPost = { likes?: number; comments?: number; views?: number };
type GenCreator = { tier: Tier; predicted?: number; posts: GenPost[] };
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const postArb: fc.Arbitrary<GenPost> = fc.record({ likes: maybe(fc.integer({ min: 0, max: 50_000 })), comments: maybe(fc.integer({ min: 0, max: 5_000 })), views: maybe(fc.integer({ min: 0, max: 1_000_000 })) });
const creatorArb: fc.Arbitrary<GenCreator> = fc.record({ tier: fc.constantFrom(...TIERS), predicted: maybe(fc.integer({ min: 0, max: 40_000 })), posts: fc.array(postArb, { maxLength: 5 }) });
const campaignsArb = fc.array(fc.array(creatorArb, { minLength: 1, maxLength: 8 }), { maxLength: 6 });

function reportsOf(campaigns: GenCreator[][]) {
  return campaigns.map((cs, ci) => {
    const creators: CampaignCreatorInput[] = cs.map((c, i) => ({ key: `c${ci}_${i}`, handle: `h${i}`, platform: "instagram", tier: c.tier, postsPlanned: 1, predictedEngagementsPerPost: c.predicted }));
    const posts: PostResult[] = cs.flatMap((c, i) => c.posts.map((p, j) => ({ id: `${ci}_${i}_${j}`, creatorKey: `c${ci}_${i}`, url: `u${ci}_${i}_${j}`, ...p })));
    return buildReport(creators, posts, {});
  });
}

/** The same sums, by hand: a post counts when it reports likes or comments and its creator has a prediction above 0. */
function byHand(campaigns: GenCreator[][], tier?: Tier) {
  let actual = 0, predicted = 0, posts = 0;
  const creators = new Set<string>(), used = new Set<number>();
  campaigns.forEach((cs, ci) => cs.forEach((c, i) => {
    if (tier && c.tier !== tier) return;
    if (!c.predicted) return;
    for (const p of c.posts) {
      if (p.likes === undefined && p.comments === undefined) continue;
      actual += (p.likes ?? 0) + (p.comments ?? 0);
      predicted += c.predicted;
      posts += 1;
      creators.add(`${ci}_${i}`);
      used.add(ci);
    }
  }));
  return { actual, predicted, posts, creators: creators.size, campaigns: used.size };
}

const enough = (n: { posts: number; creators: number; campaigns: number }) => n.posts >= CALIBRATION_THRESHOLD.posts && n.creators >= CALIBRATION_THRESHOLD.creators && n.campaigns >= CALIBRATION_THRESHOLD.campaigns;

describe("calibration offer", () => {
  it("the ratio is Σ measured ÷ Σ predicted over the posts with both, with the posts, creators and campaigns behind it, overall and per tier", () => {
    fc.assert(fc.property(campaignsArb, (campaigns) => {
      const offer = calibrationOffer(reportsOf(campaigns));
      for (const scope of [undefined, ...TIERS]) {
        const want = byHand(campaigns, scope);
        const got = scope ? offer.tiers.find((t) => t.scope === scope) : offer.overall;
        if (scope && !want.posts) {
          expect(got).toBeUndefined();
          continue;
        }
        expect({ posts: got!.posts, creators: got!.creators, campaigns: got!.campaigns }).toEqual({ posts: want.posts, creators: want.creators, campaigns: want.campaigns });
        if (want.predicted > 0) expect(got!.ratio).toBeCloseTo(want.actual / want.predicted, 9);
        else expect(got!.ratio).toBeUndefined();
        // Never 0-divided: undefined, or a finite number.
        if (got!.ratio !== undefined) expect(Number.isFinite(got!.ratio)).toBe(true);
        expect(got!.eligible).toBe(enough(want) && want.actual > 0);
      }
    }), { numRuns: 200 });
  });

  it("below the threshold nothing is offered and the pool is left exactly as it was; the missing data adds up to the threshold", () => {
    fc.assert(fc.property(campaignsArb, (campaigns) => {
      const offer = calibrationOffer(reportsOf(campaigns));
      const o = offer.overall;
      expect(o.posts + o.missing.posts).toBeGreaterThanOrEqual(CALIBRATION_THRESHOLD.posts);
      expect(o.missing.posts).toBe(Math.max(0, CALIBRATION_THRESHOLD.posts - o.posts));
      expect(o.missing.campaigns).toBe(Math.max(0, CALIBRATION_THRESHOLD.campaigns - o.campaigns));
      if (!o.eligible && !offer.tiers.some((t) => t.eligible)) {
        expect(offer.available).toBe(false);
        const pool = [{ tier: "micro" as const, expectedEngagements: 100 }, { tier: "macro" as const, expectedEngagements: null }];
        expect(calibratePool(pool, offer.factors)).toEqual(pool);
      }
    }), { numRuns: 200 });
  });

  it("a tier with enough data uses its own ratio; the others the overall one when it has enough; unknown engagements stay unknown", () => {
    // 3 campaigns × 10 micro creators × 1 post: 30 posts, 10 creators per campaign; each predicted 100, measured 80 (micro).
    // One macro creator per campaign: predicted 1,000, measured 1,300 (too few for a tier of its own).
    const campaigns: GenCreator[][] = [0, 1, 2].map(() => [
      ...Array.from({ length: 10 }, () => ({ tier: "micro" as const, predicted: 100, posts: [{ likes: 70, comments: 10 }] })),
      { tier: "macro" as const, predicted: 1000, posts: [{ likes: 1200, comments: 100 }] },
    ]);
    const offer = calibrationOffer(reportsOf(campaigns));
    const overall = (3 * 10 * 80 + 3 * 1300) / (3 * 10 * 100 + 3 * 1000);
    expect(offer.factors.micro).toMatchObject({ from: "micro", posts: 30, campaigns: 3 });
    expect(offer.factors.micro!.ratio).toBeCloseTo(0.8, 12);
    expect(offer.factors.macro).toMatchObject({ from: "overall", posts: 33, campaigns: 3 });
    expect(offer.factors.macro!.ratio).toBeCloseTo(overall, 12);
    const pool = [
      { id: "a", tier: "micro" as const, expectedEngagements: 500 },
      { id: "b", tier: "macro" as const, expectedEngagements: 20_000 },
      { id: "c", tier: "micro" as const, expectedEngagements: null },
    ];
    const out = calibratePool(pool, offer.factors);
    expect(out[0]!.expectedEngagements).toBeCloseTo(400, 9);
    expect(out[1]!.expectedEngagements).toBeCloseTo(20_000 * overall, 6);
    expect(out[2]!.expectedEngagements).toBeNull();
  });

  it("calibrating scales every known expectation by its tier's factor, and nothing else", () => {
    const factorArb = fc.dictionary(fc.constantFrom(...TIERS), fc.double({ min: 0.01, max: 10, noNaN: true }).map((ratio) => ({ ratio, from: "overall" as const, posts: 30, campaigns: 3 })));
    const poolArb = fc.array(fc.record({ id: fc.string(), tier: fc.constantFrom(...TIERS), expectedEngagements: fc.option(fc.integer({ min: 0, max: 1e7 }), { nil: null }) }), { maxLength: 30 });
    fc.assert(fc.property(poolArb, factorArb, (pool, factors) => {
      const out = calibratePool(pool, factors);
      expect(out.length).toBe(pool.length);
      out.forEach((c, i) => {
        const before = pool[i]!;
        expect({ id: c.id, tier: c.tier }).toEqual({ id: before.id, tier: before.tier });
        const f = factors[before.tier];
        if (before.expectedEngagements === null) expect(c.expectedEngagements).toBeNull();
        else expect(c.expectedEngagements).toBeCloseTo(before.expectedEngagements * (f ? f.ratio : 1), 6);
      });
    }), { numRuns: 200 });
  });
});
