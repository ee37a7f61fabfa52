// Campaign figures: worked examples, and properties over random campaigns.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildReport, figuresOf, creatorSums, type CampaignCreatorInput, type EmvRateCard, type PostResult } from "@/lib/domain/campaigns";
import { TIERS } from "@/lib/domain/types";

const card: EmvRateCard = { instagram: { views: 0.01, likes: 0.5, comments: 2 } };

describe("one creator, worked by hand", () => {
  const c: CampaignCreatorInput = { key: "a", handle: "ann", platform: "instagram", tier: "micro", followers: 20_000, fee: 600, postsPlanned: 3, predictedReachPerPost: 20_000, predictedEngagementsPerPost: 500 };
  const posts: PostResult[] = [
    { id: "1", creatorKey: "a", url: "u1", views: 10_000, likes: 400, comments: 50, shares: 30, revenue: 900, linkClicks: 120 },
    { id: "2", creatorKey: "a", url: "u2", likes: 300, comments: 20 }, // no views, shares or saves: unknown
  ];
  const r = buildReport([c], posts, card);
  const f = r.creators[0]!.figures;

  it("sums what is known and leaves the rest unknown", () => {
    expect(f.engagements).toBe(400 + 50 + 30 + 300 + 20);
    expect(f.views).toBe(10_000);
    expect(f.saves).toBeUndefined();
    expect(f.conversions).toBeUndefined();
    expect(f.dataIn).toBeCloseTo(2 / 3, 12);
  });
  it("divides over the posts that have both parts", () => {
    expect(f.erByFollowers).toBeCloseTo(800 / 40_000, 12); // both posts have engagements
    expect(f.erByViews).toBeCloseTo(480 / 10_000, 12); // only post 1 has views
    expect(f.cpe).toBeCloseTo(600 / 800, 12);
    expect(f.cpv).toBeCloseTo(600 / 10_000, 12);
    expect(f.cpm).toBeCloseTo(60, 9);
    expect(f.cpc).toBeCloseTo(5, 12);
    expect(f.roas).toBeCloseTo(1.5, 12);
    expect(f.emv).toBeCloseTo(10_000 * 0.01 + 400 * 0.5 + 50 * 2 + 300 * 0.5 + 20 * 2, 9);
  });
  it("compares with the frozen prediction for the posts in", () => {
    expect(f.engagementsVsPredicted).toBeCloseTo(800 / 1000, 12);
    expect(f.reachVsPredicted).toBeCloseTo(10_000 / 20_000, 12);
    expect(f.predictedCpe).toBeCloseTo(600 / 1500, 12);
    expect(f.cpeVsPredicted).toBeCloseTo(600 / 800 / (600 / 1500), 12);
  });
});

describe("missing inputs", () => {
  it("a creator without fee, posts or followers has no cost figures, never 0 or Infinity", () => {
    const f = figuresOf(creatorSums({ key: "x", handle: "x", platform: "tiktok", postsPlanned: 0 }, [], {}));
    for (const k of ["cost", "cpe", "cpv", "cpm", "cpc", "roas", "engagements", "erByFollowers", "erByViews", "emv", "dataIn", "engagementsVsPredicted"] as const) expect(f[k]).toBeUndefined();
  });
  it("a zero fee gives no ROAS (nothing spent to return on)", () => {
    const f = figuresOf(creatorSums({ key: "x", handle: "x", platform: "tiktok", postsPlanned: 1, fee: 0 }, [{ id: "p", creatorKey: "x", url: "u", revenue: 50, likes: 10 }], {}));
    expect(f.roas).toBeUndefined();
    expect(f.cpe).toBe(0);
  });
});

const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const creatorArb = (i: number) =>
  fc.record({
    tier: maybe(fc.constantFrom(...TIERS)),
    followers: maybe(fc.integer({ min: 0, max: 5_000_000 })),
    fee: maybe(fc.integer({ min: 0, max: 50_000 })),
    postsPlanned: fc.integer({ min: 0, max: 4 }),
    predictedEngagementsPerPost: maybe(fc.integer({ min: 0, max: 100_000 })),
    predictedReachPerPost: maybe(fc.integer({ min: 0, max: 5_000_000 })),
  }).map((c): CampaignCreatorInput => ({ ...c, key: `c${i}`, handle: `c${i}`, platform: "instagram" }));
const count = maybe(fc.integer({ min: 0, max: 1_000_000 }));
const postArb = fc.record({ views: count, likes: count, comments: count, shares: count, saves: count, linkClicks: count, conversions: count, revenue: maybe(fc.integer({ min: 0, max: 100_000 })) });
const campaignArb = fc.integer({ min: 1, max: 8 }).chain((n) =>
  fc.tuple(fc.tuple(...Array.from({ length: n }, (_, i) => creatorArb(i))), fc.array(fc.tuple(fc.nat(n - 1), postArb), { maxLength: 20 })),
);

describe("random campaigns (property)", () => {
  it("per-tier totals equal the sum of their creators, and the campaign the sum of its tiers", () => {
    fc.assert(
      fc.property(campaignArb, ([creators, rawPosts]) => {
        const posts: PostResult[] = rawPosts.map(([ci, p], j) => ({ ...p, id: `p${j}`, creatorKey: `c${ci}`, url: `u${j}` }));
        const r = buildReport(creators, posts, card);
        for (const t of r.tiers) {
          const members = r.creators.filter((c) => (c.creator.tier ?? "unknown") === t.tier);
          const sum = (get: (f: typeof t.figures) => number | undefined) => {
            const known = members.map((m) => get(m.figures)).filter((v): v is number => v !== undefined);
            return known.length ? known.reduce((a, b) => a + b, 0) : undefined;
          };
          expect(t.figures.creators).toBe(members.length);
          expect(t.figures.posts).toBe(members.reduce((s, m) => s + m.posts.length, 0));
          for (const k of ["cost", "views", "likes", "engagements", "revenue", "emv", "linkClicks"] as const) {
            const want = sum((f) => f[k]);
            if (want === undefined) expect(t.figures[k]).toBeUndefined();
            else expect(t.figures[k]).toBeCloseTo(want, 6);
          }
        }
        expect(r.total.figures.creators).toBe(r.tiers.reduce((s, t) => s + t.figures.creators, 0));
        const tierEng = r.tiers.map((t) => t.figures.engagements).filter((v) => v !== undefined) as number[];
        if (tierEng.length) expect(r.total.figures.engagements).toBeCloseTo(tierEng.reduce((a, b) => a + b, 0), 6);
        else expect(r.total.figures.engagements).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it("CPE, CPM and ROAS are undefined (never 0 or infinite) exactly where their inputs are missing", () => {
    fc.assert(
      fc.property(campaignArb, ([creators, rawPosts]) => {
        const posts: PostResult[] = rawPosts.map(([ci, p], j) => ({ ...p, id: `p${j}`, creatorKey: `c${ci}`, url: `u${j}` }));
        const r = buildReport(creators, posts, card);
        for (const g of [...r.creators.map((c) => c.figures), ...r.tiers.map((t) => t.figures), r.total.figures]) {
          for (const v of [g.cpe, g.cpm, g.roas, g.cpc, g.cpv]) if (v !== undefined) expect(Number.isFinite(v)).toBe(true);
        }
        for (const c of r.creators) {
          const f = c.figures;
          if (f.cost === undefined || !(f.engagements! > 0)) expect(f.cpe).toBeUndefined();
          else expect(f.cpe).toBeCloseTo(f.cost / f.engagements!, 9);
          if (f.cost === undefined || !(f.views! > 0)) expect(f.cpm).toBeUndefined();
          else expect(f.cpm).toBeCloseTo((f.cost * 1000) / f.views!, 6);
          if (f.cost === undefined || !(f.cost > 0) || f.revenue === undefined) expect(f.roas).toBeUndefined();
          else expect(f.roas).toBeCloseTo(f.revenue / f.cost, 9);
        }
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
