// Next.js calls register() once when the server starts: the import worker starts with the app, so
// imports interrupted by a restart resume without anyone visiting the admin pages.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.SCOUT_IMPORT_WORKER === "off") return;
  const { startImportWorker } = await import("./lib/import/queue");
  startImportWorker().catch((err: Error) => console.error("[import queue] worker did not start:", err.message));
}

// Next.js calls onRequestError for an error no code caught (a page's query, not only the session
// check). When the database was out of reach, the request is marked so that server.ts sends its 500
// as a 503 with Retry-After (lib/server/request-faults.ts); the page's error boundary says why.
export async function onRequestError(err: unknown) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isDatabaseUnavailable } = await import("./lib/server/db-unavailable");
  if (!isDatabaseUnavailable(err)) return;
  const { markDatabaseUnavailable } = await import("./lib/server/request-faults");
  markDatabaseUnavailable();
}
