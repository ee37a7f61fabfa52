// A list's creators: read as rows, edit one (status, note, agreed price), change several at once,
// remove, move or copy to another list. Every change is logged.
import { prisma } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";
import type { ShortlistStatus } from "@/lib/domain/shortlist";
import type { UpdateItemInput } from "@/lib/validation/shortlist";
import { findListOrThrow, itemsOnList, logActivity, type Actor, LIST_NOT_FOUND } from "./access";
import { briefOf, itemSelect, toItemRow, type ItemRow, type RawItem } from "./rows";

/** Every item of one of the organisation's lists, as rows, newest added first (the API's read; the page and the export read one page or batch at a time: list-page.ts). */
export async function listItemRows(organizationId: string, shortlistId: string): Promise<ItemRow[]> {
  const list = await prisma.shortlist.findFirst({
    where: { id: shortlistId, organizationId },
    select: { brief: { select: { niches: true, keywords: true, countries: true, languages: true, platforms: true } }, items: { select: itemSelect, orderBy: { addedAt: "desc" } } },
  });
  if (!list) throw new NotFoundError(LIST_NOT_FOUND);
  const brief = briefOf(list.brief);
  return list.items.map((i) => toItemRow(i as RawItem, brief));
}

const ITEM_NOT_FOUND = "No such creator on this list.";

export async function updateItem(organizationId: string, shortlistId: string, itemId: string, input: UpdateItemInput, actor: Actor) {
  const item = await prisma.shortlistItem.findFirst({
    where: { id: itemId, shortlistId, shortlist: { organizationId } },
    select: { id: true, creatorId: true, status: true, note: true, agreedPrice: true },
  });
  if (!item) throw new NotFoundError(ITEM_NOT_FOUND);
  const before = { status: item.status, note: item.note, agreedPrice: item.agreedPrice === null ? null : Number(item.agreedPrice) };
  const data: Partial<UpdateItemInput> = {};
  const log: { creatorId: string; kind: string; detail: { from: string | number | null; to: string | number | null } }[] = [];
  for (const key of ["status", "note", "agreedPrice"] as const) {
    const next = input[key];
    if (next === undefined || next === before[key]) continue;
    Object.assign(data, { [key]: next });
    log.push({ creatorId: item.creatorId, kind: key === "agreedPrice" ? "price" : key, detail: { from: before[key], to: next } });
  }
  if (!log.length) return { changed: 0 };
  await prisma.$transaction(async (tx) => {
    await tx.shortlistItem.update({ where: { id: item.id }, data });
    await logActivity(tx, shortlistId, actor, log);
  });
  return { changed: log.length };
}

/** Status of several at once; items not on this list are ignored. Returns how many changed. */
export async function setItemsStatus(organizationId: string, shortlistId: string, itemIds: readonly string[], status: ShortlistStatus, actor: Actor) {
  await findListOrThrow(organizationId, shortlistId);
  return prisma.$transaction(async (tx) => {
    const items = (await itemsOnList(tx, shortlistId, itemIds)).filter((i) => i.status !== status);
    if (!items.length) return { changed: 0 };
    await tx.shortlistItem.updateMany({ where: { id: { in: items.map((i) => i.id) }, shortlistId }, data: { status } });
    await logActivity(tx, shortlistId, actor, items.map((i) => ({ creatorId: i.creatorId, kind: "status", detail: { from: i.status, to: status } })));
    return { changed: items.length };
  });
}

export async function removeItems(organizationId: string, shortlistId: string, itemIds: readonly string[], actor: Actor) {
  await findListOrThrow(organizationId, shortlistId);
  return prisma.$transaction(async (tx) => {
    const items = await itemsOnList(tx, shortlistId, itemIds);
    if (!items.length) return { removed: 0 };
    await tx.shortlistItem.deleteMany({ where: { id: { in: items.map((i) => i.id) }, shortlistId } });
    await logActivity(tx, shortlistId, actor, items.map((i) => ({ creatorId: i.creatorId, kind: "removed" })));
    return { removed: items.length };
  });
}

/**
 * Moves or copies items to another list of the organisation, with their status, note and agreed
 * price. A creator already on the target keeps its entry there ("already"); a move still takes it
 * off this list.
 */
export async function transferItems(organizationId: string, shortlistId: string, itemIds: readonly string[], targetId: string, mode: "move" | "copy", actor: Actor) {
  const [source, target] = await Promise.all([
    findListOrThrow(organizationId, shortlistId),
    prisma.shortlist.findFirst({ where: { id: targetId, organizationId }, select: { id: true, name: true } }),
  ]);
  if (!target) throw new NotFoundError("No such target shortlist in your organisation.", { targetId: ["No such shortlist in your organisation."] });
  if (target.id === source.id) return { moved: 0, copied: 0, already: 0 };
  return prisma.$transaction(async (tx) => {
    const items = await itemsOnList(tx, shortlistId, itemIds);
    const inserted = items.length
      ? await tx.shortlistItem.createManyAndReturn({
          data: items.map((i) => ({ shortlistId: target.id, creatorId: i.creatorId, status: i.status, note: i.note, agreedPrice: i.agreedPrice })),
          skipDuplicates: true,
          select: { creatorId: true },
        })
      : [];
    if (mode === "move" && items.length) await tx.shortlistItem.deleteMany({ where: { id: { in: items.map((i) => i.id) }, shortlistId } });
    const kindHere = mode === "move" ? "moved_out" : "copied_out";
    await logActivity(tx, shortlistId, actor, items.map((i) => ({ creatorId: i.creatorId, kind: kindHere, detail: { list: target.name } })));
    await logActivity(tx, target.id, actor, inserted.map((i) => ({ creatorId: i.creatorId, kind: mode === "move" ? "moved_in" : "copied_in", detail: { list: source.name } })));
    const done = inserted.length;
    return { moved: mode === "move" ? items.length : 0, copied: mode === "copy" ? done : 0, already: items.length - done };
  });
}
