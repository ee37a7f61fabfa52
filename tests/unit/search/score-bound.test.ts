import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS, overallScore, type ScoreWeights } from "@/lib/domain/score";
import { FIT_LEVELS, fitShareOfScore, minBaseScoreFor, scoreReach } from "@/lib/search/score-bound";

let seed = 11;
const r = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

describe("fitShareOfScore", () => {
  it("is fit's weight when engagement, authenticity and cost keep the default proportions", () => {
    expect(fitShareOfScore(DEFAULT_WEIGHTS)).toBeCloseTo(0.3, 12);
    // Any scale, any fit weight: 7:4:3 is 0.35:0.2:0.15.
    expect(fitShareOfScore({ engagement: 7, fit: 12, authenticity: 4, cost: 3 })).toBeCloseTo(12 / 26, 12);
  });
  it("is null for other proportions, no fit weight, or fit alone", () => {
    expect(fitShareOfScore({ engagement: 50, fit: 30, authenticity: 50, cost: 0 })).toBeNull();
    expect(fitShareOfScore({ engagement: 0.35, fit: 0, authenticity: 0.2, cost: 0.15 })).toBeNull();
    expect(fitShareOfScore({ engagement: 0, fit: 1, authenticity: 0, cost: 0 })).toBeNull();
  });
});

describe("minBaseScoreFor and scoreReach hold every creator that can reach the score", () => {
  it("more fit levels raise the high-base bound", () => {
    const bounds = FIT_LEVELS.map((_, i) => scoreReach(90, 0.3, i + 1).highBaseMinBase);
    expect(bounds).toEqual([...bounds].sort((x, y) => x - y));
    expect(bounds[0]).toBeLessThan(bounds[3]!);
    // Bands no base can reach are dropped: at 90, a fit below 60 cannot make it.
    expect(scoreReach(90, 0.3, FIT_LEVELS.length).bands.map((b) => b.minFit)).toEqual([95, 90, 85, 80, 70, 60]);
  });

  // The cost prior is per creator (costPriorScore): any value 0-100 may come with a missing cost.
  const base = (e: number | null, a: number | null, c: number | null, prior: number) =>
    overallScore({ engagement: e, fit: null, authenticity: a, cost: c }, DEFAULT_WEIGHTS, { cost: prior }).score;
  const maybe = (p: number, v: () => number) => (r() < p ? null : v());

  it.each([
    ["default weights", DEFAULT_WEIGHTS],
    ["fit weighs more", { engagement: 3.5, fit: 6, authenticity: 2, cost: 1.5 }],
    ["fit weighs little", { engagement: 0.35, fit: 0.05, authenticity: 0.2, cost: 0.15 }],
  ] as const)("%s: 50,000 random creators with random missing parts, none left out", (_name, weights: ScoreWeights) => {
    const wFit = fitShareOfScore(weights)!;
    let checked = 0;
    let incomplete = 0;
    for (let i = 0; i < 50_000; i++) {
      // Components on whole and fractional values, some missing, some out of range (clamped).
      const e = maybe(0.2, () => (r() < 0.05 ? 120 : r() * 100));
      const a = maybe(0.1, () => Math.round(r() * 100));
      const c = maybe(0.25, () => r() * 100);
      const prior = r() * 100;
      const fit = Math.round(r() * 100);
      const s = overallScore({ engagement: e, fit, authenticity: a, cost: c }, weights, { cost: prior }).score;
      const b = base(e, a, c, prior);
      if (e === null || a === null || c === null) incomplete++;
      // The creator can reach every score up to its own; check a few of them.
      for (const minScore of [s, Math.round((s - 0.1) * 10) / 10, s - 7]) {
        const reach = scoreReach(minScore, wFit, 1 + (i % FIT_LEVELS.length));
        const inBand = reach.bands.some((band) => fit >= band.minFit && b >= band.minBase);
        const inHighBase = b >= reach.highBaseMinBase;
        if (!(inBand || inHighBase)) throw new Error(`left out: ${JSON.stringify({ e, a, c, prior, fit, s, b, minScore, reach })}`);
        expect(b).toBeGreaterThanOrEqual(minBaseScoreFor(minScore, fit, wFit));
        checked++;
      }
    }
    expect(checked).toBe(150_000);
    expect(incomplete).toBeGreaterThan(10_000);
  }, 60_000); // 150,000 scored creators: seconds on a busy machine

  it("is tight: a creator at the bound with the best fit allowed does reach the score (to within 0.1)", () => {
    let reachable = 0;
    for (const minScore of [40, 63.3, 88, 97.5]) {
      for (const maxFit of [100, 94, 60]) {
        const b = minBaseScoreFor(minScore, maxFit, 0.3);
        if (b > 100) continue; // unreachable with that fit: no base is high enough
        // Base exactly b: all three components equal b.
        const s = overallScore({ engagement: b, fit: maxFit, authenticity: b, cost: b }).score;
        expect(s).toBeGreaterThanOrEqual(minScore - 0.1 - 1e-9);
        reachable++;
      }
    }
    expect(reachable).toBeGreaterThan(8);
  });
});
