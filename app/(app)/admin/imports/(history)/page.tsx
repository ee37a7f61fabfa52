import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ImportWizard } from "@/components/import/import-wizard";
import { STATUS_LABEL } from "@/components/import/labels";
import { Badge } from "@/components/ui/badge";
import { requirePageUser } from "@/lib/auth/guard";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { MAX_UPLOAD_BYTES } from "@/lib/import/files";
import { formatCount } from "@/lib/domain/format";
import { formatDuration, jobStatusView } from "@/lib/import/status";
import { listCampaigns } from "@/lib/queries/campaigns";
import { listImportJobs } from "@/lib/queries/import-jobs";

export const metadata: Metadata = { title: "Imports" };

export default async function ImportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const user = await requirePageUser(ADMIN_ONLY, "/admin/imports");
  const pageParam = Number((await searchParams).page);
  const page = Number.isInteger(pageParam) && pageParam > 0 ? pageParam : 1;
  const [history, campaigns] = await Promise.all([listImportJobs(page), listCampaigns(user.organizationId)]);
  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-semibold">Import creators or campaign results</h1>
      <ImportWizard maxUploadBytes={MAX_UPLOAD_BYTES} campaigns={campaigns.map((c) => ({ id: c.id, name: c.name }))} />
      <section aria-labelledby="history-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="history-heading" className="font-semibold">History</h2>
        {history.items.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">No imports yet. Upload a file above, or run <code>npm run import -- FILE</code>.</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="import-history">
            <thead className="text-xs uppercase tracking-wide text-slate-500">
              <tr className="[&>th]:px-2 [&>th]:py-1">
                <th scope="col">When (UTC)</th><th scope="col">Started by</th><th scope="col">File</th><th scope="col">Status</th><th scope="col" className="text-right">New</th>
                <th scope="col" className="text-right">Updated</th><th scope="col" className="text-right">Unchanged</th><th scope="col" className="text-right">Rejected</th><th scope="col" className="text-right">Duration</th>
              </tr>
            </thead>
            <tbody>
              {history.items.map((j) => {
                const v = jobStatusView(j);
                return (
                  <tr key={j.id} className="border-t border-slate-100 [&>td]:px-2 [&>td]:py-1 [&>td]:align-top">
                    <td className="whitespace-nowrap">{v.createdAt.slice(0, 16).replace("T", " ")}</td>
                    <td>{v.createdBy ?? "unknown"}</td>
                    <td><Link className="text-brand-700 underline" href={`/admin/imports/${j.id}`}>{j.fileName}</Link>{j.kind === "campaign-results" ? <span className="ml-1 text-xs text-slate-600">campaign results{j.campaignId ? <> · <Link className="underline" href={`/campaigns/${j.campaignId}`}>report</Link></> : null}</span> : null} <span className="block font-mono text-xs text-slate-500" title={`sha256 ${j.fileHash}`}>sha256 {j.fileHash.slice(0, 12)}…</span></td>
                    <td>
                      <Badge tone={j.status === "completed" ? "green" : j.status === "failed" ? "red" : "blue"} title={j.error ?? undefined}>
                        {STATUS_LABEL[j.status] ?? j.status}{j.status === "running" && v.fraction !== null ? ` ${Math.round(v.fraction * 100)}%` : ""}
                      </Badge>
                    </td>
                    <td className="text-right tabular-nums">{formatCount(v.counts.created, "exact")}</td>
                    <td className="text-right tabular-nums">{formatCount(v.counts.updated, "exact")}</td>
                    <td className="text-right tabular-nums">{formatCount(v.counts.unchanged, "exact")}</td>
                    <td className="text-right tabular-nums">{formatCount(v.counts.rejected, "exact")}</td>
                    <td className="text-right tabular-nums">{v.finishedAt ? formatDuration(v.elapsedMs) : "—"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          </div>
        )}
        {history.total > history.pageSize && (
          <p className="mt-2 text-sm">
            {page > 1 && <Link className="mr-3 underline" href={`?page=${page - 1}`}>Newer</Link>}
            {page * history.pageSize < history.total && <Link className="underline" href={`?page=${page + 1}`}>Older</Link>}
          </p>
        )}
      </section>
    </main>
  );
}
