// Everything the dashboard page shows, in one call (the page and the benchmark share it): the
// stored catalog summary (one row) and the organisation's own small reads, in parallel.
import { listAlerts, countUnreadAlerts } from "@/lib/queries/alerts";
import { listListsInProgress, listRecentImports, listWaitingDecisions } from "@/lib/queries/dashboard";
import { getInsightsSummary } from "@/lib/queries/insights-summary";

export async function loadDashboard(organizationId: string, lastVisit: Date | null) {
  const [summary, lists, decisions, imports, alerts, unread] = await Promise.all([
    getInsightsSummary(),
    listListsInProgress(organizationId),
    listWaitingDecisions(organizationId),
    listRecentImports(),
    listAlerts(organizationId, { status: "unread", limit: 5 }),
    countUnreadAlerts(organizationId),
  ]);
  return {
    summary, lists, imports, alerts, unread,
    decisions: { items: decisions.items, total: decisions.total, newSinceVisit: lastVisit ? decisions.since(lastVisit) : 0, lastVisit },
  };
}
