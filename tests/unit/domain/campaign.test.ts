import { describe, it, expect } from "vitest";
import fc from "fast-check";
import {
  summarizeCampaign,
  optimizePortfolio,
  planMicroVsMacro,
  candidateValue,
  type Candidate,
} from "../../../lib/domain/campaign";

const cand = (id: string, price: number, eng: number, fit = 100, tier: Candidate["tier"] = "micro", followers = eng * 50): Candidate => ({
  id, tier, followers, expectedEngagements: eng, price, fit,
});

function bruteForce(cands: Candidate[], budget: number, minFit: number, cap: number | null, fitWeighted: boolean): number {
  const ok = cands.filter((c) => c.fit >= minFit && (cap === null || c.price <= cap));
  let best = 0;
  for (let mask = 0; mask < 1 << ok.length; mask++) {
    let w = 0;
    let v = 0;
    for (let i = 0; i < ok.length; i++)
      if (mask & (1 << i)) {
        w += ok[i]!.price;
        v += candidateValue(ok[i]!, fitWeighted);
      }
    if (w <= budget && v > best) best = v;
  }
  return best;
}

const candArb = (priceGen: fc.Arbitrary<number>) =>
  fc.record({
    price: priceGen,
    eng: fc.nat(5000),
    fit: fc.integer({ min: 0, max: 100 }),
    tier: fc.constantFrom("micro", "macro", "mid") as fc.Arbitrary<Candidate["tier"]>,
  });

describe("summarizeCampaign", () => {
  it("sums and divides", () => {
    const s = summarizeCampaign([cand("a", 300, 1000, 80, "micro", 20_000), cand("b", 200, 500, 80, "micro", 30_000)]);
    expect(s).toEqual({ creators: 2, reach: 50_000, expectedEngagements: 1500, cost: 500, cpe: 500 / 1500, cpm: 10 });
  });
  it("handles empty selections", () => {
    expect(summarizeCampaign([])).toEqual({ creators: 0, reach: 0, expectedEngagements: 0, cost: 0, cpe: null, cpm: null });
  });
});

describe("optimizePortfolio", () => {
  it("prefers several cheap creators over one expensive one when they deliver more", () => {
    const cands = [cand("macro", 1000, 3000, 100, "macro"), ...Array.from({ length: 10 }, (_, i) => cand(`m${i}`, 100, 400))];
    const r = optimizePortfolio({ budget: 1000, candidates: cands });
    expect(r.selected.map((c) => c.id).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `m${i}`).sort());
    expect(r.objective).toBe(4000);
    expect(r.exact).toBe(true);
    expect(r.summary.cost).toBe(1000);
  });

  it("is not fooled by the greedy ratio order", () => {
    // greedy by ratio takes a (ratio 2) then cannot fit b or c; optimum is b + c
    const cands = [cand("a", 6, 12), cand("b", 5, 9), cand("c", 5, 9)];
    const r = optimizePortfolio({ budget: 10, candidates: cands, fitWeighted: false });
    expect(r.objective).toBe(18);
    expect(r.selected.map((c) => c.id).sort()).toEqual(["b", "c"]);
  });

  it("applies minFit, the price cap and fit weighting", () => {
    const cands = [cand("lowfit", 100, 10_000, 10), cand("pricey", 900, 9000, 100), cand("ok", 100, 1000, 50)];
    const r = optimizePortfolio({ budget: 1000, candidates: cands, minFit: 20, maxPricePerCreator: 500 });
    expect(r.selected.map((c) => c.id)).toEqual(["ok"]);
    expect(r.objective).toBe(500);
    const unweighted = optimizePortfolio({ budget: 1000, candidates: cands, fitWeighted: false });
    expect(unweighted.objective).toBe(19_000);
  });

  it("takes free creators and handles an empty or zero budget", () => {
    expect(optimizePortfolio({ budget: 0, candidates: [cand("free", 0, 10), cand("x", 5, 10)] }).selected.map((c) => c.id)).toEqual(["free"]);
    expect(optimizePortfolio({ budget: 100, candidates: [] })).toMatchObject({ selected: [], objective: 0, exact: true });
  });

  it("matches brute force on small random instances with integer prices (property)", () => {
    fc.assert(
      fc.property(
        fc.array(candArb(fc.integer({ min: 0, max: 2000 })), { maxLength: 12 }),
        fc.integer({ min: 0, max: 8000 }),
        fc.integer({ min: 0, max: 80 }),
        fc.option(fc.integer({ min: 0, max: 2000 }), { nil: null }),
        fc.boolean(),
        (raw, budget, minFit, cap, fitWeighted) => {
          const cands = raw.map((r, i) => cand(`c${i}`, r.price, r.eng, r.fit, r.tier));
          const res = optimizePortfolio({ budget, candidates: cands, minFit, maxPricePerCreator: cap, fitWeighted });
          const expected = bruteForce(cands, budget, minFit, cap, fitWeighted);
          expect(res.exact).toBe(true);
          expect(res.objective).toBeCloseTo(expected, 6);
          expect(res.summary.cost).toBeLessThanOrEqual(budget);
          expect(new Set(res.selected.map((c) => c.id)).size).toBe(res.selected.length);
          for (const c of res.selected) {
            expect(c.fit).toBeGreaterThanOrEqual(minFit);
            if (cap !== null) expect(c.price).toBeLessThanOrEqual(cap);
          }
          const recomputed = res.selected.reduce((s, c) => s + candidateValue(c, fitWeighted), 0);
          expect(res.objective).toBeCloseTo(recomputed, 6);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("matches brute force with fractional prices via branch-and-bound (property)", () => {
    fc.assert(
      fc.property(
        fc.array(candArb(fc.double({ min: 0.5, max: 2000, noNaN: true })), { maxLength: 12 }),
        fc.double({ min: 0, max: 8000, noNaN: true }),
        (raw, budget) => {
          const cands = raw.map((r, i) => cand(`c${i}`, r.price, r.eng, r.fit, r.tier));
          const res = optimizePortfolio({ budget, candidates: cands });
          expect(res.exact).toBe(true);
          expect(res.objective).toBeCloseTo(bruteForce(cands, budget, 0, null, true), 6);
          expect(res.summary.cost).toBeLessThanOrEqual(budget * (1 + 1e-9));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("matches brute force on hard strongly-correlated instances (value = price + const)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 4000 }), (prices, budget) => {
        const cands = prices.map((p, i) => cand(`c${i}`, p, p + 100));
        const res = optimizePortfolio({ budget, candidates: cands, fitWeighted: false });
        expect(res.objective).toBe(bruteForce(cands, budget, 0, null, false));
      }),
      { numRuns: 300 },
    );
  });

  it("reports exact = false with a valid upper bound when the node limit is hit", () => {
    // fractional prices force branch-and-bound; a node limit of 1 stops it immediately
    const cands = Array.from({ length: 30 }, (_, i) => cand(`c${i}`, 100.5 + i * 3.3, 1000 + i * 37));
    const r = optimizePortfolio({ budget: 1000.25, candidates: cands, nodeLimit: 1 });
    expect(r.method).toBe("branch_and_bound");
    expect(r.exact).toBe(false);
    expect(r.upperBound).toBeGreaterThanOrEqual(r.objective);
    expect(r.summary.cost).toBeLessThanOrEqual(1000.25);
    const full = optimizePortfolio({ budget: 1000.25, candidates: cands });
    expect(full.exact).toBe(true);
    expect(full.objective).toBeGreaterThanOrEqual(r.objective);
    expect(full.objective).toBeLessThanOrEqual(r.upperBound + 1e-6);
  });

  // How fast is `npm run bench:optimizer`'s figure: a wall-clock limit here failed on a busy machine
  // and passed a slow solver on a fast one, so this checks the answer only.
  it("solves 5,000 candidates exactly", () => {
    let s = 42;
    const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
    const cands = Array.from({ length: 5000 }, (_, i) => {
      const followers = Math.round(1000 * Math.exp(rnd() * 7));
      const eng = Math.round(followers * (0.005 + rnd() * 0.04));
      return cand(`c${i}`, Math.round(20 + followers * (0.005 + rnd() * 0.02)), eng, Math.round(rnd() * 100), "micro", followers);
    });
    const r = optimizePortfolio({ budget: 50_000, candidates: cands });
    expect(r.exact).toBe(true);
    expect(r.summary.cost).toBeLessThanOrEqual(50_000);
  });
});

describe("planMicroVsMacro", () => {
  it("compares all-micro, all-macro and mixed", () => {
    const cands = [
      cand("M1", 5000, 20_000, 90, "macro"),
      cand("M2", 8000, 25_000, 90, "macro"),
      ...Array.from({ length: 10 }, (_, i) => cand(`m${i}`, 500, 2500, 80, "micro")),
      cand("mid", 100, 100_000, 100, "mid"),
    ];
    const p = planMicroVsMacro({ budget: 6000, candidates: cands, minFit: 50 });
    expect(p.options.map((o) => o.tier)).toEqual(["micro", "macro"]);
    expect(p.options[0]!.selection).toHaveLength(10); // 10 x 500 = 5000 <= 6000, value 10 x 2000
    expect(p.options[0]!.objective).toBe(20_000);
    expect(p.options[1]!.selection.map((c) => c.id)).toEqual(["M1"]);
    expect(p.options[1]!.objective).toBe(18_000);
    expect(p.mixed.selection.some((c) => c.id === "mid")).toBe(false);
    expect(p.mixed.objective).toBeGreaterThanOrEqual(20_000);
    expect(p.mixed.byTier.micro! + p.mixed.byTier.macro!).toBe(p.mixed.selection.length);
    expect(["micro", "mixed"]).toContain(p.best);
  });
  it("mixed is never worse than either pure option (property)", () => {
    fc.assert(
      fc.property(fc.array(candArb(fc.integer({ min: 1, max: 3000 })), { maxLength: 10 }), fc.integer({ min: 0, max: 6000 }), (raw, budget) => {
        const cands = raw.map((r, i) => cand(`c${i}`, r.price, r.eng, r.fit, r.tier));
        const p = planMicroVsMacro({ budget, candidates: cands });
        for (const o of p.options) expect(p.mixed.objective).toBeGreaterThanOrEqual(o.objective - 1e-6);
      }),
    );
  });
});
