// Finding a list or an item inside the caller's organisation. Another organisation's record is
// "not found", exactly like one that does not exist: nothing about it leaks.
import { prisma } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import type { Prisma } from "@/lib/db/generated/client";
import type { SessionUser } from "@/lib/auth/roles";
import { canManageList, canManageShareLinks } from "@/lib/domain/shortlist";

export const LIST_NOT_FOUND = "No such shortlist in your organisation.";

/** Who did it, as the activity log shows it ("client" for a share link's visitor). */
export type Actor = { id: string | null; label: string };

export function actorOf(user: Pick<SessionUser, "id" | "name" | "email">): Actor {
  return { id: user.id, label: user.name || user.email };
}

export async function findListOrThrow(organizationId: string, id: string) {
  const list = await prisma.shortlist.findFirst({ where: { id, organizationId }, select: { id: true, name: true, createdById: true, archivedAt: true } });
  if (!list) throw new NotFoundError(LIST_NOT_FOUND);
  return list;
}

/** Deleting a list: see canManageList (README "Who may do what"). */
export async function findManageableListOrThrow(user: SessionUser, id: string) {
  const list = await findListOrThrow(user.organizationId, id);
  if (!canManageList(user, list.createdById)) {
    throw new ForbiddenError("Only agency staff, admins and the marketer who created this list may delete it.");
  }
  return list;
}

/** Managing a list's share links: AGENCY and ADMIN only (canManageShareLinks). */
export async function findShareableListOrThrow(user: SessionUser, id: string) {
  const list = await findListOrThrow(user.organizationId, id);
  if (!canManageShareLinks(user)) throw new ForbiddenError("Only agency staff and admins may manage share links.");
  return list;
}

/** Item ids that really are on this list (of this organisation); others are silently dropped. */
export async function itemsOnList(tx: Prisma.TransactionClient, shortlistId: string, itemIds: readonly string[]) {
  return tx.shortlistItem.findMany({
    where: { id: { in: [...new Set(itemIds)] }, shortlistId },
    select: { id: true, creatorId: true, status: true, note: true, agreedPrice: true },
  });
}

type LogEntry = { creatorId?: string | null; kind: string; detail?: Prisma.InputJsonValue };

export async function logActivity(tx: Prisma.TransactionClient, shortlistId: string, actor: Actor, entries: readonly LogEntry[]) {
  if (!entries.length) return;
  await tx.shortlistActivity.createMany({
    data: entries.map((e) => ({ shortlistId, actorId: actor.id, actorLabel: actor.label, creatorId: e.creatorId ?? null, kind: e.kind, detail: e.detail })),
  });
  await tx.shortlist.update({ where: { id: shortlistId }, data: { updatedAt: new Date() } });
}
