import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { overallScore, normalizeWeights, DEFAULT_WEIGHTS } from "../../../lib/domain/score";

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
  it("computes the weighted mean", () => {
    const r = overallScore({ engagement: 80, fit: 60, authenticity: 100, cost: 40 });
    expect(r.score).toBe(Math.round(0.35 * 80 + 0.3 * 60 + 0.2 * 100 + 0.15 * 40));
    expect(r.score).toBe(72);
    expect(r.breakdown.map((b) => b.key)).toEqual(["engagement", "fit", "authenticity", "cost"]);
    expect(r.formula).toBe("0.35 × engagement 80 + 0.30 × fit 60 + 0.20 × authenticity 100 + 0.15 × cost 40 = 72");
  });
  it("drops missing parts and renormalises, saying so", () => {
    const r = overallScore({ engagement: 80, fit: null, authenticity: 100, cost: 40 });
    expect(r.score).toBe(Math.round((0.35 * 80 + 0.2 * 100 + 0.15 * 40) / 0.7));
    expect(r.breakdown.find((b) => b.key === "fit")).toEqual({ key: "fit", value: null, weight: 0, contribution: 0 });
    expect(r.formula).toMatch(/fit missing; remaining weights renormalised/);
  });
  it("returns 0 with an explanation when nothing is known", () => {
    const r = overallScore({ engagement: null, fit: null, authenticity: null, cost: null });
    expect(r.score).toBe(0);
    expect(r.formula).toMatch(/no component/);
  });
  it("respects custom weights and clamps values", () => {
    expect(overallScore({ engagement: 150, fit: 0, authenticity: 0, cost: 0 }, { engagement: 1, fit: 0, authenticity: 0, cost: 0 }).score).toBe(100);
  });
  it("lies between the min and max present component (property)", () => {
    const part = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null });
    const w = fc.double({ min: 0, max: 10, noNaN: true });
    fc.assert(
      fc.property(part, part, part, part, w, w, w, w, (e, f, a, c, we, wf, wa, wc) => {
        const r = overallScore({ engagement: e, fit: f, authenticity: a, cost: c }, { engagement: we, fit: wf, authenticity: wa, cost: wc });
        const weights = r.breakdown.reduce((s, b) => s + b.weight, 0);
        const vals = r.breakdown.filter((b) => b.weight > 0).map((b) => b.value!);
        if (vals.length === 0) return;
        expect(weights).toBeCloseTo(1, 9);
        expect(r.score).toBeGreaterThanOrEqual(Math.floor(Math.min(...vals)));
        expect(r.score).toBeLessThanOrEqual(Math.ceil(Math.max(...vals)));
      }),
    );
  });
});
