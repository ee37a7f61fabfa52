// Next.js calls register() once when the server starts. It starts reading the search catalog. On one box the app runs the background jobs
// itself (imports interrupted by a restart resume without anyone visiting the admin pages); with
// SCOUT_JOBS=off (or the older SCOUT_IMPORT_WORKER=off) it serves pages only and `npm run worker`
// processes run them (docs/deployment.md).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // The search catalog is read whole once per process (seconds at a million creators): start now,
  // so that the first search does not wait for it. A failure (the database down) is retried by the
  // first search.
  // Once read, the API's reads are run on it for a few seconds before any search is answered, so
  // that the first users' requests do not run in V8's first tiers (lib/queries/warm-reads.ts).
  const { warmSearchCatalog } = await import("./lib/queries/search/catalog-sync");
  const { warmReads } = await import("./lib/queries/warm-reads");
  warmSearchCatalog(warmReads);
  const { jobsRunInThisProcess } = await import("./lib/jobs/config");
  if (!jobsRunInThisProcess()) return;
  const { startBackgroundJobs } = await import("./lib/jobs/registry");
  await startBackgroundJobs(() => {});
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
