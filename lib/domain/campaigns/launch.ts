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
  };
}
