// The insights job on the job queue (pg-boss via lib/queries/job-queue.ts, the instance the import worker uses, lib/import/queue.ts): queued after each
// import and each re-score. The queue is "stately": at most one refresh waits while one runs, so a
// burst of imports costs two refreshes, and the last one sees every import.
import type { PgBoss } from "@/lib/queries/job-queue";
import { getInsightsSummary } from "@/lib/queries/insights-summary";
import { refreshInsights } from "./refresh";

export const INSIGHTS_QUEUE = "scout-insights";

export async function ensureInsightsQueue(boss: PgBoss): Promise<void> {
  await boss.createQueue(INSIGHTS_QUEUE, { name: INSIGHTS_QUEUE, policy: "stately", retryLimit: 3, retryDelay: 30, expireInSeconds: 30 * 60 });
}

export async function sendInsightsRefresh(boss: PgBoss): Promise<void> {
  await ensureInsightsQueue(boss);
  await boss.send(INSIGHTS_QUEUE, {});
}

export async function startInsightsWorker(boss: PgBoss): Promise<void> {
  await ensureInsightsQueue(boss);
  await boss.work(INSIGHTS_QUEUE, { batchSize: 1, pollingIntervalSeconds: 2 }, async () => {
    const r = await refreshInsights();
    console.log(`[insights] ${r.alertsAdded} new alert(s) in ${r.alertsMs} ms; dashboard summary in ${r.summaryMs} ms`);
  });
  // A database from before the dashboard (or restored without its summary): compute it once.
  if (!(await getInsightsSummary())) await boss.send(INSIGHTS_QUEUE, {});
}
