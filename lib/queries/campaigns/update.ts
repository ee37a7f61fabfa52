// Editing a campaign's header: name, dates, budget, goal, currency, and whether its report shows on
// the source list's share links (AGENCY and ADMIN only, as managing share links is).
import { prisma } from "@/lib/db/client";
import { canManageShareLinks } from "@/lib/domain/shortlist";
import { ConflictError, ForbiddenError, InvalidInputError } from "@/lib/domain/errors";
import type { SessionUser } from "@/lib/auth/roles";
import type { UpdateCampaignInput } from "@/lib/validation/campaigns";
import { findCampaignOrThrow, isUniqueViolation } from "./access";

const day = (s: string) => new Date(`${s}T00:00:00Z`);

export async function updateCampaign(user: SessionUser, id: string, input: UpdateCampaignInput) {
  const found = await findCampaignOrThrow(user.organizationId, id);
  if (input.shareWithClient !== undefined && !canManageShareLinks(user)) throw new ForbiddenError("Only agency staff and admins may share a campaign's report with the client.");
  if (input.shareWithClient && !found.shortlistId) throw new InvalidInputError("This campaign's list was deleted: there is no share link to show the report on.");
  const current = await prisma.campaign.findUniqueOrThrow({ where: { id }, select: { startsOn: true, endsOn: true } });
  const starts = input.startsOn ?? current.startsOn.toISOString().slice(0, 10);
  const ends = input.endsOn === undefined ? current.endsOn?.toISOString().slice(0, 10) : input.endsOn;
  if (ends && ends < starts) throw new InvalidInputError("The campaign cannot end before it starts.", { endsOn: ["The campaign cannot end before it starts."] });
  try {
    return await prisma.campaign.update({
      where: { id },
      data: {
        name: input.name,
        startsOn: input.startsOn ? day(input.startsOn) : undefined,
        endsOn: input.endsOn === undefined ? undefined : input.endsOn ? day(input.endsOn) : null,
        budget: input.budget,
        goal: input.goal,
        currency: input.currency,
        shareWithClient: input.shareWithClient,
      },
      select: { id: true, name: true, shareWithClient: true },
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError(`Your organisation already has a campaign called “${input.name}”.`, { name: ["Choose another name."] });
    throw err;
  }
}

/** Deleting a campaign and its results: AGENCY and ADMIN, or whoever created it (as deleting a list). */
export async function deleteCampaign(user: SessionUser, id: string) {
  await findCampaignOrThrow(user.organizationId, id);
  const c = await prisma.campaign.findUniqueOrThrow({ where: { id }, select: { createdById: true } });
  if (!canManageShareLinks(user) && c.createdById !== user.id) throw new ForbiddenError("Only agency staff, admins and whoever created this campaign may delete it.");
  await prisma.campaign.delete({ where: { id } });
  return { deleted: id };
}
