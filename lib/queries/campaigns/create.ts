// Starting a campaign: from one of the organisation's shortlists (its creators, less those the team
// or the client rejected), or from a planner option (saved as a new shortlist first, so the campaign
// always has a list to share through). The predictions are frozen at launch (lib/domain/campaigns/launch).
import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import { launchCreator, type LaunchCreator } from "@/lib/domain/campaigns";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/domain/errors";
import type { PlanCreator } from "@/lib/domain/plan";
import type { SessionUser } from "@/lib/auth/roles";
import type { CreateCampaignInput } from "@/lib/validation/campaigns";
import { planQuerySchema } from "@/lib/validation/plan";
import { planCampaign } from "../plan";
import { addCreatorsToShortlist, createShortlist } from "../shortlists";
import { isUniqueViolation } from "./access";
import { readCalibrationOffer } from "./read";

const nameTaken = (name: string) => new ConflictError(`Your organisation already has a campaign called “${name}”.`, { name: ["Choose another name."] });
const day = (s: string) => new Date(`${s}T00:00:00Z`);

type Header = { name: string; startsOn: string; endsOn?: string | null; goal: string; currency: string; budget: number };

async function insertCampaign(user: SessionUser, header: Header, source: { shortlistId: string; kind: "shortlist" | "plan"; plan?: Prisma.InputJsonValue }, creators: LaunchCreator[]) {
  try {
    return await prisma.campaign.create({
      data: {
        organizationId: user.organizationId,
        name: header.name,
        startsOn: day(header.startsOn),
        endsOn: header.endsOn ? day(header.endsOn) : null,
        budget: header.budget,
        goal: header.goal as "awareness" | "engagement" | "conversions",
        currency: header.currency,
        shortlistId: source.shortlistId,
        source: source.kind,
        plan: source.plan,
        createdById: user.id,
        creators: {
          create: creators.map((c) => ({
            creatorId: c.creatorId, platform: c.platform, handle: c.handle, fee: c.fee, feeEstimated: c.feeEstimated,
            deliverables: c.deliverables, followersAtLaunch: c.followersAtLaunch, tierAtLaunch: c.tierAtLaunch,
            predictedReach: c.predictedReach, predictedEngagements: c.predictedEngagements, predictedCpe: c.predictedCpe,
            feeAtLaunch: c.feeAtLaunch, postsPlannedAtLaunch: c.postsPlannedAtLaunch,
          })),
        },
      },
      select: { id: true, name: true },
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw nameTaken(header.name);
    throw err;
  }
}

async function assertNameFree(organizationId: string, name: string) {
  const taken = await prisma.campaign.findFirst({ where: { organizationId, name }, select: { id: true } });
  if (taken) throw nameTaken(name);
}

const dec = (d: { toNumber(): number } | null) => (d === null ? null : d.toNumber());

/** The list's creators as the planner reads them, less the rejected (by status or by the client). */
export async function listLaunchPool(organizationId: string, shortlistId: string): Promise<{ creators: PlanCreator[]; rejected: number }> {
  const list = await prisma.shortlist.findFirst({ where: { id: shortlistId, organizationId }, select: { id: true } });
  if (!list) throw new NotFoundError("No such shortlist in your organisation.", { shortlistId: ["No such shortlist in your organisation."] });
  const items = await prisma.shortlistItem.findMany({
    where: { shortlistId },
    orderBy: { addedAt: "asc" },
    select: {
      status: true, agreedPrice: true,
      decisions: { orderBy: { updatedAt: "desc" }, take: 1, select: { decision: true } },
      creator: { select: { id: true, handle: true, displayName: true, platform: true, tier: true, followers: true, expectedEngagements: true, authenticityScore: true, priceLow: true, priceHigh: true, priceCurrency: true, priceSource: true } },
    },
  });
  const kept = items.filter((i) => i.status !== "rejected" && i.decisions[0]?.decision !== "rejected");
  const creators = kept.map(({ creator: c, agreedPrice }) => ({ ...c, fit: null, priceLow: dec(c.priceLow), priceHigh: dec(c.priceHigh), agreedPrice: dec(agreedPrice) }));
  return { creators, rejected: items.length - kept.length };
}

export async function createCampaign(user: SessionUser, input: CreateCampaignInput) {
  await assertNameFree(user.organizationId, input.name);
  if (input.from === "shortlist") {
    const pool = await listLaunchPool(user.organizationId, input.shortlistId);
    if (!pool.creators.length) throw new InvalidInputError("The list has no creators to book (none, or all rejected).", { shortlistId: ["No creators to book."] });
    return insertCampaign(user, input, { shortlistId: input.shortlistId, kind: "shortlist" }, pool.creators.map((c) => launchCreator(c)));
  }
  const q = planQuerySchema.safeParse(input.plan);
  if (!q.success) throw new InvalidInputError("The plan's parameters are not valid: open the plan again.", { plan: q.error.issues.map((i) => i.message) });
  // Calibrated as the page showed it, when the plan asked for it.
  const offer = q.data.calibrate === "on" ? await readCalibrationOffer(user.organizationId) : null;
  const plan = await planCampaign(q.data, user.organizationId, undefined, offer);
  const option = plan.options.find((o) => o.kind === input.option);
  if (!option || !option.creators.length) throw new InvalidInputError("That plan option holds no creators.", { option: ["Choose an option with creators."] });
  const list = await createShortlist(user.organizationId, user.id, { name: input.name, description: `Campaign “${input.name}”: the planner's ${input.option} option` });
  if (!list.ok) throw new ConflictError(`Your organisation already has a shortlist called “${input.name}”: name the campaign differently.`, { name: ["Choose another name."] });
  await addCreatorsToShortlist(user.organizationId, list.id, option.creators.map((c) => c.id), { id: user.id, label: user.name ?? user.email });
  const calibration = plan.calibration.used ? { factors: offer!.factors } : null;
  const snapshot = { option: input.option, budget: q.data.budget, goal: q.data.goal, query: input.plan, summary: option.summary, calibration } as unknown as Prisma.InputJsonValue;
  return insertCampaign(user, { ...input, budget: q.data.budget }, { shortlistId: list.id, kind: "plan", plan: snapshot }, option.creators.map((c) => launchCreator(c)));
}
