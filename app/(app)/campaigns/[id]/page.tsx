import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CampaignReportView } from "@/components/campaigns/campaign-report";
import { DealEditor } from "@/components/campaigns/deal-editor";
import { ResultsUpload } from "@/components/campaigns/results-upload";
import { ShareToggle } from "@/components/campaigns/share-toggle";
import { TypedPostForm } from "@/components/campaigns/typed-post-form";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { requirePageUser } from "@/lib/auth/guard";
import { NotFoundError } from "@/lib/domain/errors";
import { formatDateTime, formatMoneyExact } from "@/lib/domain/format";
import { canManageShareLinks } from "@/lib/domain/shortlist";
import { getCampaignReport, listDealChanges } from "@/lib/queries/campaigns";
import { campaignParamsSchema } from "@/lib/validation/campaigns";
import { addPostAction, shareCampaignAction } from "../actions";

export const metadata: Metadata = { title: "Campaign" };

export default async function CampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const parsed = campaignParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const id = parsed.data.id;
  const user = await requirePageUser(undefined, `/campaigns/${id}`);
  const d = await getCampaignReport(user.organizationId, id).catch((err: unknown) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const changes = await listDealChanges(user.organizationId, id);
  const c = d.campaign;
  const feeEstimated = new Set(d.creators.filter((x) => x.feeEstimated).map((x) => x.key));
  const spend = d.report.total.figures.cost;
  return (
    <main className="space-y-5">
      <header className="space-y-1">
        <p className="text-sm"><Link href="/campaigns" className="text-brand-700 hover:underline">Campaigns</Link></p>
        <h1 className="text-2xl font-semibold">{c.name} {c.synthetic ? <Badge tone="amber" title="Demo data: generated, not real results">synthetic results</Badge> : null}</h1>
        <p className="text-sm text-slate-600">
          {c.startsOn.toISOString().slice(0, 10)}{c.endsOn ? ` – ${c.endsOn.toISOString().slice(0, 10)}` : ""} · goal: {c.goal} · budget {formatMoneyExact(c.budget, c.currency)}
          {spend !== undefined ? ` · booked ${formatMoneyExact(spend, c.currency)} (${spend > c.budget ? "over" : `${formatMoneyExact(c.budget - spend, c.currency)} left`})` : ""}
          {" · "}from {c.shortlist ? <Link href={`/shortlists/${c.shortlist.id}`} className="text-brand-700 underline">{c.shortlist.name}</Link> : "a deleted list"}{c.source === "plan" ? " (a planner option)" : ""}
          {" · "}predictions frozen {c.createdAt.toISOString().slice(0, 10)}
        </p>
        <div className="flex flex-wrap gap-2 pt-1">
          <a className={buttonClass("secondary")} href={`/api/campaigns/${c.id}/export?format=csv`}>Export CSV</a>
          <a className={buttonClass("secondary")} href={`/api/campaigns/${c.id}/export?format=xlsx`}>Export XLSX</a>
        </div>
        {c.shortlist && canManageShareLinks(user) ? <ShareToggle campaignId={c.id} shared={c.shareWithClient} listId={c.shortlist.id} save={shareCampaignAction} /> : null}
      </header>
      <CampaignReportView report={d.report} currency={c.currency} startsOn={c.startsOn} endsOn={c.endsOn} feeEstimated={feeEstimated} />
      <section className="space-y-2" aria-labelledby="deals-h">
        <h2 id="deals-h" className="font-semibold">Fees and deliverables</h2>
        <p className="text-xs text-slate-500">Editing a fee or the deliverables recomputes the costs above (CPE, CPM, ROAS…); the predictions stay as they were frozen at launch.</p>
        <DealEditor campaignId={c.id} currency={c.currency}
          rows={d.creators.map((x) => ({ key: x.key, handle: x.handle, platform: x.platform, fee: x.fee, feeEstimated: x.feeEstimated, deliverables: x.deliverables }))}
          changes={changes.map((x) => ({ id: x.id, handle: x.handle, text: x.text, by: x.by, at: formatDateTime(x.at) }))} />
      </section>
      <section className="space-y-2" aria-labelledby="type-h">
        <h2 id="type-h" className="font-semibold">Type a result</h2>
        <TypedPostForm campaignId={c.id} handles={d.creators.map((x) => x.handle)} save={addPostAction} />
      </section>
      <section className="space-y-2" aria-labelledby="import-h">
        <h2 id="import-h" className="font-semibold">Import results</h2>
        <ResultsUpload campaignId={c.id} />
        <p className="text-xs text-slate-500">Scripts: <code>POST /api/campaigns/{c.id}/posts</code> with <code>{"{ posts: [{ url, creator, views, likes, … }] }"}</code> (docs/campaigns.md).</p>
      </section>
    </main>
  );
}
