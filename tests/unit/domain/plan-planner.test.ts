import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildPlan, exclusionNotes, planCost, preparePool, PLAN_GOALS, type PlanCreator, type PlanLimits } from "@/lib/domain/plan";
import { PLATFORMS, TIERS } from "@/lib/domain/types";

const NO_LIMITS: PlanLimits = { maxCreators: null, minAuthenticity: null, platforms: null };

const creator = (over: Partial<PlanCreator> & { id: string }): PlanCreator => ({
  handle: over.id,
  displayName: null,
  platform: "instagram",
  tier: "micro",
  followers: 20_000,
  expectedEngagements: 400,
  authenticityScore: 80,
  fit: null,
  priceLow: 100,
  priceHigh: 500,
  priceCurrency: "USD",
  priceSource: "estimate",
  agreedPrice: null,
  ...over,
});

const creatorArb = fc.record({
  tier: fc.constantFrom(...TIERS),
  platform: fc.constantFrom(...PLATFORMS),
  followers: fc.integer({ min: 0, max: 3_000_000 }),
  expectedEngagements: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: null }),
  authenticityScore: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  fit: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  priceLow: fc.option(fc.integer({ min: 0, max: 30_000 }), { nil: null }),
  spread: fc.integer({ min: 0, max: 20_000 }),
  priceCurrency: fc.constantFrom("USD", "USD", "USD", "EUR"),
  agreedPrice: fc.option(fc.integer({ min: 0, max: 30_000 }), { nil: null, freq: 4 }),
});
const poolArb = fc.array(creatorArb, { maxLength: 14 }).map((rows) =>
  rows.map((r, i) => creator({ ...r, id: `c${i}`, priceHigh: r.priceLow === null ? null : r.priceLow + r.spread })),
);
const limitsArb = fc.record({
  maxCreators: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
  minAuthenticity: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  platforms: fc.option(fc.subarray([...PLATFORMS], { minLength: 1 }), { nil: null }),
});

describe("planCost", () => {
  it("an agreed price replaces the estimate; one known end serves as both; no price or another currency cannot be planned", () => {
    expect(planCost(creator({ id: "a", agreedPrice: 250 }))).toEqual({ low: 250, mid: 250, high: 250, agreed: true });
    expect(planCost(creator({ id: "b" }))).toEqual({ low: 100, mid: 300, high: 500, agreed: false });
    expect(planCost(creator({ id: "c", priceLow: null, priceHigh: 800 }))).toEqual({ low: 800, mid: 800, high: 800, agreed: false });
    expect(planCost(creator({ id: "d", priceLow: null, priceHigh: null }))).toBe("none");
    expect(planCost(creator({ id: "e", priceCurrency: "EUR" }))).toBe("currency");
  });
});

describe("preparePool", () => {
  it("counts every creator it leaves out, by reason, and keeps the rest", () => {
    const pool = [
      creator({ id: "ok" }),
      creator({ id: "noPrice", priceLow: null, priceHigh: null }),
      creator({ id: "eur", priceCurrency: "EUR" }),
      creator({ id: "yt", platform: "youtube" }),
      creator({ id: "fake", authenticityScore: 20 }),
      creator({ id: "unknownAuth", authenticityScore: null }),
      creator({ id: "noEng", expectedEngagements: null }),
      creator({ id: "clientNo", rejectedBy: "client" }),
      creator({ id: "clientNo2", rejectedBy: "client", priceLow: null, priceHigh: null }),
      creator({ id: "teamNo", rejectedBy: "team" }),
      creator({ id: "nobody", rejectedBy: null }),
    ];
    const r = preparePool(pool, "engagements", { maxCreators: null, minAuthenticity: 50, platforms: ["instagram"] });
    expect(r.creators.map((c) => c.id)).toEqual(["ok", "nobody"]);
    expect(r.excluded).toEqual({ clientRejected: 2, teamRejected: 1, noPrice: 1, otherCurrency: 1, platform: 1, lowAuthenticity: 1, unknownAuthenticity: 1, noEngagementData: 1 });
    const notes = exclusionNotes(r.excluded, "engagements", 50);
    expect(notes[0]).toBe("2 creators in the pool were rejected by the client through a share link and were left out.");
    expect(notes[1]).toBe("1 creator in the pool was marked rejected on the list and was left out.");
    expect(notes[2]).toBe("1 creator in the pool has no price and were left out.");
  });

  it("missing engagements are neither 0 nor perfect: the reach goal keeps the creator, the engagement goals leave them out", () => {
    const pool = [creator({ id: "noEng", expectedEngagements: null, followers: 40_000 })];
    expect(preparePool(pool, "reach", NO_LIMITS).creators[0]!.value).toBe(40_000);
    expect(preparePool(pool, "engagements", NO_LIMITS).excluded.noEngagementData).toBe(1);
    expect(preparePool(pool, "balance", NO_LIMITS).excluded.noEngagementData).toBe(1);
  });

  it("values: reach = followers, engagements = engagements, each times fit / 100; balance weighs both against the pool's means", () => {
    const a = creator({ id: "a", followers: 30_000, expectedEngagements: 100, fit: 50 });
    const b = creator({ id: "b", followers: 10_000, expectedEngagements: 300, fit: null });
    expect(preparePool([a], "reach", NO_LIMITS).creators[0]!.value).toBe(15_000);
    expect(preparePool([a], "engagements", NO_LIMITS).creators[0]!.value).toBe(50);
    const balance = preparePool([a, b], "balance", NO_LIMITS).creators;
    // means: 20,000 followers and 200 engagements
    expect(balance[0]!.value).toBeCloseTo(0.5 * (0.5 * 1.5 + 0.5 * 0.5), 12);
    expect(balance[1]!.value).toBeCloseTo(0.5 * 0.5 + 0.5 * 1.5, 12);
  });
});

describe("buildPlan", () => {
  it("ten micros or one macro: each option holds its tiers and says why it is empty", () => {
    const pool = [
      creator({ id: "macro", tier: "macro", followers: 800_000, expectedEngagements: 8_000, priceLow: 5_000, priceHigh: 10_000 }),
      ...Array.from({ length: 12 }, (_, i) => creator({ id: `m${i}`, followers: 25_000, expectedEngagements: 600 + i, priceLow: 200, priceHigh: 400 })),
    ];
    const tight = buildPlan(pool, { budget: 5_000, goal: "engagements", limits: NO_LIMITS });
    const [micro, macro, mixed] = tight.options;
    expect(micro!.creators).toHaveLength(12); // all twelve cost 12 x $300 = $3,600
    expect(micro!.summary.costMid).toBe(3_600);
    expect(macro!.creators).toHaveLength(0);
    expect(macro!.emptyReason).toBe("No macro or mega creator fits the budget of $5,000: the cheapest costs $7,500.");
    expect(mixed!.objective).toBeGreaterThanOrEqual(micro!.objective);
    expect(tight.best).toBe("micro");

    const roomy = buildPlan(pool, { budget: 8_000, goal: "reach", limits: { ...NO_LIMITS, maxCreators: 3 } });
    expect(roomy.options[1]!.creators.map((c) => c.id)).toEqual(["macro"]);
    expect(roomy.options[0]!.creators).toHaveLength(3);
    expect(roomy.best).toBe("mixed");
    // $7,500 macro + one $300 micro: the $500 left buys no second micro
    expect(roomy.options[2]!.summary.reach).toBe(800_000 + 25_000);
  });

  it("says how much budget is left and why: the pool ran out, the creator limit, or the next creator costs more", () => {
    const pool = [
      creator({ id: "a", followers: 20_000, priceLow: 200, priceHigh: 400 }),
      creator({ id: "b", followers: 30_000, priceLow: 300, priceHigh: 500 }),
      creator({ id: "mega", tier: "mega", followers: 5_000_000, priceLow: 20_000, priceHigh: 60_000 }),
    ];
    // $5M: every creator is taken for $300 + $400 + $40,000, the rest is left and the page says why.
    const rich = buildPlan(pool, { budget: 5_000_000, goal: "reach", limits: NO_LIMITS });
    const mixed = rich.options[2]!;
    expect(mixed.creators).toHaveLength(3);
    expect(mixed.unspent).toEqual({
      amount: 5_000_000 - 40_700,
      reason: "pool_exhausted",
      text: "$4,959,300 of the $5,000,000 budget is left unspent: all 3 plannable creators in the pool are in this option, so the pool ran out before the budget did. Widen the filters or add creators to spend more.",
    });
    expect(rich.options[0]!.unspent?.text).toMatch(/^\$4,999,300 of the \$5,000,000 budget is left unspent: all 2 plannable micro creators in the pool are in this option/);
    expect(rich.options[1]!.unspent?.text).toMatch(/the only plannable macro or mega creator in the pool is in this option/);

    const limited = buildPlan(pool, { budget: 1_000, goal: "reach", limits: { ...NO_LIMITS, maxCreators: 1 } });
    expect(limited.options[0]!.unspent).toMatchObject({ amount: 600, reason: "creator_limit" });

    const tight = buildPlan(pool, { budget: 700, goal: "reach", limits: NO_LIMITS });
    // b ($400) is worth more reach than a ($300): $300 left, and a costs $300, so both fit: nothing left.
    expect(tight.options[0]!.unspent).toBeNull();
    const short = buildPlan(pool, { budget: 600, goal: "reach", limits: NO_LIMITS });
    expect(short.options[0]!.unspent).toEqual({ amount: 200, reason: "next_too_expensive", text: "$200 of the $600 budget is left unspent: the cheapest creator not chosen costs $300." });
    // An empty option has nothing to spend.
    expect(short.options[1]!.unspent).toBeNull();
  });

  it("sums totals, CPE over the creators with engagement data, and averages that exclude unknowns", () => {
    const pool = [
      creator({ id: "a", followers: 20_000, expectedEngagements: 500, authenticityScore: 90, agreedPrice: 200 }),
      creator({ id: "b", followers: 30_000, expectedEngagements: null, authenticityScore: null }),
    ];
    const plan = buildPlan(pool, { budget: 1_000, goal: "reach", limits: NO_LIMITS });
    const s = plan.options[0]!.summary;
    expect(s).toMatchObject({ creators: 2, reach: 50_000, engagements: 500, engagementsUnknown: 1, costLow: 300, costMid: 500, costHigh: 700, agreedPrices: 1 });
    expect(s.cpe).toBeCloseTo(200 / 500, 12);
    expect(s.cpm).toBeCloseTo((500 * 1000) / 50_000, 12);
    expect(s.avgAuthenticity).toBe(90);
    expect(s.authenticityUnknown).toBe(1);
    expect(s.avgFit).toBeNull();
  });

  it("never over budget or the creator limit; respects authenticity, platforms and tiers; leaves out creators with no price (property)", () => {
    fc.assert(
      fc.property(poolArb, fc.integer({ min: 1, max: 60_000 }), fc.constantFrom(...PLAN_GOALS), limitsArb, (pool, budget, goal, limits) => {
        const plan = buildPlan(pool, { budget, goal, limits });
        for (const o of plan.options) {
          expect(o.summary.costMid).toBeLessThanOrEqual(budget + 1e-6);
          if (limits.maxCreators !== null) expect(o.creators.length).toBeLessThanOrEqual(limits.maxCreators);
          for (const c of o.creators) {
            expect(planCost(c)).toEqual(c.cost);
            expect(c.cost.agreed || c.priceCurrency === "USD").toBe(true);
            if (limits.minAuthenticity !== null) expect(c.authenticityScore).toBeGreaterThanOrEqual(limits.minAuthenticity);
            if (limits.platforms) expect(limits.platforms).toContain(c.platform);
            if (goal !== "reach") expect(c.expectedEngagements).not.toBeNull();
            if (o.kind === "macro") expect(["macro", "mega"]).toContain(c.tier);
            if (o.kind === "micro") expect(c.tier).toBe("micro");
          }
          expect(o.exact).toBe(true);
          expect(o.creators.length === 0).toBe(o.emptyReason !== null);
        }
        const mixed = plan.options[2]!;
        for (const o of plan.options) expect(mixed.objective).toBeGreaterThanOrEqual(o.objective - 1e-6);
        const priced = pool.filter((c) => planCost(c) !== "none").length;
        expect(plan.excluded.noPrice).toBe(pool.length - priced);
      }),
      { numRuns: 300 },
    );
  });
});
