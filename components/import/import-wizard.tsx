"use client";
// Upload -> map columns -> preview + dry run -> commit. Each step talks to /api/admin/imports.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TierBadge } from "@/components/catalog/tier-badge";
import { formatCompact, formatPercent } from "@/lib/domain/format";
import { PLATFORMS, type Tier } from "@/lib/domain/types";
import { IMPORT_FIELDS, type ImportMapping } from "@/lib/import/mapping";
import type { PreviewRow } from "@/lib/import/preview";
import type { JobStatusView } from "@/lib/import/status";
import { ImportProgress } from "./import-progress";

const CHUNK = 8 * 1024 * 1024;
type Analysis = { header: string[]; sample: string[][]; sniffed: { format: string; encoding: string; delimiter: string }; suggestion: { columns: ImportMapping["columns"]; platform: ImportMapping["platform"] | null }; presets: { name: string; mapping: ImportMapping }[] };

async function api<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body?.error?.message ?? `The server answered ${res.status}.`);
  return body as T;
}

export function ImportWizard() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [uploadId, setUploadId] = useState<string | null>(null);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [columns, setColumns] = useState<ImportMapping["columns"]>({});
  const [platform, setPlatform] = useState<ImportMapping["platform"] | null>(null);
  const [presetName, setPresetName] = useState("");
  const [preview, setPreview] = useState<PreviewRow[] | null>(null);
  const [dryRun, setDryRun] = useState<JobStatusView | null>(null);
  const [dryRunDone, setDryRunDone] = useState<JobStatusView | null>(null);

  async function upload(file: File) {
    setError(null);
    setAnalysis(null);
    setPreview(null);
    setDryRun(null);
    setDryRunDone(null);
    try {
      setBusy("Uploading…");
      const { id } = await api<{ id: string }>("/api/admin/imports", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ fileName: file.name, size: file.size }) });
      for (let offset = 0; offset < file.size; offset += CHUNK) {
        setBusy(`Uploading… ${Math.round((offset / file.size) * 100)}%`);
        await api(`/api/admin/imports/${id}/chunk?offset=${offset}`, { method: "PUT", body: file.slice(offset, offset + CHUNK) });
      }
      setBusy("Reading the columns…");
      const a = await api<Analysis>(`/api/admin/imports/${id}/finish`, { method: "POST" });
      setUploadId(id);
      setAnalysis(a);
      setColumns(a.suggestion.columns);
      setPlatform(a.suggestion.platform);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(null);
    }
  }

  async function runPreview() {
    if (!uploadId || !platform) return;
    setError(null);
    setBusy("Preparing the preview…");
    setDryRunDone(null);
    try {
      const r = await api<{ rows: PreviewRow[] }>(`/api/admin/imports/${uploadId}/preview`, {
        method: "POST", headers: { "content-type": "application/json" },
        body: JSON.stringify({ mapping: { columns, platform }, ...(presetName.trim() ? { savePresetAs: presetName.trim() } : {}) }),
      });
      setPreview(r.rows);
      const s = await api<{ job: JobStatusView }>(`/api/admin/imports/${uploadId}`);
      setDryRun(s.job);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(null);
    }
  }

  async function commit() {
    if (!uploadId) return;
    setBusy("Starting the import…");
    try {
      const { id } = await api<{ id: string }>(`/api/admin/imports/${uploadId}/commit`, { method: "POST" });
      router.push(`/admin/imports/${id}`);
    } catch (err) {
      setError((err as Error).message);
      setBusy(null);
    }
  }

  const setColumn = (field: string, col: string) => {
    setPreview(null);
    setDryRun(null);
    setColumns((c) => {
      const next = { ...c } as Record<string, string>;
      if (col) next[field] = col;
      else delete next[field];
      return next as ImportMapping["columns"];
    });
  };

  return (
    <div className="space-y-6">
      <section aria-labelledby="step-upload" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="step-upload" className="font-semibold">1. Upload a file</h2>
        <p className="mt-1 text-sm text-slate-600">CSV, TSV, XLSX or a JSON array; UTF-8 or Windows-1252; up to 200 MB. Column names do not need to match a template.</p>
        <label className="mt-3 block text-sm font-medium" htmlFor="import-file">File</label>
        <input id="import-file" type="file" accept=".csv,.tsv,.txt,.xlsx,.json" disabled={!!busy} className="mt-1 block text-sm"
          onChange={(e) => { const f = e.target.files?.[0]; if (f) void upload(f); }} />
        {busy && <p className="mt-2 text-sm text-slate-700" role="status">{busy}</p>}
        {error && <p role="alert" className="mt-2 rounded-md bg-red-50 p-2 text-sm text-red-800">{error}</p>}
      </section>

      {analysis && (
        <section aria-labelledby="step-map" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="step-map" className="font-semibold">2. Match the columns</h2>
          <p className="mt-1 text-sm text-slate-600">
            Read as {analysis.sniffed.format.toUpperCase()}, {analysis.sniffed.encoding}
            {analysis.sniffed.format === "csv" ? `, separated by ${analysis.sniffed.delimiter === "\t" ? "tabs" : `"${analysis.sniffed.delimiter}"`}` : ""}; {analysis.header.length} columns. Suggestions come from the column names.
          </p>
          {analysis.presets.length > 0 && (
            <label className="mt-3 block text-sm">Use a saved mapping{" "}
              <select className="rounded border border-slate-300 px-2 py-1" defaultValue="" onChange={(e) => {
                const p = analysis.presets.find((x) => x.name === e.target.value);
                if (p) { setColumns(p.mapping.columns); setPlatform(p.mapping.platform); setPreview(null); }
              }}>
                <option value="">—</option>
                {analysis.presets.map((p) => <option key={p.name} value={p.name}>{p.name}</option>)}
              </select>
            </label>
          )}
          <div className="mt-3 grid grid-cols-2 gap-x-6 gap-y-2">
            <label className="flex items-center justify-between gap-2 text-sm">
              <span className="font-medium">Platform</span>
              <select aria-label="Platform" className="w-64 rounded border border-slate-300 px-2 py-1"
                value={platform ? (platform.mode === "fixed" ? `fixed:${platform.value}` : `column:${platform.column}`) : ""}
                onChange={(e) => {
                  const [mode, ...rest] = e.target.value.split(":");
                  const v = rest.join(":");
                  setPreview(null);
                  setPlatform(!v ? null : mode === "fixed" ? { mode: "fixed", value: v as (typeof PLATFORMS)[number] } : { mode: "column", column: v });
                }}>
                <option value="">Choose…</option>
                {PLATFORMS.map((p) => <option key={p} value={`fixed:${p}`}>All rows: {p}</option>)}
                {analysis.header.map((h) => <option key={h} value={`column:${h}`}>From column “{h}”</option>)}
              </select>
            </label>
            {IMPORT_FIELDS.map((f) => (
              <label key={f.id} className="flex items-center justify-between gap-2 text-sm">
                <span className={f.required ? "font-medium" : ""}>{f.label}{f.required ? " *" : ""}</span>
                <select aria-label={f.label} className="w-64 rounded border border-slate-300 px-2 py-1" value={columns[f.id] ?? ""} onChange={(e) => setColumn(f.id, e.target.value)}>
                  <option value="">— not in this file —</option>
                  {analysis.header.map((h) => <option key={h} value={h}>{h}</option>)}
                </select>
              </label>
            ))}
          </div>
          <div className="mt-4 flex items-end gap-3">
            <label className="text-sm">Save this mapping as (optional){" "}
              <input className="rounded border border-slate-300 px-2 py-1" value={presetName} onChange={(e) => setPresetName(e.target.value)} placeholder="e.g. Agency X export" />
            </label>
            <Button onClick={() => void runPreview()} disabled={!!busy || !platform || !columns.handle || !columns.followers}>Preview</Button>
            {(!platform || !columns.handle || !columns.followers) && <span className="text-sm text-amber-700">Choose the platform, handle and followers first.</span>}
          </div>
        </section>
      )}

      {preview && (
        <section aria-labelledby="step-preview" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="step-preview" className="font-semibold">3. Preview</h2>
          <p className="mt-1 text-sm text-slate-600">The first rows as they will be stored. Engagement rate = average interactions per post ÷ followers (or the file’s own rate when it has no likes).</p>
          <table className="mt-3 w-full text-left text-sm" data-testid="preview-table">
            <thead className="text-xs uppercase text-slate-500"><tr><th className="py-1">Line</th><th>Handle</th><th>Name</th><th>Followers</th><th>Tier</th><th>Engagement</th><th>Country</th></tr></thead>
            <tbody>
              {preview.map((r) => r.ok ? (
                <tr key={r.line} className="border-t border-slate-100">
                  <td className="py-1 tabular-nums">{r.line}</td><td>@{r.handle}</td><td>{r.displayName ?? "—"}</td>
                  <td className="tabular-nums">{formatCompact(r.followers)}</td><td><TierBadge tier={r.tier as Tier} /></td>
                  <td className="tabular-nums">{r.engagementRate === null ? "—" : `${formatPercent(r.engagementRate)} (${r.engagementMethod})`}</td><td>{r.country ?? "—"}</td>
                </tr>
              ) : (
                <tr key={r.line} className="border-t border-slate-100 text-red-800"><td className="py-1 tabular-nums">{r.line}</td><td colSpan={6}>Rejected: {r.reason}</td></tr>
              ))}
            </tbody>
          </table>
          {dryRun && (
            <div className="mt-4">
              <h3 className="mb-2 text-sm font-semibold">Dry run over the whole file (nothing is written)</h3>
              <ImportProgress key={dryRun.id + dryRun.createdAt + (preview?.length ?? 0)} initial={dryRun} onDone={setDryRunDone} />
            </div>
          )}
          <div className="mt-4">
            <Button onClick={() => void commit()} disabled={!!busy || dryRunDone?.status !== "completed"}>Import into the catalog</Button>
            {dryRunDone?.status !== "completed" && <span className="ml-3 text-sm text-slate-600">Available when the dry run has finished.</span>}
          </div>
        </section>
      )}
    </div>
  );
}
