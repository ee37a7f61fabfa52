// The insights job: after each import and each re-score, in the background (never in a page
// request), it computes every organisation's alerts and the dashboard's catalog summary.
import { computeAlerts } from "@/lib/queries/alerts";
import { computeInsightsSummary, saveInsightsSummary } from "@/lib/queries/insights-summary";
import { getAlertSettings, getTierThresholds } from "@/lib/queries/settings";

export type InsightsRefresh = { alertsAdded: number; summaryMs: number; alertsMs: number };

export async function refreshInsights(now = new Date()): Promise<InsightsRefresh> {
  const t0 = Date.now();
  const [thresholds, settings] = await Promise.all([getTierThresholds(), getAlertSettings()]);
  const alertsAdded = await computeAlerts(thresholds, settings, now);
  const t1 = Date.now();
  await saveInsightsSummary(await computeInsightsSummary(now));
  return { alertsAdded, alertsMs: t1 - t0, summaryMs: Date.now() - t1 };
}
