// The planner's optimiser without a creator limit: a 0/1 knapsack (most value for the budget),
// exact by construction up to a node limit (docs/scoring.md "Planner", algorithm step 1):
//  1. sort by value per dollar, the LP (Dantzig) bound and a greedy incumbent;
//  2. Dembo-Hammer reduction fixes items whose opposite choice provably cannot beat the incumbent;
//  3. the remaining core is solved exactly by DP over whole dollars when all its costs are whole and
//     core size x budget <= UNLIMITED_LIMITS.dpCellLimit, otherwise by depth-first branch-and-bound
//     with the LP bound, exact unless it passes nodeLimit nodes (then exact = false, with the bound).
import type { KnapsackItem, KnapsackResult } from "./solver-types";

export const UNLIMITED_LIMITS = Object.freeze({
  /** Use the dollar-grid DP when all remaining costs are integers and items x budget <= this. */
  dpCellLimit: 20_000_000,
  /** Relative tolerance used when comparing objective values. */
  tolerance: 1e-12,
});

/**
 * The best subset of `eligible` (indices into items; each with a finite cost in [0, budget] and a
 * positive value) whose costs sum to at most `budget`. Free items are always taken.
 */
export function unlimitedKnapsack(items: readonly KnapsackItem[], eligible: readonly number[], budget: number, nodeLimit: number): KnapsackResult {
  const eps = Math.max(budget, 1) * 1e-12;
  type Item = { i: number; v: number; w: number };
  const free: Item[] = [];
  const all: Item[] = [];
  for (const i of eligible) (items[i]!.cost === 0 ? free : all).push({ i, v: items[i]!.value, w: items[i]!.cost });
  const freeValue = free.reduce((s, it) => s + it.v, 0);
  const done = (chosen: Item[], exact: boolean, upper: number, method: KnapsackResult["method"]): KnapsackResult => {
    const picked = [...free, ...chosen];
    const objective = picked.reduce((s, it) => s + it.v, 0);
    return { chosen: picked.map((it) => it.i).sort((a, b) => a - b), objective, exact, upperBound: exact ? objective : Math.max(upper, objective), method };
  };

  const totalW = all.reduce((s, it) => s + it.w, 0);
  if (totalW <= budget + eps) return done(all, true, 0, "trivial");

  // 1. Sort by efficiency (ties: higher value first, then index for determinism).
  all.sort((a, b) => b.v / b.w - a.v / a.w || b.v - a.v || a.i - b.i);
  const n = all.length;
  let cap = budget;
  let b = 0;
  let lpValue = 0;
  while (b < n && all[b]!.w <= cap + eps) {
    cap -= all[b]!.w;
    lpValue += all[b]!.v;
    b++;
  }
  const r = b < n ? all[b]!.v / all[b]!.w : 0;
  const lpBound = lpValue + (b < n ? Math.max(0, cap) * r : 0);

  // Greedy incumbent: LP prefix, then fill with any later item that fits; compare with the best single item.
  let gCap = budget;
  let greedy: Item[] = [];
  let gVal = 0;
  for (const it of all) {
    if (it.w <= gCap + eps) {
      greedy.push(it);
      gCap -= it.w;
      gVal += it.v;
    }
  }
  const bestSingle = all.reduce((m, it) => (it.v > m.v ? it : m), all[0]!);
  if (bestSingle.v > gVal) {
    greedy = [bestSingle];
    gVal = bestSingle.v;
  }
  const tol = (x: number) => Math.abs(x) * UNLIMITED_LIMITS.tolerance + 1e-12;

  // 2. Dembo-Hammer reduction: U_j = lpBound - |v_j - r w_j| bounds every solution with x_j flipped.
  const fixedIn: Item[] = [];
  const core: Item[] = [];
  for (let j = 0; j < n; j++) {
    const it = all[j]!;
    const uj = lpBound - Math.abs(it.v - r * it.w);
    if (j !== b && uj < gVal - tol(gVal)) {
      if (j < b) fixedIn.push(it);
    } else core.push(it);
  }
  const fixedW = fixedIn.reduce((s, it) => s + it.w, 0);
  const fixedV = fixedIn.reduce((s, it) => s + it.v, 0);
  const coreCap = budget - fixedW;

  // 3. Solve the core.
  const allInt = core.every((it) => Number.isInteger(it.w));
  const C = Math.floor(coreCap + eps);
  if (allInt && core.length * (C + 1) <= UNLIMITED_LIMITS.dpCellLimit) {
    const chosen = knapsackDP(core, C);
    const val = fixedV + chosen.reduce((s, it) => s + it.v, 0);
    const pick = val >= gVal - tol(gVal) ? [...fixedIn, ...chosen] : greedy;
    return done(pick, true, lpBound + freeValue, "dp");
  }
  const bb = branchAndBound(core, coreCap, eps, nodeLimit, Math.max(0, gVal - fixedV));
  const val = fixedV + bb.value;
  const pick = bb.found && val >= gVal ? [...fixedIn, ...bb.chosen] : greedy;
  return done(pick, !bb.aborted, lpBound + freeValue, "branch_and_bound");
}

/** Exact 0/1 knapsack over integer weights and capacity C, with bitset reconstruction. */
function knapsackDP<T extends { v: number; w: number }>(items: readonly T[], C: number): T[] {
  const n = items.length;
  const dp = new Float64Array(C + 1);
  const words = (C >> 5) + 1;
  const keep = new Uint32Array(n * words);
  for (let i = 0; i < n; i++) {
    const { v, w } = items[i]!;
    const base = i * words;
    for (let c = C; c >= w; c--) {
      const cand = dp[c - w]! + v;
      if (cand > dp[c]!) {
        dp[c] = cand;
        keep[base + (c >> 5)]! |= 1 << (c & 31);
      }
    }
  }
  const chosen: T[] = [];
  let c = C;
  for (let i = n - 1; i >= 0; i--) {
    if (keep[i * words + (c >> 5)]! & (1 << (c & 31))) {
      chosen.push(items[i]!);
      c -= items[i]!.w;
    }
  }
  return chosen.reverse();
}

/** Depth-first branch-and-bound on items sorted by efficiency, LP bound via prefix sums. */
function branchAndBound<T extends { v: number; w: number }>(
  items: readonly T[],
  capacity: number,
  eps: number,
  nodeLimit: number,
  incumbent: number,
): { chosen: T[]; value: number; aborted: boolean; found: boolean } {
  const n = items.length;
  const prefW = new Float64Array(n + 1);
  const prefV = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    prefW[i + 1] = prefW[i]! + items[i]!.w;
    prefV[i + 1] = prefV[i]! + items[i]!.v;
  }
  let best = incumbent;
  let bestSet: number[] | null = null;
  let nodes = 0;
  let aborted = false;
  const stack: number[] = [];
  const bound = (i: number, cap: number): number => {
    // largest k >= i with prefW[k] - prefW[i] <= cap
    let lo = i;
    let hi = n;
    const limit = prefW[i]! + cap + eps;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (prefW[mid]! <= limit) lo = mid;
      else hi = mid - 1;
    }
    let u = prefV[lo]! - prefV[i]!;
    if (lo < n) u += Math.max(0, cap - (prefW[lo]! - prefW[i]!)) * (items[lo]!.v / items[lo]!.w);
    return u;
  };
  const dfs = (i: number, cap: number, val: number): void => {
    if (aborted) return;
    if (++nodes > nodeLimit) {
      aborted = true;
      return;
    }
    if (val > best + Math.abs(best) * 1e-12) {
      best = val;
      bestSet = stack.slice();
    }
    if (i === n) return;
    if (val + bound(i, cap) <= best + Math.abs(best) * 1e-12) return;
    const it = items[i]!;
    if (it.w <= cap + eps) {
      stack.push(i);
      dfs(i + 1, cap - it.w, val + it.v);
      stack.pop();
    }
    dfs(i + 1, cap, val);
  };
  dfs(0, capacity, 0);
  const set = bestSet as number[] | null;
  return { chosen: set ? set.map((i) => items[i]!) : [], value: set ? best : 0, aborted, found: set !== null };
}
