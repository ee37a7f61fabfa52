// Finding a campaign inside the caller's organisation. Another organisation's campaign is "not
// found", exactly like one that does not exist: nothing about it leaks. No "server-only": the
// command line's results import loads it.
import { prisma } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";

export const CAMPAIGN_NOT_FOUND = "No such campaign in your organisation.";

export async function findCampaignOrThrow(organizationId: string, id: string) {
  const c = await prisma.campaign.findFirst({ where: { id, organizationId }, select: { id: true, name: true, currency: true, shortlistId: true } });
  if (!c) throw new NotFoundError(CAMPAIGN_NOT_FOUND);
  return c;
}

export const isUniqueViolation = (err: unknown) => (err as { code?: string } | null)?.code === "P2002";

/** The command line's and an import job's campaign, by id alone (whoever runs the CLI runs the installation). */
export async function findCampaignById(id: string) {
  const c = await prisma.campaign.findUnique({ where: { id }, select: { id: true, name: true, organizationId: true } });
  if (!c) throw new NotFoundError(`No campaign with id ${id}.`);
  return c;
}
