// pg-boss queue names, apart from lib/import/queue.ts so that code the worker runs can name them
// without importing the worker.
export const IMPORT_QUEUE = "scout-import";
/** The daily clean-up of uploaded files (lib/import/retention.ts). */
export const FILE_CLEANUP_QUEUE = "scout-import-file-cleanup";
