// The knapsack with a limit on how many items are picked (a cardinality-constrained knapsack):
// Lagrangian bound, greedy incumbents, reduction, node-limited branch-and-bound (docs/scoring.md, section 9).
import { PLAN_LIMITS, type KnapsackItem, type KnapsackMethod, type KnapsackResult } from "./solver-types";

const TOL = 1e-9;
const tol = (x: number) => Math.abs(x) * TOL + 1e-9;

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

export function limitedKnapsack(items: readonly KnapsackItem[], eligible: number[], B: number, K: number, eps: number, nodeLimit: number): KnapsackResult {
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
    else if (step === 0 || Math.abs(d.used - K) < 1e-9) break; // slope 0 (or λ = 0 already within the limit): the minimum
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
