// Shortlists belong to one organisation: every read and write filters by organizationId.
import "server-only";
import { NotFoundError } from "@/lib/domain/errors";
import { prisma } from "@/lib/db/client";

export async function listShortlistsForOrg(organizationId: string) {
  return prisma.shortlist.findMany({
    where: { organizationId },
    select: { id: true, name: true, description: true, updatedAt: true, _count: { select: { items: true } } },
    orderBy: { updatedAt: "desc" },
  });
}

/** Just the names of the active (not archived) lists, for a picker (the search page's "Add to" menu). */
export async function listShortlistNamesForOrg(organizationId: string) {
  return prisma.shortlist.findMany({ where: { organizationId, archivedAt: null }, select: { id: true, name: true }, orderBy: { updatedAt: "desc" } });
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

/** Who did it, as the activity log shows it ("client" for a share link's visitor). */
export type Actor = { id: string | null; label: string };

export type BulkAddResult = { added: string[]; already: string[]; missing: string[] };

/**
 * Adds many creators to one of the organisation's lists at once (search's selected rows, compare, the
 * planner). Idempotent: creators already on the list, or added by a concurrent request, count as
 * "already"; unknown creator ids as "missing". Throws NotFoundError for another organisation's list.
 */
export async function addCreatorsToShortlist(organizationId: string, shortlistId: string, creatorIds: readonly string[], actor: Actor): Promise<BulkAddResult> {
  const ids = [...new Set(creatorIds)];
  const [list, found] = await Promise.all([
    prisma.shortlist.findFirst({ where: { id: shortlistId, organizationId }, select: { id: true } }),
    prisma.creator.findMany({ where: { id: { in: ids } }, select: { id: true } }),
  ]);
  if (!list) throw new NotFoundError("No such shortlist in your organisation.");
  const known = new Set(found.map((c) => c.id));
  const wanted = ids.filter((id) => known.has(id));
  return prisma.$transaction(async (tx) => {
    // ON CONFLICT DO NOTHING (skipDuplicates) makes two concurrent adds of one creator both succeed.
    const before = new Set((await tx.shortlistItem.findMany({ where: { shortlistId, creatorId: { in: wanted } }, select: { creatorId: true } })).map((i) => i.creatorId));
    const fresh = wanted.filter((id) => !before.has(id));
    const inserted = fresh.length ? await tx.shortlistItem.createManyAndReturn({ data: fresh.map((creatorId) => ({ shortlistId, creatorId })), skipDuplicates: true, select: { creatorId: true } }) : [];
    const added = inserted.map((i) => i.creatorId);
    const addedSet = new Set(added);
    if (added.length) {
      await tx.shortlistActivity.createMany({ data: added.map((creatorId) => ({ shortlistId, creatorId, actorId: actor.id, actorLabel: actor.label, kind: "added" })) });
      await tx.shortlist.update({ where: { id: shortlistId }, data: { updatedAt: new Date() } });
    }
    return { added, already: wanted.filter((id) => !addedSet.has(id)), missing: ids.filter((id) => !known.has(id)) };
  });
}

export type CreateResult = { ok: true; id: string } | { ok: false; reason: "name_taken" };

/** Creates a shortlist for the organisation; names are unique within an organisation. */
export async function createShortlist(organizationId: string, createdById: string, input: { name: string; description?: string }): Promise<CreateResult> {
  try {
    // The list's log starts with who created it (the list page shows it).
    const list = await prisma.$transaction(async (tx) => {
      const created = await tx.shortlist.create({
        data: { organizationId, createdById, name: input.name, description: input.description ?? null },
        select: { id: true },
      });
      const who = await tx.user.findUnique({ where: { id: createdById }, select: { name: true, email: true } });
      await tx.shortlistActivity.create({
        data: { shortlistId: created.id, actorId: who ? createdById : null, actorLabel: who ? who.name || who.email : "unknown", kind: "created", detail: { name: input.name } },
      });
      return created;
    });
    return { ok: true, id: list.id };
  } catch (err) {
    if ((err as { code?: string }).code === "P2002") return { ok: false, reason: "name_taken" };
    throw err;
  }
}
