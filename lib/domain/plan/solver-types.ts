// The optimiser's shapes and limits, shared by knapsack.ts and limited.ts.

export type KnapsackItem = { value: number; cost: number };
export type KnapsackMethod = "none" | "trivial" | "dp" | "branch_and_bound" | "lagrangian_branch_and_bound";

export type KnapsackResult = {
  /** Indices into the items given, ascending. */
  chosen: number[];
  objective: number;
  /** True when the choice is proven best (up to 1e-9 relative). */
  exact: boolean;
  /** A proven upper bound on the best possible objective (equals objective when exact). */
  upperBound: number;
  method: KnapsackMethod;
};

export const PLAN_LIMITS = Object.freeze({
  /** Branch-and-bound nodes per option before the best found so far is returned with its gap. */
  nodeLimit: 250_000,
  /** Bisection steps for the Lagrange multiplier of the creator limit (any multiplier gives a valid bound). */
  multiplierSteps: 40,
});
