// What an import brings in: the catalog's creators (the default), or the posts of one campaign
// (docs/import.md "Campaign results"). Below both the import-jobs queries and the request schemas.
export const IMPORT_KINDS = ["creators", "campaign-results"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
