// The planner's optimiser: a 0/1 knapsack (most value for the budget) with an optional limit on how
// many creators are picked (a cardinality-constrained knapsack). Bounded by construction: without a
// limit it is unlimited.ts (reduction, then DP or branch-and-bound with a node limit); with a binding
// limit, a Lagrangian bound, a reduction and a branch-and-bound that
// stops after PLAN_LIMITS.nodeLimit nodes and then reports the best found and its proven gap.
import { undominated } from "./dominance";
import { limitedKnapsack } from "./limited";
import { unlimitedKnapsack } from "./unlimited";

export { PLAN_LIMITS, type KnapsackItem, type KnapsackMethod, type KnapsackResult } from "./solver-types";
import { PLAN_LIMITS, type KnapsackItem, type KnapsackResult } from "./solver-types";

/**
 * Maximise Σ value subject to Σ cost <= budget and, when maxCount is a number, at most maxCount
 * items. Items with a non-finite or negative cost, a cost above the budget, or no positive value are
 * never chosen.
 */
export function solveKnapsack(items: readonly KnapsackItem[], budget: number, maxCount: number | null, nodeLimit: number = PLAN_LIMITS.nodeLimit): KnapsackResult {
  const B = Number.isFinite(budget) ? Math.max(0, budget) : 0;
  const eps = Math.max(B, 1) * 1e-12;
  let eligible: number[] = [];
  items.forEach((it, i) => {
    if (Number.isFinite(it.cost) && it.cost >= 0 && it.cost <= B + eps && Number.isFinite(it.value) && it.value > 0) eligible.push(i);
  });
  const K = maxCount === null ? Infinity : Math.max(0, Math.floor(maxCount));
  if (eligible.length === 0 || K === 0) return { chosen: [], objective: 0, exact: true, upperBound: 0, method: "none" };
  if (K < eligible.length) {
    eligible = undominated(items, eligible, K);
    if (K < eligible.length) return limitedKnapsack(items, eligible, B, K, eps, nodeLimit);
  }

  // No limit, or one no choice can break.
  return unlimitedKnapsack(items, eligible, B, nodeLimit);
}
