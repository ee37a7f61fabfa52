import type { Metadata } from "next";
import { AlertsFilters } from "@/components/alerts/alerts-filters";
import { AlertsList } from "@/components/alerts/alerts-list";
import { requirePageUser } from "@/lib/auth/guard";
import { listAlerts } from "@/lib/queries/alerts";
import { getAlertSettings } from "@/lib/queries/settings";
import { listShortlistIndex } from "@/lib/queries/shortlist";
import { parseAlertsQueryLenient } from "@/lib/validation/alerts";

export const metadata: Metadata = { title: "Alerts" };

export default async function AlertsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser(undefined, "/alerts");
  const query = parseAlertsQueryLenient(await searchParams);
  const [alerts, lists, settings] = await Promise.all([
    listAlerts(user.organizationId, { kind: query.kind, status: query.status, shortlistId: query.list }),
    listShortlistIndex(user.organizationId),
    getAlertSettings(),
  ]);
  const filtered = Boolean(query.kind || query.status || query.list);
  return (
    <main className="space-y-4">
      <h1 className="text-2xl font-semibold">Alerts · {user.organizationName}</h1>
      <p className="text-sm text-slate-600">
        About creators on your organisation&apos;s active lists, checked after every import and re-score: leaning out of their tier
        (within {settings.driftPercent}% of its upper bound), changing tier, followers up {settings.jumpPercent}% or more between two
        measurements without engagement following, engagement rate down {settings.dropPercent}% or more, and metrics older than {settings.staleDays} days.
      </p>
      <AlertsFilters query={query} lists={lists.map((l) => ({ id: l.id, name: l.name }))} />
      <AlertsList alerts={alerts.map((a) => ({ ...a, createdAt: a.createdAt.toISOString(), readAt: a.readAt?.toISOString() ?? null }))} filtered={filtered} />
    </main>
  );
}
