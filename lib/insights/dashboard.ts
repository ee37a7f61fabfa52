// Everything the dashboard page shows, in one call (the page and the benchmark share it): the
// stored catalog summary (one row) and the organisation's own small reads, in parallel.
import { listAlerts, countUnreadAlerts } from "@/lib/queries/alerts";
import { listListsInProgress, listRecentImports, listWaitingDecisions } from "@/lib/queries/dashboard";
import { getInsightsSummary } from "@/lib/queries/insights-summary";

/**
 * `catalogRead` wraps the catalog summary's read: the page passes onReplica (a read replica may serve
 * it); the organisation's own work is always read on the primary, so a list or an alert just changed
 * shows as it is now.
 */
export async function loadDashboard(organizationId: string, lastVisit: Date | null, catalogRead: <T>(fn: () => Promise<T>) => Promise<T> = (fn) => fn()) {
  const [summary, lists, decisions, imports, alerts, unread] = await Promise.all([
    catalogRead(() => getInsightsSummary()),
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
