// A list as a whole: the index, create, rename/describe/brief/archive, duplicate, delete.
import { prisma } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import type { SessionUser } from "@/lib/auth/roles";
import type { UpdateShortlistInput } from "@/lib/validation/shortlist";
import { findListOrThrow, findManageableListOrThrow, logActivity, type Actor } from "./access";

const isUniqueViolation = (err: unknown) => (err as { code?: string } | null)?.code === "P2002";
const nameTaken = (name: string) => new ConflictError(`Your organisation already has a shortlist called “${name}”.`, { name: ["Choose another name."] });

/** Active and archived lists with their sizes, newest change first. */
export async function listShortlistIndex(organizationId: string) {
  const rows = await prisma.shortlist.findMany({
    where: { organizationId },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true, name: true, description: true, archivedAt: true, updatedAt: true, createdById: true,
      brief: { select: { id: true, name: true } },
      _count: { select: { items: true, shareLinks: true } },
    },
  });
  return rows.map(({ _count, ...r }) => ({ ...r, size: _count.items, shareLinkCount: _count.shareLinks }));
}
export type ShortlistIndexRow = Awaited<ReturnType<typeof listShortlistIndex>>[number];

async function assertBriefInOrg(organizationId: string, briefId: string) {
  const brief = await prisma.brandBrief.findFirst({ where: { id: briefId, organizationId }, select: { id: true, name: true } });
  if (!brief) throw new NotFoundError("No such brief in your organisation.", { briefId: ["No such brief in your organisation."] });
  return brief;
}

export async function createList(organizationId: string, actor: Actor, input: { name: string; description?: string; briefId?: string }) {
  if (input.briefId) await assertBriefInOrg(organizationId, input.briefId);
  try {
    return await prisma.$transaction(async (tx) => {
      const list = await tx.shortlist.create({
        data: { organizationId, createdById: actor.id, name: input.name, description: input.description ?? null, briefId: input.briefId ?? null },
        select: { id: true, name: true },
      });
      await logActivity(tx, list.id, actor, [{ kind: "created", detail: { name: input.name } }]);
      return list;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw nameTaken(input.name);
    throw err;
  }
}

/** The list's header: name, description, brief, archive state, who created it. */
export async function getShortlistForOrg(organizationId: string, id: string) {
  const list = await prisma.shortlist.findFirst({
    where: { id, organizationId },
    select: {
      id: true, name: true, description: true, archivedAt: true, createdAt: true, updatedAt: true, createdById: true,
      brief: { select: { id: true, name: true, niches: true, keywords: true, countries: true, languages: true, platforms: true, budget: true } },
    },
  });
  if (!list) throw new NotFoundError("No such shortlist in your organisation.");
  return { ...list, brief: list.brief && { ...list.brief, budget: list.brief.budget === null ? null : Number(list.brief.budget) } };
}

/** Applies the fields given and logs each change (with its before and after). */
export async function updateList(organizationId: string, id: string, input: UpdateShortlistInput, actor: Actor) {
  const before = await prisma.shortlist.findFirst({
    where: { id, organizationId },
    select: { name: true, description: true, briefId: true, archivedAt: true, brief: { select: { name: true } } },
  });
  if (!before) throw new NotFoundError("No such shortlist in your organisation.");
  const brief = input.briefId ? await assertBriefInOrg(organizationId, input.briefId) : null;
  const data: { name?: string; description?: string | null; briefId?: string | null; archivedAt?: Date | null } = {};
  const log: { kind: string; detail: Record<string, string | null> }[] = [];
  if (input.name !== undefined && input.name !== before.name) {
    data.name = input.name;
    log.push({ kind: "renamed", detail: { from: before.name, to: input.name } });
  }
  if (input.description !== undefined && input.description !== before.description) {
    data.description = input.description;
    log.push({ kind: "described", detail: { from: before.description, to: input.description } });
  }
  if (input.briefId !== undefined && input.briefId !== before.briefId) {
    data.briefId = input.briefId;
    log.push({ kind: "brief", detail: { from: before.brief?.name ?? null, to: brief?.name ?? null } });
  }
  if (input.archived !== undefined && input.archived !== (before.archivedAt !== null)) {
    data.archivedAt = input.archived ? new Date() : null;
    log.push({ kind: input.archived ? "archived" : "restored", detail: {} });
  }
  if (!log.length) return { changed: 0 };
  try {
    await prisma.$transaction(async (tx) => {
      await tx.shortlist.update({ where: { id }, data });
      await logActivity(tx, id, actor, log);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw nameTaken(input.name ?? "");
    throw err;
  }
  return { changed: log.length };
}

/** A new list with the same items, statuses, notes and agreed prices (share links are not copied). */
export async function duplicateList(organizationId: string, id: string, name: string, actor: Actor) {
  const source = await prisma.shortlist.findFirst({
    where: { id, organizationId },
    select: { name: true, description: true, briefId: true, items: { select: { creatorId: true, status: true, note: true, agreedPrice: true } } },
  });
  if (!source) throw new NotFoundError("No such shortlist in your organisation.");
  try {
    return await prisma.$transaction(async (tx) => {
      const list = await tx.shortlist.create({
        data: { organizationId, createdById: actor.id, name, description: source.description, briefId: source.briefId },
        select: { id: true, name: true },
      });
      await tx.shortlistItem.createMany({ data: source.items.map((i) => ({ ...i, shortlistId: list.id })) });
      await logActivity(tx, list.id, actor, [{ kind: "duplicated", detail: { from: source.name, items: source.items.length } }]);
      return list;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw nameTaken(name);
    throw err;
  }
}

/** Deletes a list with its items, log and share links (see canManageList for who may). */
export async function deleteList(user: SessionUser, id: string) {
  const list = await findManageableListOrThrow(user, id);
  await prisma.shortlist.deleteMany({ where: { id: list.id, organizationId: user.organizationId } });
  return { id: list.id, name: list.name };
}

export { findListOrThrow };
