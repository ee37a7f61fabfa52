// What a campaign freezes about each creator at launch: the fee (the agreed price, else the middle
// of the estimate, marked as estimated), one post on the creator's platform as the default
// deliverable, and the planner's predictions per post (reach = followers, engagements = expected
// engagements) with the predicted cost per engagement of the whole deal. Pure.
import { planCost, type PlanCreator } from "../plan";
import type { Platform, Tier } from "../types";

export type Deliverable = { platform: Platform; format: string; count: number };

export type LaunchCreator = {
  creatorId: string;
  platform: Platform;
  handle: string;
  fee: number | null;
  feeEstimated: boolean;
  deliverables: Deliverable[];
  followersAtLaunch: number;
  tierAtLaunch: Tier;
  predictedReach: number;
  predictedEngagements: number | null;
  predictedCpe: number | null;
  feeAtLaunch: number | null;
  postsPlannedAtLaunch: number;
};

export function postsPlanned(deliverables: readonly Deliverable[]): number {
  return deliverables.reduce((s, d) => s + (Number.isFinite(d.count) && d.count > 0 ? Math.floor(d.count) : 0), 0);
}

export function launchCreator(c: PlanCreator, deliverables?: readonly Deliverable[]): LaunchCreator {
  const cost = planCost(c);
  const fee = typeof cost === "object" ? Math.round(cost.mid * 100) / 100 : null;
  const d = deliverables?.length ? [...deliverables] : [{ platform: c.platform, format: "post", count: 1 }];
  const planned = postsPlanned(d);
  const eng = c.expectedEngagements;
  return {
    creatorId: c.id,
    platform: c.platform,
    handle: c.handle,
    fee,
    feeEstimated: typeof cost === "object" && !cost.agreed,
    deliverables: d,
    followersAtLaunch: c.followers,
    tierAtLaunch: c.tier,
    predictedReach: c.followers,
    predictedEngagements: eng,
    predictedCpe: fee !== null && eng !== null && eng > 0 && planned > 0 ? fee / (eng * planned) : null,
    feeAtLaunch: fee,
    postsPlannedAtLaunch: planned,
  };
}

/** A campaign's goal for a planner goal: reach is awareness; engagements and the balance of both are engagement. */
export function campaignGoalForPlan(goal: string): "awareness" | "engagement" {
  return goal === "reach" ? "awareness" : "engagement";
}

/**
 * The body of POST /api/campaigns that books a plan option (the "Start a campaign" button on /plan):
 * the planner's parameters as the page read them, so the server plans again with exactly those.
 */
export function planCampaignBody(plan: Record<string, unknown>, option: string, form: { name: string; startsOn: string; endsOn?: string; goal?: string; currency?: string }) {
  return {
    from: "plan" as const,
    plan,
    option,
    name: form.name,
    startsOn: form.startsOn,
    ...(form.endsOn ? { endsOn: form.endsOn } : {}),
    goal: form.goal ?? campaignGoalForPlan(String(plan.goal ?? "engagements")),
    currency: form.currency ?? "USD",
  };
}
