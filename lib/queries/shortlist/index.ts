// Shortlists in the database: every read and write scoped to the caller's organisation; a share
// link's token opens one list and nothing else.
export { actorOf, findListOrThrow, type Actor } from "./access";
export { listShortlistIndex, createList, getShortlistForOrg, updateList, duplicateList, deleteList, type ShortlistIndexRow } from "./lists";
export { listItemRows, updateItem, setItemsStatus, removeItems, transferItems } from "./items";
export { listPage, listTotals, sortedItemIds, itemRowsByIds, listBrief, type ListSort } from "./list-page";
export { listActivity, type ActivityRow } from "./activity";
export { createShareLink, listShareLinks, revokeShareLink, getSharedList, recordClientDecision, hashShareToken, CLIENT_ACTOR, type ShareLinkRow, type SharedList, type SharedItem } from "./share";
export { openListExport, EXPORT_BATCH } from "./export-rows";
export type { ItemRow } from "./rows";
