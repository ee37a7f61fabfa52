// Benchmark of the planner's optimiser without a creator limit (solveKnapsack, lib/domain/plan) on
// 5,000 deterministic candidates.
// Run: npx tsx tests/bench/optimizer.ts
import { solveKnapsack, type KnapsackItem } from "../../lib/domain/plan";
import { createRng } from "../../prisma/seed/random";

/** The seed's PRNG (mulberry32): the same sequence for the same seed on every machine. */
const mulberry32 = (seed: number): (() => number) => createRng(seed).next;

function makeCandidates(n: number, seed: number, integerPrices: boolean): KnapsackItem[] {
  const rnd = mulberry32(seed);
  return Array.from({ length: n }, () => {
    const followers = Math.round(1000 * Math.exp(rnd() * Math.log(2000))); // 1k .. 2M, log-uniform
    const rate = 0.004 + rnd() * 0.04;
    const expectedEngagements = Math.round(followers * rate);
    const rawPrice = 10 + followers * (0.004 + rnd() * 0.012); // roughly $4-16 CPM plus a floor
    const price = integerPrices ? Math.round(rawPrice) : Math.round(rawPrice * 100) / 100;
    const fit = Math.round(rnd() * 100);
    return { value: (expectedEngagements * fit) / 100, cost: price };
  });
}

const RUNS = 20;
const rows: string[] = [];
for (const integerPrices of [true, false]) {
  const cands = makeCandidates(5000, 20250101, integerPrices);
  for (const budget of [1_000, 10_000, 50_000, 250_000, 1_000_000]) {
    const times: number[] = [];
    let last = solveKnapsack(cands, budget, null, 2_000_000);
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      last = solveKnapsack(cands, budget, null, 2_000_000);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const median = (times[(RUNS - 1) >> 1]! + times[RUNS >> 1]!) / 2;
    rows.push(
      `| ${integerPrices ? "whole $" : "cents"} | ${budget.toLocaleString("en-US")} | ${median.toFixed(1)} | ${times[RUNS - 1]!.toFixed(1)} | ${last.method} | ${last.exact} | ${last.chosen.length} |`,
    );
  }
}
// Adversarial case: engagements strictly proportional to price plus a constant (strongly correlated
// knapsack), where every candidate has almost the same value per dollar.
{
  const rnd = mulberry32(7);
  const cands: KnapsackItem[] = Array.from({ length: 5000 }, () => {
    const price = Math.round((50 + rnd() * 5000) * 100) / 100;
    return { value: price * 2 + 100, cost: price };
  });
  for (const budget of [10_000, 50_000]) {
    const times: number[] = [];
    let last = solveKnapsack(cands, budget, null, 2_000_000);
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      last = solveKnapsack(cands, budget, null, 2_000_000);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const gap = ((last.upperBound - last.objective) / last.upperBound) * 100;
    rows.push(
      `| correlated, cents | ${budget.toLocaleString("en-US")} | ${times[2]!.toFixed(1)} | ${times[4]!.toFixed(1)} | ${last.method} | ${last.exact} (gap <= ${gap.toFixed(3)}%) | ${last.chosen.length} |`,
    );
  }
}
console.log(`solveKnapsack (no creator limit), 5,000 candidates, ${RUNS} runs each (node ${process.version})`);
console.log("| prices | budget ($) | median ms | max ms | method | exact | selected |");
console.log("|---|---|---|---|---|---|---|");
for (const r of rows) console.log(r);
