// A list's rows for a download, in the order the list page shows them: the page's sort (its default,
// newest added first, or the column the user sorted by), through the same rows and the same sort
// function as the page, so the file and the screen never disagree. The rows are handed to the
// writers in batches; like the page, the whole list is read first (a sort covers every row).
import { sortListRows, type ListSortKey } from "@/lib/domain/shortlist";
import { findListOrThrow } from "./access";
import { listItemRows } from "./items";
import type { ItemRow } from "./rows";

export const EXPORT_BATCH = 500;

export type ExportSort = { sort: ListSortKey; order: "asc" | "desc" };
/** The list page's default: newest added first. */
export const DEFAULT_EXPORT_SORT: ExportSort = { sort: "added", order: "desc" };

/** Checks the list belongs to the organisation (NotFoundError otherwise) before any byte is sent. */
export async function openListExport(organizationId: string, shortlistId: string, sort: ExportSort = DEFAULT_EXPORT_SORT) {
  const list = await findListOrThrow(organizationId, shortlistId);
  const sorted = sortListRows(await listItemRows(organizationId, list.id), sort.sort, sort.order);
  async function* rows(): AsyncGenerator<ItemRow[]> {
    for (let i = 0; i < sorted.length; i += EXPORT_BATCH) yield sorted.slice(i, i + EXPORT_BATCH);
  }
  return { name: list.name, rows };
}
