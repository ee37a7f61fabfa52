import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { costPriorScore } from "../../../lib/domain/cost";
import { creatorScore, overallScore, normalizeWeights, scoreConfidenceText, DEFAULT_WEIGHTS, SCORE_PRIORS } from "../../../lib/domain/score";

describe("normalizeWeights", () => {
  it("scales to 1 and clamps negatives", () => {
    expect(normalizeWeights({ engagement: 2, fit: 1, authenticity: 1, cost: -5 })).toEqual({ engagement: 0.5, fit: 0.25, authenticity: 0.25, cost: 0 });
    expect(normalizeWeights({ engagement: 0, fit: 0, authenticity: 0, cost: 0 })).toEqual(DEFAULT_WEIGHTS);
    expect(normalizeWeights({ engagement: Number.NaN })).toEqual(DEFAULT_WEIGHTS);
  });
  it("defaults sum to 1", () => {
    const w = DEFAULT_WEIGHTS;
    expect(w.engagement + w.fit + w.authenticity + w.cost).toBeCloseTo(1, 12);
  });
});

describe("overallScore", () => {
  it("computes the weighted mean, to one decimal, fully backed by data", () => {
    const r = overallScore({ engagement: 80, fit: 60, authenticity: 100, cost: 40 });
    expect(r.score).toBe(72);
    expect(r).toMatchObject({ confidence: 100, missing: [] });
    expect(r.breakdown.map((b) => b.key)).toEqual(["engagement", "fit", "authenticity", "cost"]);
    expect(r.formula).toBe("0.35 × engagement 80 + 0.30 × fit 60 + 0.20 × authenticity 100 + 0.15 × cost 40 = 72");
    expect(overallScore({ engagement: 80.4, fit: 61, authenticity: 100, cost: 40 }).score).toBe(72.4);
  });

  it("without a brief leaves fit out and renormalises the rest, which is no missing data", () => {
    const r = overallScore({ engagement: 80, fit: null, authenticity: 100, cost: 40 });
    expect(r.score).toBe(Math.round(((0.35 * 80 + 0.2 * 100 + 0.15 * 40) / 0.7) * 10) / 10);
    expect(r.breakdown.find((b) => b.key === "fit")).toEqual({ key: "fit", value: null, prior: null, weight: 0, contribution: 0 });
    expect(r).toMatchObject({ confidence: 100, missing: [] });
    expect(r.formula).toMatch(/no brief: fit left out/);
  });

  it("counts a missing component at its prior and says so: confidence is the share of weight backed by data", () => {
    // No engagement (prior 50) and no cost (this creator's prior 30): 0.5 * 50 + 0.2857 * 100 + 0.2143 * 30.
    const r = overallScore({ engagement: null, fit: null, authenticity: 100, cost: null }, DEFAULT_WEIGHTS, { cost: 30 });
    expect(r.score).toBe(Math.round(((0.35 * 50 + 0.2 * 100 + 0.15 * 30) / 0.7) * 10) / 10);
    expect(r.missing).toEqual(["engagement", "cost"]);
    expect(r.confidence).toBe(Math.round((100 * 0.2) / 0.7));
    expect(r.breakdown.find((b) => b.key === "engagement")).toMatchObject({ value: null, prior: SCORE_PRIORS.engagement });
    expect(r.formula).toMatch(/engagement, cost unknown, counted at the prior/);
  });

  it("never gives a perfect score without engagement or authenticity data (property)", () => {
    const v = fc.double({ min: 0, max: 100, noNaN: true });
    fc.assert(
      fc.property(v, v, v, v, fc.boolean(), fc.constantFrom("engagement", "authenticity") as fc.Arbitrary<"engagement" | "authenticity">, (e, f, a, prior, brief, gone) => {
        const parts = { engagement: e, fit: brief ? f : null, authenticity: a, cost: 100, [gone]: null };
        const r = overallScore(parts, DEFAULT_WEIGHTS, { cost: prior });
        expect(r.score).toBeLessThan(100);
        expect(r.missing).toContain(gone);
        expect(r.confidence).toBeLessThan(100);
      }),
    );
  });

  it("scores 0 when no component carries weight", () => {
    const r = overallScore({ engagement: 90, fit: null, authenticity: 90, cost: 90 }, { engagement: 0, fit: 1, authenticity: 0, cost: 0 });
    expect(r).toMatchObject({ score: 0, confidence: 0, missing: [] });
    expect(r.formula).toMatch(/no component/);
  });

  it("with nothing known scores the priors, at confidence 0", () => {
    const r = overallScore({ engagement: null, fit: null, authenticity: null, cost: null }, DEFAULT_WEIGHTS, { cost: 50 });
    expect(r).toMatchObject({ score: 50, confidence: 0, missing: ["engagement", "authenticity", "cost"] });
  });

  it("respects custom weights and clamps values", () => {
    expect(overallScore({ engagement: 150, fit: 0, authenticity: 0, cost: 0 }, { engagement: 1, fit: 0, authenticity: 0, cost: 0 }).score).toBe(100);
    // A component without weight is neither counted nor reported missing.
    expect(overallScore({ engagement: 70, fit: null, authenticity: null, cost: 10 }, { engagement: 1, fit: 0, authenticity: 0, cost: 1 }).missing).toEqual([]);
  });

  it("lies between the min and max of the values and priors it counts; weights sum to 1 (property)", () => {
    const part = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null });
    const w = fc.double({ min: 0, max: 10, noNaN: true });
    fc.assert(
      fc.property(part, part, part, part, w, w, w, w, fc.double({ min: 0, max: 100, noNaN: true }), (e, f, a, c, we, wf, wa, wc, prior) => {
        const r = overallScore({ engagement: e, fit: f, authenticity: a, cost: c }, { engagement: we, fit: wf, authenticity: wa, cost: wc }, { cost: prior });
        const counted = r.breakdown.filter((b) => b.weight > 0);
        if (counted.length === 0) return;
        expect(counted.reduce((s, b) => s + b.weight, 0)).toBeCloseTo(1, 9);
        const vals = counted.map((b) => b.value ?? b.prior!);
        expect(r.score).toBeGreaterThanOrEqual(Math.floor(Math.min(...vals)));
        expect(r.score).toBeLessThanOrEqual(Math.ceil(Math.max(...vals)));
        expect(r.confidence).toBe(Math.round((100 * counted.filter((b) => b.value !== null).reduce((s, b) => s + b.weight, 0))));
      }),
    );
  });
});

describe("creatorScore", () => {
  const creator = { platform: "instagram", tier: "micro", followers: 20_000, priceLow: 100, priceHigh: 500, engagementScore: null, authenticityScore: 100, costScore: null } as const;
  it("uses the creator's cost prior: the cost score at the engagement typical of its size", () => {
    const r = creatorScore(creator, null);
    const prior = costPriorScore("instagram", "micro", 20_000, { low: 100, high: 500 });
    expect(r.breakdown.find((b) => b.key === "cost")!.prior).toBe(prior);
    // The typical rate at 20,000 followers: on the log-log line from the nano band's middle (2.835%) at
    // 3,162 followers (√(1K × 10K)) to the micro band's middle (0.975%) at 22,361 (√(10K × 50K)).
    const rate = 0.02835 * Math.pow(20_000 / Math.sqrt(1e7), Math.log(0.975 / 2.835) / Math.log(Math.sqrt(5e8) / Math.sqrt(1e7)));
    expect(rate).toBeGreaterThan(0.00975);
    // $300 / (rate × 20,000 ≈ 203 engagements) ≈ $1.48 per engagement.
    expect(prior).toBeCloseTo((100 * (Math.log(5) - Math.log(300 / (rate * 20_000)))) / Math.log(100), 9);
  });
  it("ranks a bigger account of the same tier and price higher when both lack engagement data", () => {
    expect(creatorScore({ ...creator, followers: 45_000 }, null).score).toBeGreaterThan(creatorScore(creator, null).score);
  });
});

describe("scoreConfidenceText", () => {
  it("names what is missing and what it counted as", () => {
    expect(scoreConfidenceText({ confidence: 29, missing: ["engagement", "cost"] })).toBe(
      "Confidence 29%: 29% of the score's weight rests on this creator's data. No engagement data: counted at 50, its tier's typical engagement. No engagement to price: cost counted at the engagement typical of its size.",
    );
    expect(scoreConfidenceText({ confidence: 100, missing: [] })).toMatch(/every component/);
  });
});
