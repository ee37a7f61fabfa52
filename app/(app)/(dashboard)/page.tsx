import type { Metadata } from "next";
import { cookies } from "next/headers";
import { CatalogGlance } from "@/components/dashboard/catalog-glance";
import { LastImport } from "@/components/dashboard/last-import";
import { MarkVisited } from "@/components/dashboard/mark-visited";
import { MicroMacro } from "@/components/dashboard/micro-macro";
import { MyWork } from "@/components/dashboard/my-work";
import { LAST_VISIT_COOKIE } from "@/components/dashboard/visit-cookie";
import { requirePageUser } from "@/lib/auth/guard";
import { comparablePlatforms, platformComparison, summaryAge } from "@/lib/domain/insights/series";
import { formatInteger } from "@/lib/domain/format";
import { loadDashboard } from "@/lib/insights/dashboard";
import { onReplica } from "@/lib/queries/replica";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requirePageUser(undefined, "/");
  const seen = (await cookies()).get(LAST_VISIT_COOKIE)?.value;
  const lastVisit = seen && !Number.isNaN(Date.parse(seen)) ? new Date(seen) : null;
  const d = await loadDashboard(user.organizationId, lastVisit, onReplica);
  const s = d.summary;
  return (
    <main className="space-y-8">
      <MarkVisited />
      <div>
        <h1 className="text-2xl font-semibold">Dashboard · {user.organizationName}</h1>
        <p className="text-sm text-slate-600" data-testid="summary-age">
          {s
            ? <>Catalog figures: {formatInteger(s.creators)} creators, {summaryAge(s.computedAt, new Date())} ({s.computedAt.slice(0, 16).replace("T", " ")} UTC), refreshed in the background after each import and re-score. Your work below is live.</>
            : <>The catalog figures have not been computed yet: they are computed in the background after each import and re-score (or by <code>npm run db:seed</code>).</>}
        </p>
      </div>
      <MyWork lists={d.lists} decisions={d.decisions} alerts={d.alerts} unread={d.unread} imports={d.imports} isAdmin={user.role === "ADMIN"} />
      {s ? (
        <>
          <CatalogGlance summary={s} />
          <MicroMacro comparisons={comparablePlatforms(s).map((p) => platformComparison(s, p))} />
          <LastImport last={s.lastImport} />
        </>
      ) : null}
    </main>
  );
}
