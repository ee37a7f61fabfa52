// Next.js calls register() once when the server starts. On one box the app runs the background jobs
// itself (imports interrupted by a restart resume without anyone visiting the admin pages); with
// SCOUT_JOBS=off (or the older SCOUT_IMPORT_WORKER=off) it serves pages only and `npm run worker`
// processes run them (docs/deployment.md).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { jobsRunInThisProcess } = await import("./lib/jobs/config");
  if (!jobsRunInThisProcess()) return;
  const { startBackgroundJobs } = await import("./lib/jobs/registry");
  await startBackgroundJobs(() => {});
}
