// The planner's optimiser: a 0/1 knapsack (most value for the budget) with an optional limit on how
// many creators are picked (a cardinality-constrained knapsack). Bounded by construction: without a
// limit it is lib/domain/campaign.ts's optimizePortfolio (reduction, then DP or branch-and-bound with
// a node limit); with a binding limit, a Lagrangian bound, a reduction and a branch-and-bound that
// stops after PLAN_LIMITS.nodeLimit nodes and then reports the best found and its proven gap.
import { optimizePortfolio } from "../campaign";

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

const TOL = 1e-9;
const tol = (x: number) => Math.abs(x) * TOL + 1e-9;

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

  // No limit, or one no choice can break: the campaign optimiser (the value rides in
  // expectedEngagements with fit weighting off, so its objective is exactly Σ value).
  const free = optimizePortfolio({
    budget: B,
    fitWeighted: false,
    nodeLimit,
    candidates: eligible.map((i) => ({ id: String(i), tier: "micro", followers: 0, expectedEngagements: items[i]!.value, price: items[i]!.cost, fit: 100 })),
  });
  const chosen = free.selected.map((c) => Number(c.id)).sort((a, b) => a - b);
  return { chosen, objective: free.objective, exact: free.exact, upperBound: free.upperBound, method: free.method };
}

/**
 * Drops every item that K others beat on both value (>=) and cost (<=): a solution holding it holds
 * at most K − 1 of them, so swapping it for a missing one costs no more and is worth no less. Exact
 * for the limited problem, and it leaves few items when K is small. Sweep by cost, keeping the K best
 * values kept so far in a min-heap.
 */
function undominated(items: readonly KnapsackItem[], eligible: readonly number[], K: number): number[] {
  const order = [...eligible].sort((a, b) => items[a]!.cost - items[b]!.cost || items[b]!.value - items[a]!.value || a - b);
  const heap: number[] = [];
  const kept: number[] = [];
  const up = (k: number) => {
    while (k > 0) {
      const p = (k - 1) >> 1;
      if (heap[p]! <= heap[k]!) break;
      [heap[p], heap[k]] = [heap[k]!, heap[p]!];
      k = p;
    }
  };
  const down = (k: number) => {
    for (;;) {
      const l = 2 * k + 1;
      const r = l + 1;
      let m = k;
      if (l < heap.length && heap[l]! < heap[m]!) m = l;
      if (r < heap.length && heap[r]! < heap[m]!) m = r;
      if (m === k) return;
      [heap[m], heap[k]] = [heap[k]!, heap[m]!];
      k = m;
    }
  };
  for (const i of order) {
    const v = items[i]!.value;
    if (heap.length === K && heap[0]! >= v) continue;
    kept.push(i);
    if (heap.length < K) {
      heap.push(v);
      up(heap.length - 1);
    } else {
      heap[0] = v;
      down(0);
    }
  }
  return kept.sort((a, b) => a - b);
}

type Item = { i: number; v: number; w: number; vl: number };

/** Dantzig (LP) bound of Σ vl over items with vl > 0, capacity `cap`, and how many items (fractionally) it uses. */
function dantzig(sorted: readonly Item[], cap: number, eps: number): { bound: number; used: number; critical: number } {
  let c = cap;
  let bound = 0;
  let used = 0;
  for (let k = 0; k < sorted.length; k++) {
    const it = sorted[k]!;
    if (!(it.vl > 0)) break;
    if (it.w <= c + eps) {
      c -= it.w;
      bound += it.vl;
      used += 1;
    } else {
      const f = Math.max(0, c) / it.w;
      return { bound: bound + f * it.vl, used: used + f, critical: k };
    }
  }
  return { bound, used, critical: -1 };
}

/** Best ratio first; free items (cost 0) before all; items with vl <= 0 last. */
function byRatio(a: Item, b: Item): number {
  const pa = a.vl > 0;
  const pb = b.vl > 0;
  if (pa !== pb) return pa ? -1 : 1;
  if (!pa) return b.v - a.v || a.i - b.i;
  const ra = a.w === 0 ? Infinity : a.vl / a.w;
  const rb = b.w === 0 ? Infinity : b.vl / b.w;
  if (ra !== rb) return ra > rb ? -1 : 1;
  return b.vl - a.vl || a.i - b.i;
}

function withMultiplier(base: readonly Item[], lambda: number): Item[] {
  return base.map((it) => ({ ...it, vl: it.v - lambda })).sort(byRatio);
}

/** Greedy fill in the given order, within budget and count. */
function greedy(order: readonly Item[], B: number, K: number, eps: number): { set: Item[]; value: number } {
  let cap = B;
  const set: Item[] = [];
  let value = 0;
  for (const it of order) {
    if (set.length >= K) break;
    if (it.w <= cap + eps) {
      set.push(it);
      cap -= it.w;
      value += it.v;
    }
  }
  return { set, value };
}

function limitedKnapsack(items: readonly KnapsackItem[], eligible: number[], B: number, K: number, eps: number, nodeLimit: number): KnapsackResult {
  const base: Item[] = eligible.map((i) => ({ i, v: items[i]!.value, w: items[i]!.cost, vl: items[i]!.value }));
  // 1. Lagrange multiplier λ of the creator limit: g(λ) = λK + Dantzig(value − λ) bounds every
  //    solution with at most K items, for every λ >= 0; g is convex, and its slope is K minus the
  //    items the relaxation uses, so bisection on the slope approaches its minimum (the LP bound).
  let lo = 0;
  let hi = Math.max(...base.map((b) => b.v));
  let best = { lambda: 0, g: Infinity, order: base };
  for (let step = 0; step < PLAN_LIMITS.multiplierSteps && hi - lo > tol(hi); step++) {
    const lambda = step === 0 ? 0 : (lo + hi) / 2;
    const order = withMultiplier(base, lambda);
    const d = dantzig(order, B, eps);
    const g = lambda * K + d.bound;
    if (g < best.g) best = { lambda, g, order };
    if (d.used > K) lo = lambda;
    else if (step === 0) break; // the relaxation already respects the limit: λ = 0 is optimal
    else hi = lambda;
  }
  const { lambda, order } = best;
  const root = dantzig(order, B, eps);
  const rootBound = lambda * K + root.bound;

  // 2. Incumbent: the best of three greedy fills (by Lagrangian ratio, by plain ratio, by value).
  const candidates = [
    greedy(order, B, K, eps),
    greedy([...base].sort((a, b) => (a.w === 0 ? Infinity : a.v / a.w) > (b.w === 0 ? Infinity : b.v / b.w) ? -1 : 1), B, K, eps),
    greedy([...base].sort((a, b) => b.v - a.v || a.w - b.w), B, K, eps),
  ];
  const incumbent = candidates.reduce((a, b) => (b.value > a.value ? b : a));

  // 3. Reduction: with r the ratio of the critical item, a solution that flips item j from its LP
  //    choice is worth at most rootBound − |vl_j − r·w_j|; below the incumbent, j is fixed.
  const r = root.critical >= 0 ? order[root.critical]!.vl / order[root.critical]!.w : 0;
  const fixedIn: Item[] = [];
  const core: Item[] = [];
  order.forEach((it, k) => {
    const inLp = root.critical >= 0 ? k < root.critical && it.vl > 0 : it.vl > 0;
    const flipped = rootBound - Math.abs(it.vl - r * it.w);
    if (k !== root.critical && flipped < incumbent.value - tol(incumbent.value)) {
      if (inLp) fixedIn.push(it);
    } else core.push(it);
  });
  const finish = (set: Item[], exact: boolean, method: KnapsackMethod): KnapsackResult => {
    const objective = set.reduce((s, it) => s + it.v, 0);
    return { chosen: set.map((it) => it.i).sort((a, b) => a - b), objective, exact, upperBound: exact ? objective : Math.max(objective, rootBound), method };
  };
  const inW = fixedIn.reduce((s, it) => s + it.w, 0);
  const inV = fixedIn.reduce((s, it) => s + it.v, 0);
  // Every better solution holds all fixed items; if they cannot all be held, none is better.
  if (fixedIn.length > K || inW > B + eps) return finish(incumbent.set, true, "lagrangian_branch_and_bound");

  // 4. Branch-and-bound on the core, in Lagrangian ratio order; bound at a node: λ·k + Dantzig.
  const bb = branchAndBound(core, B - inW, K - fixedIn.length, lambda, eps, nodeLimit, incumbent.value - inV);
  const pick = bb.set && inV + bb.value > incumbent.value ? [...fixedIn, ...bb.set] : incumbent.set;
  return finish(pick, !bb.aborted, "lagrangian_branch_and_bound");
}

function branchAndBound(items: readonly Item[], capacity: number, K: number, lambda: number, eps: number, nodeLimit: number, incumbent: number) {
  const n = items.length;
  // Prefix sums over the leading items with vl > 0 (they come first in the order).
  let positive = 0;
  while (positive < n && items[positive]!.vl > 0) positive++;
  const prefW = new Float64Array(positive + 1);
  const prefV = new Float64Array(positive + 1);
  for (let k = 0; k < positive; k++) {
    prefW[k + 1] = prefW[k]! + items[k]!.w;
    prefV[k + 1] = prefV[k]! + items[k]!.vl;
  }
  const relaxed = (i: number, cap: number): number => {
    if (i >= positive) return 0;
    let a = i;
    let b = positive;
    const limit = prefW[i]! + cap + eps;
    while (a < b) {
      const mid = (a + b + 1) >> 1;
      if (prefW[mid]! <= limit) a = mid;
      else b = mid - 1;
    }
    let u = prefV[a]! - prefV[i]!;
    if (a < positive) u += (Math.max(0, cap - (prefW[a]! - prefW[i]!)) * items[a]!.vl) / items[a]!.w;
    return u;
  };
  let best = incumbent;
  let bestSet: Item[] | null = null;
  let nodes = 0;
  let aborted = false;
  const stack: Item[] = [];
  const dfs = (i: number, cap: number, k: number, val: number): void => {
    if (aborted) return;
    if (++nodes > nodeLimit) {
      aborted = true;
      return;
    }
    if (val > best + tol(best)) {
      best = val;
      bestSet = stack.slice();
    }
    if (i === n || k === 0) return;
    if (val + lambda * k + relaxed(i, cap) <= best + tol(best)) return;
    const it = items[i]!;
    if (it.w <= cap + eps) {
      stack.push(it);
      dfs(i + 1, cap - it.w, k - 1, val + it.v);
      stack.pop();
    }
    dfs(i + 1, cap, k, val);
  };
  dfs(0, capacity, K, 0);
  const set = bestSet as Item[] | null;
  return { set, value: set ? best : 0, aborted };
}
