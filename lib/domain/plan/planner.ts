// Micro vs macro for one budget: three options side by side (micro creators only, macro and mega
// creators only, any tier), each the best portfolio for the goal under the same budget and limits.
import { formatInteger, formatMoney } from "../format";
import type { Tier } from "../types";
import { solveKnapsack, type KnapsackMethod } from "./knapsack";
import { preparePool, type Exclusions, type PlanCreator, type PlanGoal, type PlanLimits, type PlannedCreator } from "./pool";

export const PLAN_OPTIONS = ["micro", "macro", "mixed"] as const;
export type PlanOptionKind = (typeof PLAN_OPTIONS)[number];

/** Micro = the micro tier (10k-50k followers by default); macro = macro and mega; mixed = any tier. */
export const OPTION_TIERS: Readonly<Record<PlanOptionKind, readonly Tier[]>> = Object.freeze({
  micro: ["micro"],
  macro: ["macro", "mega"],
  mixed: ["nano", "micro", "mid", "macro", "mega"],
});

export const OPTION_LABELS: Readonly<Record<PlanOptionKind, string>> = Object.freeze({
  micro: "Micro creators",
  macro: "Macro creators",
  mixed: "Mixed portfolio",
});

export type OptionSummary = {
  creators: number;
  /** Σ followers: not de-duplicated across audiences. */
  reach: number;
  /** Σ expected engagements per post over the creators whose engagements are known. */
  engagements: number;
  engagementsUnknown: number;
  costLow: number;
  costMid: number;
  costHigh: number;
  agreedPrices: number;
  /** Mid cost of the creators with known engagements / their engagements. */
  cpe: number | null;
  /** Mid cost × 1,000 / reach. */
  cpm: number | null;
  avgFit: number | null;
  avgAuthenticity: number | null;
  authenticityUnknown: number;
};

export type PlanOption = {
  kind: PlanOptionKind;
  creators: PlannedCreator[];
  summary: OptionSummary;
  objective: number;
  exact: boolean;
  /** (upper bound − objective) / upper bound: how far from the proven best it may be; 0 when exact. */
  gap: number;
  method: KnapsackMethod;
  /** Why the option holds nobody, in plain words; null when it holds someone. */
  emptyReason: string | null;
  /** The budget the option leaves unspent (budget − mid cost) and why; null when it holds nobody or leaves under $1. */
  unspent: Unspent | null;
};

/**
 * Why budget is left: every plannable creator of the option's tiers is in it (the pool ran out),
 * the creator limit is reached, the cheapest creator not chosen costs more than what is left, or the
 * creators not chosen add nothing to the goal.
 */
export type UnspentReason = "pool_exhausted" | "creator_limit" | "next_too_expensive" | "no_value_left";
export type Unspent = { amount: number; reason: UnspentReason; text: string };

export type PlanInput = { budget: number; goal: PlanGoal; limits: PlanLimits };
export type Plan = { options: PlanOption[]; excluded: Exclusions; plannable: number; best: PlanOptionKind | null };

export function summarizeOption(creators: readonly PlannedCreator[]): OptionSummary {
  const known = creators.filter((c) => c.expectedEngagements !== null);
  const withAuth = creators.filter((c) => c.authenticityScore !== null);
  const withFit = creators.filter((c) => c.fit !== null);
  const sum = (xs: readonly PlannedCreator[], f: (c: PlannedCreator) => number) => xs.reduce((s, c) => s + f(c), 0);
  const reach = sum(creators, (c) => Math.max(0, c.followers));
  const engagements = sum(known, (c) => c.expectedEngagements!);
  const costMid = sum(creators, (c) => c.cost.mid);
  return {
    creators: creators.length,
    reach,
    engagements,
    engagementsUnknown: creators.length - known.length,
    costLow: sum(creators, (c) => c.cost.low),
    costMid,
    costHigh: sum(creators, (c) => c.cost.high),
    agreedPrices: creators.filter((c) => c.cost.agreed).length,
    cpe: engagements > 0 ? sum(known, (c) => c.cost.mid) / engagements : null,
    cpm: reach > 0 ? (costMid * 1000) / reach : null,
    avgFit: withFit.length ? sum(withFit, (c) => c.fit!) / withFit.length : null,
    avgAuthenticity: withAuth.length ? sum(withAuth, (c) => c.authenticityScore!) / withAuth.length : null,
    authenticityUnknown: creators.length - withAuth.length,
  };
}

const TIER_WORDS: Record<PlanOptionKind, string> = { micro: "micro", macro: "macro or mega", mixed: "" };

function emptyReason(kind: PlanOptionKind, inTiers: readonly PlannedCreator[], budget: number): string {
  const who = kind === "mixed" ? "creator" : `${TIER_WORDS[kind]} creator`;
  if (inTiers.length === 0) return `No ${who} in the pool can be planned.`;
  const cheapest = Math.min(...inTiers.map((c) => c.cost.mid));
  if (cheapest > budget) return `No ${who} fits the budget of ${formatMoney(budget)}: the cheapest costs ${formatMoney(cheapest)}.`;
  return `No ${who} within the budget adds to the goal (a fit of 0 to the brief, or no followers).`;
}

export function unspentBudget(kind: PlanOptionKind, inTiers: readonly PlannedCreator[], chosen: readonly PlannedCreator[], budget: number, maxCreators: number | null): Unspent | null {
  const amount = budget - chosen.reduce((s, c) => s + c.cost.mid, 0);
  // Under a dollar is the rounding of prices, not budget to plan with.
  if (chosen.length === 0 || !(amount >= 1)) return null;
  // Whole dollars: compact money would read "$5M of the $5M budget" for $4,959,300.
  const dollars = (x: number) => `$${formatInteger(x)}`;
  const left = `${dollars(amount)} of the ${dollars(budget)} budget is left unspent`;
  const taken = new Set(chosen.map((c) => c.id));
  const rest = inTiers.filter((c) => !taken.has(c.id));
  if (rest.length === 0) {
    const who = kind === "mixed" ? "plannable creator" : `plannable ${TIER_WORDS[kind]} creator`;
    const all = inTiers.length === 1 ? `the only ${who} in the pool is` : `all ${formatInteger(inTiers.length)} ${who}s in the pool are`;
    return { amount, reason: "pool_exhausted", text: `${left}: ${all} in this option, so the pool ran out before the budget did. Widen the filters or add creators to spend more.` };
  }
  if (maxCreators !== null && chosen.length >= maxCreators) {
    return { amount, reason: "creator_limit", text: `${left}: the option holds the most creators allowed (${formatInteger(maxCreators)}).` };
  }
  const cheapest = Math.min(...rest.map((c) => c.cost.mid));
  if (cheapest > amount) return { amount, reason: "next_too_expensive", text: `${left}: the cheapest creator not chosen costs ${formatMoney(cheapest)}.` };
  return { amount, reason: "no_value_left", text: `${left}: the creators not chosen add nothing to the goal (a fit of 0 to the brief, or no followers).` };
}

/** The three options for a pool; `best` is the option with the highest objective (ties: fewer creators). */
export function buildPlan(pool: readonly PlanCreator[], input: PlanInput): Plan {
  const { creators, excluded } = preparePool(pool, input.goal, input.limits);
  const options = PLAN_OPTIONS.map((kind): PlanOption => {
    const tiers = OPTION_TIERS[kind];
    const inTiers = creators.filter((c) => tiers.includes(c.tier));
    const r = solveKnapsack(inTiers.map((c) => ({ value: c.value, cost: c.cost.mid })), input.budget, input.limits.maxCreators);
    // Best value first, so the table reads as the optimiser weighed them.
    const chosen = r.chosen.map((i) => inTiers[i]!).sort((a, b) => b.value - a.value || a.id.localeCompare(b.id));
    return {
      kind,
      creators: chosen,
      summary: summarizeOption(chosen),
      objective: r.objective,
      exact: r.exact,
      gap: r.upperBound > 0 ? Math.max(0, (r.upperBound - r.objective) / r.upperBound) : 0,
      method: r.method,
      emptyReason: chosen.length ? null : emptyReason(kind, inTiers, input.budget),
      unspent: unspentBudget(kind, inTiers, chosen, input.budget, input.limits.maxCreators),
    };
  });
  const built = options.filter((o) => o.creators.length > 0);
  const best = built.length
    ? built.reduce((a, b) => (b.objective > a.objective * (1 + 1e-9) || (Math.abs(b.objective - a.objective) <= a.objective * 1e-9 && b.creators.length < a.creators.length) ? b : a)).kind
    : null;
  return { options, excluded, plannable: creators.length, best };
}

/** Series for the charts: one row per option. */
export function planChartRows(plan: Plan): { option: string; engagements: number; costLow: number; costMid: number; costHigh: number }[] {
  return plan.options.map((o) => ({
    option: OPTION_LABELS[o.kind],
    engagements: o.summary.engagements,
    costLow: o.summary.costLow,
    costMid: o.summary.costMid,
    costHigh: o.summary.costHigh,
  }));
}
