// Which creators of a pool can be planned, at what cost, and what each one is worth to the goal.
// Every creator left out is counted with its reason, so the page can say so.
import type { CreatorRow } from "../creator-row";
import type { Platform } from "../types";

export const PLAN_GOALS = ["reach", "engagements", "balance"] as const;
export type PlanGoal = (typeof PLAN_GOALS)[number];

/** A creator of the pool as the planner reads it: part of the creator row (../creator-row.ts), and more. */
export type PlanCreator = Pick<CreatorRow, "id" | "handle" | "displayName" | "platform" | "tier" | "followers" | "expectedEngagements" | "authenticityScore" | "priceLow" | "priceHigh" | "priceCurrency" | "priceSource"> & {
  /** Fit to the brief, 0-100; null without a brief. */
  fit: number | null;
  /** The price agreed on the shortlist (USD), which replaces the estimate. */
  agreedPrice: number | null;
  /**
   * A list pool only: who rejected the creator on the list. "client": the client's latest answer
   * through a share link is a rejection; "team": the list item's status is rejected. Absent or null: nobody.
   */
  rejectedBy?: "client" | "team" | null;
};

export type PlanLimits = {
  /** Most creators in one option. */
  maxCreators: number | null;
  /** Least authenticity score; creators with no score are left out when it is set. */
  minAuthenticity: number | null;
  /** Only these platforms (null: any). */
  platforms: readonly Platform[] | null;
};

export type PlanCost = { low: number; mid: number; high: number; agreed: boolean };

export type PlannedCreator = PlanCreator & { cost: PlanCost; value: number };

export type Exclusions = {
  /** Rejected by the client through a share link (a list pool). */
  clientRejected: number;
  /** Marked rejected by the team on the list (a list pool). */
  teamRejected: number;
  noPrice: number;
  otherCurrency: number;
  platform: number;
  lowAuthenticity: number;
  unknownAuthenticity: number;
  /** Only for the engagements and balance goals: their value needs the engagements. */
  noEngagementData: number;
};

/** The budget currency; prices in another currency are not converted (no rates are kept). */
export const PLAN_CURRENCY = "USD";

const num = (n: number | null | undefined): n is number => typeof n === "number" && Number.isFinite(n) && n >= 0;

/** Agreed price, else the USD price range (one known end serves as both); null when there is none. */
export function planCost(c: PlanCreator): PlanCost | "none" | "currency" {
  if (num(c.agreedPrice)) return { low: c.agreedPrice, mid: c.agreedPrice, high: c.agreedPrice, agreed: true };
  if (!num(c.priceLow) && !num(c.priceHigh)) return "none";
  if (c.priceCurrency.toUpperCase() !== PLAN_CURRENCY) return "currency";
  const a = num(c.priceLow) ? c.priceLow : (c.priceHigh as number);
  const b = num(c.priceHigh) ? c.priceHigh : a;
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  return { low, mid: (low + high) / 2, high, agreed: false };
}

/**
 * The value a creator adds to the goal, before the fit weight:
 * - reach: followers;
 * - engagements: expected engagements per post;
 * - balance: ½ × followers / (pool's mean followers) + ½ × engagements / (pool's mean engagements),
 *   so reach and engagements count equally, each in units of "an average creator of this pool".
 * With a brief, the value is multiplied by fit / 100. Null when the goal needs engagements the
 * creator does not have.
 */
export function goalValue(c: PlanCreator, goal: PlanGoal, means: { followers: number; engagements: number }): number | null {
  const weight = c.fit === null ? 1 : Math.max(0, Math.min(100, c.fit)) / 100;
  const followers = Math.max(0, c.followers);
  if (goal === "reach") return followers * weight;
  if (!num(c.expectedEngagements)) return null;
  if (goal === "engagements") return c.expectedEngagements * weight;
  const f = means.followers > 0 ? followers / means.followers : 0;
  const e = means.engagements > 0 ? c.expectedEngagements / means.engagements : 0;
  return (0.5 * f + 0.5 * e) * weight;
}

/** The pool's plannable creators, each with its cost and value, and the count of each reason to leave one out. */
export function preparePool(pool: readonly PlanCreator[], goal: PlanGoal, limits: PlanLimits): { creators: PlannedCreator[]; excluded: Exclusions } {
  const excluded: Exclusions = { clientRejected: 0, teamRejected: 0, noPrice: 0, otherCurrency: 0, platform: 0, lowAuthenticity: 0, unknownAuthenticity: 0, noEngagementData: 0 };
  const kept: { c: PlanCreator; cost: PlanCost }[] = [];
  for (const c of pool) {
    const cost = planCost(c);
    if (c.rejectedBy === "client") excluded.clientRejected++;
    else if (c.rejectedBy === "team") excluded.teamRejected++;
    else if (cost === "none") excluded.noPrice++;
    else if (cost === "currency") excluded.otherCurrency++;
    else if (limits.platforms && !limits.platforms.includes(c.platform)) excluded.platform++;
    else if (limits.minAuthenticity !== null && c.authenticityScore === null) excluded.unknownAuthenticity++;
    else if (limits.minAuthenticity !== null && c.authenticityScore! < limits.minAuthenticity) excluded.lowAuthenticity++;
    else if (goal !== "reach" && !num(c.expectedEngagements)) excluded.noEngagementData++;
    else kept.push({ c, cost });
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);
  const means = {
    followers: mean(kept.map((k) => Math.max(0, k.c.followers))),
    engagements: mean(kept.flatMap((k) => (num(k.c.expectedEngagements) ? [k.c.expectedEngagements] : []))),
  };
  const creators = kept.map(({ c, cost }) => ({ ...c, cost, value: goalValue(c, goal, means) ?? 0 }));
  return { creators, excluded };
}
