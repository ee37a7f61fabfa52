// A list's rows for a download, in the order the list page shows them: the page's sort (its default,
// newest added first, or the column the user sorted by), through the same SQL order as the page
// (lib/queries/shortlist/list-order.ts), so the file and the screen never disagree. The ordered ids
// are read first (one narrow query over the list); full rows follow in batches of 500, each handed
// to the writers as it arrives, so memory holds one batch of rows, not the list.
import type { ListSortKey } from "@/lib/domain/shortlist";
import { findListOrThrow } from "./access";
import { itemRowsByIds, listBrief, sortedItemIds } from "./list-page";
import type { ItemRow } from "./rows";

export const EXPORT_BATCH = 500;

export type ExportSort = { sort: ListSortKey; order: "asc" | "desc" };
/** The list page's default: newest added first. */
export const DEFAULT_EXPORT_SORT: ExportSort = { sort: "added", order: "desc" };

/** Checks the list belongs to the organisation (NotFoundError otherwise) before any byte is sent. */
export async function openListExport(organizationId: string, shortlistId: string, sort: ExportSort = DEFAULT_EXPORT_SORT) {
  const list = await findListOrThrow(organizationId, shortlistId);
  const brief = await listBrief(organizationId, list.id);
  const ids = await sortedItemIds(list.id, brief, sort);
  async function* rows(): AsyncGenerator<ItemRow[]> {
    for (let i = 0; i < ids.length; i += EXPORT_BATCH) yield itemRowsByIds(list.id, ids.slice(i, i + EXPORT_BATCH), brief);
  }
  return { name: list.name, rows };
}
