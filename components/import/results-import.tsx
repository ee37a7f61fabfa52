"use client";
// The wizard's steps 2 and 3 for a campaign results file: which column holds which post field (the
// suggestion first), the whole file checked as the import will (the posts it would create or update,
// or each wrong row by line: nothing is written), then the import into the campaign, and its report.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice, api } from "./wizard-bits";
import { formatHandle } from "@/lib/domain/handles";

export type ResultsAnalysis = {
  kind: "campaign-results";
  header: string[];
  sample: string[][];
  suggestion: { columns: Record<string, string>; ignored: string[] };
  fields: { id: string; label: string }[];
};
type PreviewRow = { line: number; url: string; handle: string; action: "create" | "update"; known: string[] };
type DryRun = { ok: true; rows: number; created: number; updated: number; preview: PreviewRow[] } | { ok: false; rows: number; errors: { line: number; messages: string[] }[]; fileError?: string };

const selectClass = "w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm";

export function ResultsImport({ uploadId, analysis, campaignName }: { uploadId: string; analysis: ResultsAnalysis; campaignName: string }) {
  const router = useRouter();
  const [columns, setColumns] = useState<Record<string, string>>(analysis.suggestion.columns);
  const [dry, setDry] = useState<DryRun | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const setColumn = (field: string, col: string) => {
    setDry(null);
    setColumns((c) => {
      const next = { ...c };
      if (col) next[field] = col;
      else delete next[field];
      return next;
    });
  };
  async function check() {
    setError(null);
    setBusy("Checking every row…");
    try {
      setDry(await api<DryRun>(`/api/admin/imports/${uploadId}/preview`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ columns }) }));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(null);
    }
  }
  async function commit() {
    setError(null);
    setBusy("Importing…");
    try {
      const r = await api<{ campaignId: string }>(`/api/admin/imports/${uploadId}/commit`, { method: "POST" });
      router.push(`/campaigns/${encodeURIComponent(r.campaignId)}`);
    } catch (err) {
      setError((err as Error).message);
      setBusy(null);
    }
  }

  return (
    <>
      <section aria-labelledby="step-map" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="step-map" className="font-semibold">2. Match the columns: results of “{campaignName}”</h2>
        <p className="mt-1 text-sm text-slate-600">The post&apos;s URL is the key: a newer export of the same posts updates them and keeps each version. A metric without a column stays unknown, never zero.</p>
        <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="results-columns">
          {analysis.fields.map((f) => (
            <label key={f.id} className="block text-xs font-medium text-slate-600">{f.label}
              <select className={`mt-1 ${selectClass}`} value={columns[f.id] ?? ""} onChange={(e) => setColumn(f.id, e.target.value)} data-field={f.id}>
                <option value="">— not in the file —</option>
                {analysis.header.map((h) => <option key={h} value={h}>{h}</option>)}
              </select>
            </label>
          ))}
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-3 border-t border-slate-100 pt-4">
          <Button onClick={() => void check()} disabled={!!busy || !columns.url}>Check the file</Button>
          {!columns.url && <span className="text-sm text-amber-700">Choose the column of the posts&apos; URLs first.</span>}
        </div>
        {!dry && <Notice busy={busy} error={error} />}
      </section>
      {dry && (
        <section aria-labelledby="step-preview" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="step-preview" className="font-semibold">3. Check and import</h2>
          {dry.ok ? (
            <>
              <p className="mt-1 text-sm text-slate-700" data-testid="results-dry-run">{dry.rows === 1 ? "The one row can be imported" : `All ${dry.rows} rows can be imported`}: {dry.created} new {dry.created === 1 ? "post" : "posts"}, {dry.updated} updated. Nothing is written yet.</p>
              <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label="Posts to import">
                <table className="min-w-full text-left text-xs">
                  <thead className="text-slate-500"><tr><th scope="col" className="py-1 pr-3">Line</th><th scope="col" className="py-1 pr-3">Post</th><th scope="col" className="py-1 pr-3">Creator</th><th scope="col" className="py-1 pr-3">Action</th><th scope="col" className="py-1">Figures given</th></tr></thead>
                  <tbody className="divide-y divide-slate-100">
                    {dry.preview.map((p) => <tr key={p.line}><td className="py-1 pr-3 tabular-nums">{p.line}</td><td className="py-1 pr-3 break-all">{p.url}</td><td className="py-1 pr-3">{formatHandle(p.handle)}</td><td className="py-1 pr-3">{p.action === "create" ? "new" : "update"}</td><td className="py-1">{p.known.join(", ") || "none"}</td></tr>)}
                  </tbody>
                </table>
              </div>
            </>
          ) : (
            <div role="alert" className="mt-2 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800" data-testid="results-errors">
              {dry.fileError ? <p>{dry.fileError}</p> : (
                <>
                  <p className="font-medium">{dry.errors.length} of {dry.rows} rows are wrong: nothing will be imported until they are fixed.</p>
                  <ul className="mt-1 list-disc pl-5">{dry.errors.slice(0, 50).map((e) => <li key={e.line}>Line {e.line}: {e.messages.join(" ")}</li>)}</ul>
                </>
              )}
            </div>
          )}
          <div className="mt-4 flex flex-wrap items-center gap-3 border-t border-slate-100 pt-4">
            <Button onClick={() => void commit()} disabled={!!busy || !dry.ok}>Import into the campaign</Button>
          </div>
          <Notice busy={busy} error={error} />
        </section>
      )}
    </>
  );
}
