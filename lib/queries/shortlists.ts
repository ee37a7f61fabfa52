// Shortlists belong to one organisation: every read and write filters by organizationId.
import { prisma } from "@/lib/db/client";

export async function listShortlistsForOrg(organizationId: string) {
  return prisma.shortlist.findMany({
    where: { organizationId },
    select: { id: true, name: true, description: true, updatedAt: true, _count: { select: { items: true } } },
    orderBy: { updatedAt: "desc" },
  });
}

/** Just the names, for a picker (the search page's "Add to" menu). */
export async function listShortlistNamesForOrg(organizationId: string) {
  return prisma.shortlist.findMany({ where: { organizationId }, select: { id: true, name: true }, orderBy: { updatedAt: "desc" } });
}

export async function getShortlistsWithItemsForOrg(organizationId: string) {
  return prisma.shortlist.findMany({
    where: { organizationId },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      name: true,
      description: true,
      _count: { select: { items: true } },
      items: {
        orderBy: { addedAt: "desc" },
        take: 100,
        select: {
          id: true,
          status: true,
          note: true,
          addedAt: true,
          creator: { select: { id: true, handle: true, platform: true, displayName: true, followers: true, tier: true, engagementRate: true } },
        },
      },
    },
  });
}

export type AddResult = "added" | "already" | "no_shortlist" | "no_creator";

/** Adds a creator to one of the organisation's shortlists (idempotent). */
export async function addCreatorToShortlist(organizationId: string, shortlistId: string, creatorId: string, note?: string): Promise<AddResult> {
  const [shortlist, creator] = await Promise.all([
    prisma.shortlist.findFirst({ where: { id: shortlistId, organizationId }, select: { id: true } }),
    prisma.creator.findUnique({ where: { id: creatorId }, select: { id: true } }),
  ]);
  if (!shortlist) return "no_shortlist";
  if (!creator) return "no_creator";
  // Already there: the unique key refuses the insert and the transaction leaves updatedAt alone.
  try {
    await prisma.$transaction([
      prisma.shortlistItem.create({ data: { shortlistId, creatorId, note: note || null } }),
      prisma.shortlist.update({ where: { id: shortlistId }, data: { updatedAt: new Date() } }),
    ]);
  } catch (err) {
    // Added before, or by a concurrent add (a double click) that won the unique key.
    if ((err as { code?: string }).code === "P2002") return "already";
    throw err;
  }
  return "added";
}

export type CreateResult = { ok: true; id: string } | { ok: false; reason: "name_taken" };

/** Creates a shortlist for the organisation; names are unique within an organisation. */
export async function createShortlist(organizationId: string, createdById: string, input: { name: string; description?: string }): Promise<CreateResult> {
  try {
    const list = await prisma.shortlist.create({
      data: { organizationId, createdById, name: input.name, description: input.description ?? null },
      select: { id: true },
    });
    return { ok: true, id: list.id };
  } catch (err) {
    if ((err as { code?: string }).code === "P2002") return { ok: false, reason: "name_taken" };
    throw err;
  }
}
