// Campaign maths: summaries, an exact budget optimiser (0/1 knapsack) and "ten micros or one macro?".
import type { Tier } from "./types";

export type Candidate = { id: string; tier: Tier; followers: number; expectedEngagements: number; price: number; fit: number };

export type CampaignSummary = {
  creators: number;
  reach: number;
  expectedEngagements: number;
  cost: number;
  cpe: number | null;
  cpm: number | null;
};

export function summarizeCampaign(cands: readonly Candidate[]): CampaignSummary {
  let reach = 0;
  let eng = 0;
  let cost = 0;
  for (const c of cands) {
    reach += Math.max(0, c.followers);
    eng += Math.max(0, c.expectedEngagements);
    cost += Math.max(0, c.price);
  }
  return {
    creators: cands.length,
    reach,
    expectedEngagements: eng,
    cost,
    cpe: eng > 0 ? cost / eng : null,
    cpm: reach > 0 ? (cost * 1000) / reach : null,
  };
}

export type OptimizeInput = {
  budget: number;
  candidates: readonly Candidate[];
  minFit?: number;
  maxPricePerCreator?: number | null;
  fitWeighted?: boolean;
  /** Branch-and-bound node budget before giving up exactness (default OPTIMIZER_LIMITS.nodeLimit). */
  nodeLimit?: number;
};

export type OptimizeMethod = "trivial" | "dp" | "branch_and_bound";

export type OptimizeResult = {
  selected: Candidate[];
  summary: CampaignSummary;
  /** sum of expectedEngagements * (fitWeighted ? fit / 100 : 1) over the selection. */
  objective: number;
  /** true when the selection is proven optimal. */
  exact: boolean;
  /** Proven upper bound on the optimum (equals objective when exact). */
  upperBound: number;
  method: OptimizeMethod;
};

export const OPTIMIZER_LIMITS = Object.freeze({
  /** Use the dollar-grid DP when all remaining prices are integers and items x budget <= this. */
  dpCellLimit: 20_000_000,
  /** Branch-and-bound nodes before returning the best found so far with exact = false. */
  nodeLimit: 2_000_000,
  /** Relative tolerance used when comparing objective values. */
  tolerance: 1e-12,
});

/** The optimiser's value of a candidate. */
export function candidateValue(c: Candidate, fitWeighted = true): number {
  const e = Number.isFinite(c.expectedEngagements) ? Math.max(0, c.expectedEngagements) : 0;
  const f = Number.isFinite(c.fit) ? Math.max(0, Math.min(100, c.fit)) : 0;
  return fitWeighted ? (e * f) / 100 : e;
}

/**
 * Choose creators maximising sum(value) subject to sum(price) <= budget (0/1 knapsack).
 * Candidates with fit < minFit, price > maxPricePerCreator, price > budget, non-finite/negative price or
 * zero value are excluded. Algorithm (see docs/scoring.md "Optimiser"):
 *  1. sort by value/price, LP (Dantzig) bound and greedy incumbent;
 *  2. Dembo-Hammer reduction fixes items whose opposite choice provably cannot beat the incumbent;
 *  3. the remaining core is solved EXACTLY by DP over whole dollars when all its prices are integers and
 *     core size x budget <= dpCellLimit, otherwise by depth-first branch-and-bound with the LP bound,
 *     which is exact unless it exceeds nodeLimit nodes (then exact = false and upperBound is the LP bound).
 */
export function optimizePortfolio(input: OptimizeInput): OptimizeResult {
  const { candidates, minFit = 0, maxPricePerCreator = null, fitWeighted = true } = input;
  const budget = Number.isFinite(input.budget) ? Math.max(0, input.budget) : 0;
  const nodeLimit = input.nodeLimit ?? OPTIMIZER_LIMITS.nodeLimit;
  const eps = Math.max(budget, 1) * 1e-12;

  type Item = { c: Candidate; v: number; w: number };
  const free: Item[] = [];
  const items: Item[] = [];
  for (const c of candidates) {
    const w = c.price;
    if (!Number.isFinite(w) || w < 0) continue;
    if (!(c.fit >= minFit)) continue;
    if (maxPricePerCreator !== null && maxPricePerCreator !== undefined && w > maxPricePerCreator) continue;
    if (w > budget + eps) continue;
    const v = candidateValue(c, fitWeighted);
    if (!(v > 0)) continue;
    (w === 0 ? free : items).push({ c, v, w });
  }
  const freeValue = free.reduce((s, i) => s + i.v, 0);
  const done = (chosen: Item[], exact: boolean, upper: number, method: OptimizeMethod): OptimizeResult => {
    const all = [...free, ...chosen];
    const selected = all.map((i) => i.c);
    const objective = all.reduce((s, i) => s + i.v, 0);
    return { selected, summary: summarizeCampaign(selected), objective, exact, upperBound: exact ? objective : Math.max(upper, objective), method };
  };

  const totalW = items.reduce((s, i) => s + i.w, 0);
  if (totalW <= budget + eps) return done(items, true, 0, "trivial");

  // 1. Sort by efficiency (ties: higher value first, then id for determinism).
  items.sort((a, b) => b.v / b.w - a.v / a.w || b.v - a.v || (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0));
  const n = items.length;
  let cap = budget;
  let b = 0;
  let lpValue = 0;
  while (b < n && items[b]!.w <= cap + eps) {
    cap -= items[b]!.w;
    lpValue += items[b]!.v;
    b++;
  }
  const r = b < n ? items[b]!.v / items[b]!.w : 0;
  const lpBound = lpValue + (b < n ? Math.max(0, cap) * r : 0);

  // Greedy incumbent: LP prefix, then fill with any later item that fits; compare with best single item.
  let gCap = budget;
  let greedy: Item[] = [];
  let gVal = 0;
  for (const it of items) {
    if (it.w <= gCap + eps) {
      greedy.push(it);
      gCap -= it.w;
      gVal += it.v;
    }
  }
  const bestSingle = items.reduce((m, it) => (it.v > m.v ? it : m), items[0]!);
  if (bestSingle.v > gVal) {
    greedy = [bestSingle];
    gVal = bestSingle.v;
  }
  const tol = (x: number) => Math.abs(x) * OPTIMIZER_LIMITS.tolerance + 1e-12;

  // 2. Dembo-Hammer reduction: U_j = lpBound - |v_j - r w_j| bounds every solution with x_j flipped.
  const fixedIn: Item[] = [];
  const core: Item[] = [];
  for (let j = 0; j < n; j++) {
    const it = items[j]!;
    const uj = lpBound - Math.abs(it.v - r * it.w);
    if (j !== b && uj < gVal - tol(gVal)) {
      if (j < b) fixedIn.push(it);
    } else core.push(it);
  }
  const fixedW = fixedIn.reduce((s, i) => s + i.w, 0);
  const fixedV = fixedIn.reduce((s, i) => s + i.v, 0);
  const coreCap = budget - fixedW;

  // 3. Solve the core.
  const allInt = Number.isInteger(Math.floor(coreCap)) && core.every((i) => Number.isInteger(i.w));
  const C = Math.floor(coreCap + eps);
  if (allInt && core.length * (C + 1) <= OPTIMIZER_LIMITS.dpCellLimit) {
    const chosen = knapsackDP(core, C);
    const val = fixedV + chosen.reduce((s, i) => s + i.v, 0);
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

export type PlanOption = { tier: Tier; selection: Candidate[]; summary: CampaignSummary; objective: number; exact: boolean };

/**
 * "Ten micros or one macro?": the best all-A portfolio, the best all-B portfolio and the best mix of A and B
 * under the same budget and minimum fit (fit-weighted objective).
 */
export function planMicroVsMacro(input: {
  budget: number;
  candidates: readonly Candidate[];
  tiers?: [Tier, Tier];
  minFit?: number;
  maxPricePerCreator?: number | null;
  fitWeighted?: boolean;
}): {
  options: PlanOption[];
  mixed: { selection: Candidate[]; summary: CampaignSummary; objective: number; exact: boolean; byTier: Record<string, number> };
  best: Tier | "mixed";
} {
  const tiers = input.tiers ?? ["micro", "macro"];
  const base = { budget: input.budget, minFit: input.minFit ?? 0, maxPricePerCreator: input.maxPricePerCreator ?? null, fitWeighted: input.fitWeighted ?? true };
  const options: PlanOption[] = tiers.map((tier) => {
    const r = optimizePortfolio({ ...base, candidates: input.candidates.filter((c) => c.tier === tier) });
    return { tier, selection: r.selected, summary: r.summary, objective: r.objective, exact: r.exact };
  });
  const m = optimizePortfolio({ ...base, candidates: input.candidates.filter((c) => tiers.includes(c.tier)) });
  const byTier: Record<string, number> = {};
  for (const t of tiers) byTier[t] = m.selected.filter((c) => c.tier === t).length;
  const bestSingle = options.reduce((a, o) => (o.objective > a.objective ? o : a), options[0]!);
  const best = m.objective > bestSingle.objective * (1 + 1e-12) ? "mixed" : bestSingle.tier;
  return { options, mixed: { selection: m.selected, summary: m.summary, objective: m.objective, exact: m.exact, byTier }, best };
}
