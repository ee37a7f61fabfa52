// A brand's client looks at a shared list: no account, outside the signed-in app (proxy.ts lets
// /share/ through and adds no-referrer and noindex headers). The token opens this list and nothing else.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { CampaignReportView } from "@/components/campaigns/campaign-report";
import { SharedTable } from "@/components/shortlist/shared-table";
import { getSharedCampaignReports } from "@/lib/queries/campaigns";
import { getSharedList } from "@/lib/queries/shortlist";
import { shareTokenSchema } from "@/lib/validation/shortlist";

export const metadata: Metadata = {
  title: "Shared shortlist",
  robots: { index: false, follow: false, nocache: true },
  referrer: "no-referrer",
};

export default async function SharedListPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const token = shareTokenSchema.safeParse((await params).token);
  if (!token.success) notFound();
  const list = await getSharedList(token.data);
  if (!list) notFound();
  const decided = list.items.filter((i) => i.decision).length;
  const shared = await getSharedCampaignReports(token.data);
  return (
    <main className="mx-auto max-w-6xl space-y-4 px-4 py-8">
      <header>
        <p className="text-sm text-slate-500">Shared by {list.organizationName} through Scout · read-only</p>
        <h1 className="text-2xl font-semibold">{list.name}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {list.items.length} creators · you have answered {decided}. Approve or reject each one; a comment helps the team. You can change an answer until the link expires on {list.expiresAt.toISOString().slice(0, 10)}.
        </p>
      </header>
      {shared.reports.map((r) => (
        <section key={r.campaign.id} aria-label={`Campaign report: ${r.campaign.name}`} className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4" data-testid="shared-campaign">
          <h2 className="text-xl font-semibold">Campaign report: {r.campaign.name}{r.campaign.synthetic ? " (synthetic demo results)" : ""}</h2>
          <p className="text-sm text-slate-600">{r.campaign.startsOn.toISOString().slice(0, 10)}{r.campaign.endsOn ? ` – ${r.campaign.endsOn.toISOString().slice(0, 10)}` : ""} · goal: {r.campaign.goal} · read-only</p>
          <CampaignReportView report={r.report} currency={r.campaign.currency} startsOn={r.campaign.startsOn} endsOn={r.campaign.endsOn} showMoney={shared.showMoney} />
        </section>
      ))}
      {list.items.length ? <SharedTable token={token.data} items={list.items} columns={list.columns} /> : <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">This list has no creators yet.</p>}
    </main>
  );
}
