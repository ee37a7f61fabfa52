// A booked creator's fee and deliverables edited after launch, each change recorded (who, when,
// old -> new) in the same transaction. The predictions frozen at launch (and the launch fee and posts
// planned the predicted CPE was frozen with) are never touched; the report recomputes its actual
// costs from the new fee.
import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { dealChanges, type Deliverable } from "@/lib/domain/campaigns";
import { NotFoundError } from "@/lib/domain/errors";
import { userLabel, type SessionUser } from "@/lib/auth/roles";
import type { UpdateDealInput } from "@/lib/validation/campaigns";
import { findCampaignOrThrow } from "./access";

const deliverablesOf = (v: unknown) => (Array.isArray(v) ? v : []) as Deliverable[];

export async function updateCampaignDeal(user: SessionUser, campaignId: string, campaignCreatorId: string, input: UpdateDealInput) {
  const campaign = await findCampaignOrThrow(user.organizationId, campaignId);
  return prisma.$transaction(async (tx) => {
    // Locked for the edit: two people editing one deal record both changes, each against what it replaced.
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "CampaignCreator" WHERE id = ${campaignCreatorId} AND "campaignId" = ${campaignId} FOR UPDATE`;
    if (!rows.length) throw new NotFoundError("No such creator on this campaign.");
    const cc = await tx.campaignCreator.findUniqueOrThrow({ where: { id: campaignCreatorId }, select: { handle: true, fee: true, deliverables: true } });
    const before = { fee: cc.fee === null ? null : cc.fee.toNumber(), deliverables: deliverablesOf(cc.deliverables) };
    const changes = dealChanges(before, input, campaign.currency);
    if (changes.length) {
      await tx.campaignCreator.update({
        where: { id: campaignCreatorId },
        data: {
          ...(input.fee !== undefined ? { fee: input.fee, feeEstimated: false } : {}),
          ...(input.deliverables ? { deliverables: input.deliverables as unknown as Prisma.InputJsonValue } : {}),
        },
      });
      const label = userLabel(user);
      await tx.campaignCreatorChange.createMany({
        data: changes.map((c) => ({ campaignCreatorId, field: c.field, before: c.before as Prisma.InputJsonValue, after: c.after as Prisma.InputJsonValue, changedById: user.id, changedByLabel: label })),
      });
      await tx.campaign.update({ where: { id: campaignId }, data: { updatedAt: new Date() } });
    }
    return { id: campaignCreatorId, handle: cc.handle, changed: changes.map((c) => c.text) };
  });
}

/** The campaign's deal changes, newest first, each in words. */
export async function listDealChanges(organizationId: string, campaignId: string) {
  const campaign = await findCampaignOrThrow(organizationId, campaignId);
  const rows = await prisma.campaignCreatorChange.findMany({
    where: { campaignCreator: { campaignId } },
    orderBy: [{ changedAt: "desc" }, { id: "desc" }],
    take: 200,
    select: { id: true, field: true, before: true, after: true, changedByLabel: true, changedAt: true, campaignCreator: { select: { handle: true } } },
  });
  return rows.map((r) => {
    const edit = r.field === "fee" ? { fee: r.after as number } : { deliverables: deliverablesOf(r.after) };
    const before = { fee: r.field === "fee" ? (r.before as number | null) : null, deliverables: r.field === "deliverables" ? deliverablesOf(r.before) : [] };
    const text = dealChanges(before, edit, campaign.currency)[0]?.text ?? r.field;
    return { id: r.id, handle: r.campaignCreator.handle, field: r.field, text, by: r.changedByLabel, at: r.changedAt };
  });
}
