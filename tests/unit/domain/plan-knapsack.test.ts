import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { solveKnapsack, type KnapsackItem } from "@/lib/domain/plan";

/** The best objective by trying every subset (small pools only). */
function bruteForce(items: KnapsackItem[], budget: number, maxCount: number | null): number {
  let best = 0;
  for (let mask = 0; mask < 1 << items.length; mask++) {
    let w = 0;
    let v = 0;
    let n = 0;
    for (let i = 0; i < items.length; i++) {
      if (!(mask & (1 << i))) continue;
      w += items[i]!.cost;
      v += Math.max(0, items[i]!.value);
      n++;
    }
    if (w <= budget * (1 + 1e-12) && (maxCount === null || n <= maxCount) && v > best) best = v;
  }
  return best;
}

const item = (cost: fc.Arbitrary<number>) => fc.record({ value: fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.double({ min: 0, max: 5000, noNaN: true })), cost });
const limit = fc.option(fc.integer({ min: 0, max: 8 }), { nil: null });

function checkFeasible(items: KnapsackItem[], budget: number, maxCount: number | null, r: ReturnType<typeof solveKnapsack>) {
  const cost = r.chosen.reduce((s, i) => s + items[i]!.cost, 0);
  expect(cost).toBeLessThanOrEqual(budget * (1 + 1e-9) + 1e-9);
  if (maxCount !== null) expect(r.chosen.length).toBeLessThanOrEqual(maxCount);
  expect(new Set(r.chosen).size).toBe(r.chosen.length);
  expect(r.upperBound).toBeGreaterThanOrEqual(r.objective - 1e-6);
}

describe("solveKnapsack", () => {
  it("with a creator limit, takes the best few rather than the most efficient many", () => {
    // Ten cheap items worth 100 each, one pricey item worth 600; budget fits everything but the limit is 2.
    const items = [...Array.from({ length: 10 }, () => ({ value: 100, cost: 10 })), { value: 600, cost: 500 }];
    const r = solveKnapsack(items, 1000, 2);
    expect(r.objective).toBe(700);
    expect(r.chosen).toContain(10);
    expect(r.exact).toBe(true);
    expect(solveKnapsack(items, 1000, null).objective).toBe(1600);
  });

  it("returns nothing for a zero limit, an empty pool or a budget below every cost", () => {
    expect(solveKnapsack([{ value: 5, cost: 1 }], 10, 0).chosen).toEqual([]);
    expect(solveKnapsack([], 10, null)).toMatchObject({ chosen: [], objective: 0, exact: true });
    expect(solveKnapsack([{ value: 5, cost: 11 }], 10, 3).chosen).toEqual([]);
  });

  it("matches brute force on small pools, with and without a limit, whole-dollar prices (property)", () => {
    fc.assert(
      fc.property(fc.array(item(fc.integer({ min: 0, max: 2000 })), { maxLength: 12 }), fc.integer({ min: 0, max: 6000 }), limit, (items, budget, maxCount) => {
        const r = solveKnapsack(items, budget, maxCount);
        checkFeasible(items, budget, maxCount, r);
        expect(r.exact).toBe(true);
        expect(r.objective).toBeCloseTo(bruteForce(items, budget, maxCount), 6);
      }),
      { numRuns: 400 },
    );
  });

  it("matches brute force with prices in cents and strongly correlated values (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 100, max: 200_000 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 600_000 }),
        limit,
        fc.boolean(),
        (cents, budgetCents, maxCount, correlated) => {
          const items = cents.map((c, i) => ({ cost: c / 100, value: correlated ? c / 100 + 50 : ((i * 7919) % 1000) + 1 }));
          const budget = budgetCents / 100;
          const r = solveKnapsack(items, budget, maxCount);
          checkFeasible(items, budget, maxCount, r);
          expect(r.exact).toBe(true);
          expect(r.objective).toBeCloseTo(bruteForce(items, budget, maxCount), 6);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("stays within budget and limit and reports an honest bound when the node limit stops it (property)", () => {
    fc.assert(
      fc.property(fc.array(item(fc.double({ min: 1, max: 3000, noNaN: true })), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 20_000 }), fc.integer({ min: 1, max: 6 }), (items, budget, maxCount) => {
        const r = solveKnapsack(items, budget, maxCount, 5);
        checkFeasible(items, budget, maxCount, r);
        const full = solveKnapsack(items, budget, maxCount);
        expect(full.objective).toBeGreaterThanOrEqual(r.objective - 1e-6);
        expect(full.objective).toBeLessThanOrEqual(r.upperBound * (1 + 1e-9) + 1e-6);
      }),
      { numRuns: 200 },
    );
  });
});
