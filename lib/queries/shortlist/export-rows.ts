// A list's rows in id order, read in batches (keyset on the item id), so a 5,000-creator export never
// holds the whole list in memory and starts sending at once.
import { prisma } from "@/lib/db/client";
import { findListOrThrow } from "./access";
import { briefOf, itemSelect, toItemRow, type ItemRow, type RawItem } from "./rows";

export const EXPORT_BATCH = 500;

/** Checks the list belongs to the organisation (NotFoundError otherwise) before any byte is sent. */
export async function openListExport(organizationId: string, shortlistId: string) {
  const list = await findListOrThrow(organizationId, shortlistId);
  const full = await prisma.shortlist.findFirst({
    where: { id: list.id, organizationId },
    select: { brief: { select: { niches: true, keywords: true, countries: true, languages: true, platforms: true } } },
  });
  const brief = briefOf(full?.brief ?? null);
  async function* rows(): AsyncGenerator<ItemRow[]> {
    let after: string | undefined;
    for (;;) {
      const batch = await prisma.shortlistItem.findMany({
        where: { shortlistId: list.id, shortlist: { organizationId }, ...(after ? { id: { gt: after } } : {}) },
        orderBy: { id: "asc" },
        take: EXPORT_BATCH,
        select: itemSelect,
      });
      if (!batch.length) return;
      yield batch.map((i) => toItemRow(i as RawItem, brief));
      if (batch.length < EXPORT_BATCH) return;
      after = batch[batch.length - 1]!.id;
    }
  }
  return { name: list.name, rows };
}
