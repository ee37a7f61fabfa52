// pg-boss queue names and the upload chunk size: constants with no server imports, so that the
// worker's code and the browser's import wizard can name them without importing the worker.
export const IMPORT_QUEUE = "scout-import";
/** The daily clean-up of uploaded files (lib/import/retention.ts). */
export const FILE_CLEANUP_QUEUE = "scout-import-file-cleanup";

/** Uploads travel in chunks of at most this many bytes (the wizard sends them, the server checks). */
export const CHUNK_BYTES = 8 * 1024 * 1024;
