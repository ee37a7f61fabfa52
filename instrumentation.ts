// Next.js calls register() once when the server starts: the import worker starts with the app, so
// imports interrupted by a restart resume without anyone visiting the admin pages.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.SCOUT_IMPORT_WORKER === "off") return;
  const { startImportWorker } = await import("./lib/import/queue");
  startImportWorker().catch((err: Error) => console.error("[import queue] worker did not start:", err.message));
}
