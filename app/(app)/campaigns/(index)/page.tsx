import type { Metadata } from "next";
import Link from "next/link";
import { CreateCampaignForm } from "@/components/campaigns/create-campaign-form";
import { TierOutcomes } from "@/components/campaigns/tier-outcomes";
import { tierOutcomes } from "@/lib/domain/campaigns";
import { Badge } from "@/components/ui/badge";
import { requirePageUser } from "@/lib/auth/guard";
import { formatInteger, formatMoneyExact } from "@/lib/domain/format";
import { listCampaignReports, listCampaigns } from "@/lib/queries/campaigns";
import { listShortlistIndex } from "@/lib/queries/shortlist";
import { createCampaignAction } from "../actions";

export const metadata: Metadata = { title: "Campaigns" };

export default async function CampaignsPage() {
  const user = await requirePageUser(undefined, "/campaigns");
  const [campaigns, lists, reports] = await Promise.all([listCampaigns(user.organizationId), listShortlistIndex(user.organizationId), listCampaignReports(user.organizationId)]);
  const active = lists.filter((l) => !l.archivedAt && l.size > 0).map((l) => ({ id: l.id, name: l.name, size: l.size }));
  return (
    <main className="space-y-4">
      <h1 className="text-2xl font-semibold">Campaigns · {user.organizationName}</h1>
      <p className="text-sm text-slate-600">A campaign books a shortlist&apos;s creators for a budget and freezes the planner&apos;s predictions; its report then checks them against what the posts delivered. You can also start one from an option on <Link href="/plan" className="text-brand-700 underline">Plan</Link>.</p>
      <CreateCampaignForm lists={active} create={createCampaignAction} today={new Date().toISOString().slice(0, 10)} />
      {campaigns.length ? (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <caption className="sr-only">Campaigns</caption>
            <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
              <tr><th className="px-3 py-2">Campaign</th><th className="px-3 py-2">Dates</th><th className="px-3 py-2">Goal</th><th className="px-3 py-2 text-right">Budget</th><th className="px-3 py-2 text-right">Creators</th><th className="px-3 py-2 text-right">Posts in</th><th className="px-3 py-2">From</th></tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {campaigns.map((c) => (
                <tr key={c.id} data-testid="campaign-row" className="hover:bg-slate-50">
                  <td className="min-w-48 px-3 py-2"><Link href={`/campaigns/${c.id}`} className="font-medium text-brand-700 hover:underline">{c.name}</Link> {c.synthetic ? <Badge tone="amber" title="Demo data: generated, not real results">synthetic</Badge> : null}</td>
                  <td className="whitespace-nowrap px-3 py-2 text-slate-600">{c.startsOn.toISOString().slice(0, 10)}{c.endsOn ? ` – ${c.endsOn.toISOString().slice(0, 10)}` : ""}</td>
                  <td className="px-3 py-2 capitalize">{c.goal}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatMoneyExact(c.budget, c.currency)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatInteger(c.creators)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatInteger(c.posts)}</td>
                  <td className="px-3 py-2 text-slate-600">{c.shortlist ? <Link href={`/shortlists/${c.shortlist.id}`} className="hover:underline">{c.shortlist.name}</Link> : "a deleted list"}{c.source === "plan" ? " (plan)" : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">No campaigns yet. Start one above from a shortlist.</p>
      )}
      <TierOutcomes rows={tierOutcomes(reports)} />
    </main>
  );
}
