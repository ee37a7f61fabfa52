"use client";
// Upload -> map columns -> preview + dry run -> commit. Each step talks to /api/admin/imports.
import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import type { ImportMapping } from "@/lib/import/mapping/schema";
import type { PreviewRow } from "@/lib/import/preview";
import { CHUNK_BYTES } from "@/lib/import/queue-names";
import type { JobStatusView } from "@/lib/import/status";
import { ColumnMapping, type Analysis } from "./column-mapping";
import { ImportProgress } from "./import-progress";
import { formatBytes } from "./labels";
import { ImportAnyway } from "./import-anyway";
import { NumberNotes, PreviewFlags } from "./number-notes";
import { PreviewTable } from "./preview-table";
import { ResultsImport, type ResultsAnalysis } from "./results-import";
import { FileState, Notice, api } from "./wizard-bits";

type Step = "upload" | "map" | "preview";
/** The campaign results limit (lib/import/campaign-results MAX_RESULTS_FILE_BYTES), which the server checks. */
const RESULTS_MAX_BYTES = 10 * 1024 * 1024;
const noSubscribe = () => () => {};

/**
 * `maxUploadBytes`: the server's upload limit (SCOUT_IMPORT_MAX_BYTES), shown to the admin.
 * `campaigns`: the admin's organisation's campaigns, for the "campaign results" kind.
 */
export function ImportWizard({ maxUploadBytes, campaigns = [] }: { maxUploadBytes: number; campaigns?: { id: string; name: string }[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [asOf, setAsOf] = useState("");
  // Messages appear in the step the admin is acting on, not at the top of the page.
  const [step, setStep] = useState<Step>("upload");
  // The file chosen last: the page names it (the browser's own input is hidden, it would say "No file chosen").
  const [picked, setPicked] = useState<{ name: string; size: number } | null>(null);
  // The server-rendered input stays disabled until this component can handle its change event.
  const hydrated = useSyncExternalStore(noSubscribe, () => true, () => false);
  const [uploadId, setUploadId] = useState<string | null>(null);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [kind, setKind] = useState<"creators" | "campaign-results">("creators");
  const [campaignId, setCampaignId] = useState(campaigns[0]?.id ?? "");
  const [results, setResults] = useState<ResultsAnalysis | null>(null);
  const [columns, setColumns] = useState<ImportMapping["columns"]>({});
  const [platform, setPlatform] = useState<ImportMapping["platform"] | null>(null);
  const [presetName, setPresetName] = useState("");
  const [handleFrom, setHandleFrom] = useState<"handle" | "name">("handle");
  const [preview, setPreview] = useState<PreviewRow[] | null>(null);
  const [numberNotes, setNumberNotes] = useState<string[]>([]);
  const [previewFlags, setPreviewFlags] = useState<string[]>([]);
  const [dryRun, setDryRun] = useState<JobStatusView | null>(null);
  const [dryRunDone, setDryRunDone] = useState<JobStatusView | null>(null);
  // Each preview is a new dry run of the same upload (same job id): a fresh progress view each time.
  const [runNo, setRunNo] = useState(0);

  async function upload(file: File) {
    setStep("upload");
    setPicked({ name: file.name, size: file.size });
    setUploadId(null);
    setError(null);
    setAnalysis(null);
    setResults(null);
    setPreview(null);
    setDryRun(null);
    setDryRunDone(null);
    setHandleFrom("handle");
    try {
      setBusy("Uploading…");
      const { id } = await api<{ id: string }>("/api/admin/imports", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ fileName: file.name, size: file.size, ...(kind === "campaign-results" ? { kind, campaignId } : {}) }) });
      for (let offset = 0; offset < file.size; offset += CHUNK_BYTES) {
        setBusy(`Uploading… ${Math.round((offset / file.size) * 100)}%`);
        await api(`/api/admin/imports/${id}/chunk?offset=${offset}`, { method: "PUT", body: file.slice(offset, offset + CHUNK_BYTES) });
      }
      setBusy("Reading the columns…");
      const a = await api<Analysis | ResultsAnalysis>(`/api/admin/imports/${id}/finish`, { method: "POST" });
      setUploadId(id);
      if (a.kind === "campaign-results") {
        setResults(a);
        return;
      }
      setAnalysis(a);
      setColumns(a.suggestion.columns);
      setPlatform(a.suggestion.platform);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(null);
    }
  }

  /** `force`: the admin read the guard's warning and imports anyway. */
  async function runPreview(force = false) {
    if (!uploadId || !platform) return;
    setStep("map");
    setError(null);
    setBusy("Preparing the preview…");
    setDryRunDone(null);
    try {
      const r = await api<{ rows: PreviewRow[]; notes: string[]; flags?: string[] }>(`/api/admin/imports/${uploadId}/preview`, {
        method: "POST", headers: { "content-type": "application/json" },
        body: JSON.stringify({ mapping: { columns, platform, ...(handleFrom === "name" ? { handleFrom } : {}), ...(force ? { force } : {}) }, ...(presetName.trim() ? { savePresetAs: presetName.trim() } : {}) }),
      });
      setPreview(r.rows);
      setNumberNotes(r.notes);
      setPreviewFlags(r.flags ?? []);
      const s = await api<{ job: JobStatusView }>(`/api/admin/imports/${uploadId}`);
      setRunNo((n) => n + 1);
      setDryRun(s.job);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(null);
    }
  }

  async function commit() {
    if (!uploadId) return;
    setStep("preview");
    setError(null);
    setBusy("Starting the import…");
    try {
      const query = asOf ? `?asOf=${encodeURIComponent(asOf)}` : "";
      const { id } = await api<{ id: string }>(`/api/admin/imports/${uploadId}/commit${query}`, { method: "POST" });
      router.push(`/admin/imports/${id}`);
    } catch (err) {
      setError((err as Error).message);
      setBusy(null);
    }
  }

  const resetPreview = () => {
    setPreview(null);
    setPreviewFlags([]);
    setDryRun(null);
    setDryRunDone(null);
  };
  const missing = [!platform && "the platform", !columns.handle && "the handle column", !columns.followers && "the followers column"].filter((x): x is string => !!x);
  const mappingReady = missing.length === 0;
  const guardStopped = dryRunDone?.status === "failed" && !!dryRunDone.error?.startsWith("Stopped before writing anything");

  const setColumn = (field: string, col: string) => {
    resetPreview();
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
        <fieldset className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          <legend className="mb-1 text-sm font-medium">What is in the file?</legend>
          <label className="flex items-center gap-1"><input type="radio" name="import-kind" checked={kind === "creators"} onChange={() => setKind("creators")} disabled={!!busy} /> Creators for the catalog</label>
          <label className="flex items-center gap-1"><input type="radio" name="import-kind" checked={kind === "campaign-results"} onChange={() => setKind("campaign-results")} disabled={!!busy || !campaigns.length} /> Campaign results (posts and their figures)</label>
          {kind === "campaign-results" ? (
            <label className="flex items-center gap-2">Campaign
              <select value={campaignId} onChange={(e) => setCampaignId(e.target.value)} className="rounded border border-slate-300 bg-white px-2 py-1 text-sm">
                {campaigns.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
              </select>
            </label>
          ) : !campaigns.length ? <span className="text-xs text-slate-500">(campaign results: start a campaign first)</span> : null}
        </fieldset>
        <p className="mt-1 text-sm text-slate-600">CSV, TSV, XLSX or a JSON array; UTF-8 or Windows-1252; up to {formatBytes(kind === "campaign-results" ? RESULTS_MAX_BYTES : maxUploadBytes)}. Column names do not need to match a template.</p>
        <label className="mt-3 block text-sm font-medium" htmlFor="import-file">File</label>
        <div className="mt-1 flex flex-wrap items-center gap-3">
          {/* Visually hidden but focusable; the label after it is what people see and click. */}
          <input id="import-file" type="file" accept=".csv,.tsv,.txt,.xlsx,.json" disabled={!hydrated || !!busy} aria-describedby="import-file-status" className="peer sr-only"
            onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ""; if (f) void upload(f); }} />
          <label htmlFor="import-file" aria-hidden="true"
            className={buttonClass("secondary", "cursor-pointer peer-focus-visible:ring-2 peer-focus-visible:ring-brand-500 peer-disabled:cursor-not-allowed peer-disabled:opacity-60")}>
            {picked ? "Choose another file" : "Choose a file"}
          </label>
          <FileState picked={picked} state={uploadId ? "uploaded" : step === "upload" && busy ? "uploading" : step === "upload" && error ? "failed" : "chosen"} />
        </div>
        {step === "upload" && <Notice busy={busy} error={error} />}
      </section>

      {results && uploadId && <ResultsImport uploadId={uploadId} analysis={results} campaignName={campaigns.find((c) => c.id === campaignId)?.name ?? "the campaign"} />}

      {analysis && (
        <section aria-labelledby="step-map" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="step-map" className="font-semibold">2. Match the columns</h2>
          <ColumnMapping analysis={analysis} columns={columns} platform={platform} onColumn={setColumn}
            onPlatform={(p) => { resetPreview(); setPlatform(p); }}
            onPreset={(m) => { resetPreview(); setColumns(m.columns); setPlatform(m.platform); setHandleFrom(m.handleFrom ?? "handle"); }}
            handleFrom={handleFrom} onHandleFrom={(h) => { resetPreview(); setHandleFrom(h); }} />
          <div className="mt-5 flex flex-wrap items-end gap-3 border-t border-slate-100 pt-4">
            <label className="text-sm">Save this mapping as (optional)
              <input className="mt-1 block w-64 rounded border border-slate-300 px-2 py-1" value={presetName} onChange={(e) => setPresetName(e.target.value)} placeholder="e.g. Agency X export" />
            </label>
            <Button onClick={() => void runPreview()} disabled={!!busy || !mappingReady}>Preview</Button>
            {!mappingReady && <span className="text-sm text-amber-700">Choose {missing.join(", ")} first.</span>}
          </div>
          {step === "map" && <Notice busy={busy} error={error} />}
        </section>
      )}

      {preview && (
        <section aria-labelledby="step-preview" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="step-preview" className="font-semibold">3. Preview</h2>
          <p className="mt-1 text-sm text-slate-600">
            {preview.length === 1 ? "The first row" : `The first ${preview.length} rows`} as {preview.length === 1 ? "it" : "they"} will be stored: counts parsed (12.5k → 12.5K), tier from the instance&apos;s thresholds, engagement rate from likes and comments per post ÷ followers, or the file&apos;s own rate when it has no likes.
          </p>
          <PreviewFlags flags={previewFlags} />
          <NumberNotes notes={numberNotes} />
          <PreviewTable rows={preview} />
          {dryRun && (
            <div className="mt-5 border-t border-slate-100 pt-4">
              <h3 className="mb-2 text-sm font-semibold">Dry run over the whole file (nothing is written yet)</h3>
              <ImportProgress key={`${dryRun.id}-${runNo}`} initial={dryRun} onDone={setDryRunDone} headingLevel={4} />
            </div>
          )}
          <div className="mt-5 flex flex-wrap items-center gap-3 border-t border-slate-100 pt-4">
            <label className="flex items-center gap-2 text-sm">
              <span>Metrics measured on</span>
              <input type="date" value={asOf} max={new Date().toISOString().slice(0, 10)} onChange={(e) => setAsOf(e.target.value)}
                className="rounded-md border border-slate-300 px-2 py-1 text-sm" aria-describedby="as-of-help" />
              <span id="as-of-help" className="text-xs text-slate-500">empty: today. An older date adds history and never overwrites newer metrics.</span>
            </label>
            <Button onClick={() => void commit()} disabled={!!busy || dryRunDone?.status !== "completed"}>
              Import into the catalog
            </Button>
            {guardStopped ? (
              <span className="text-sm text-red-700">The checks stopped the dry run: fix the mapping above and preview again, or import anyway below.</span>
            ) : dryRunDone?.status === "failed" ? (
              <span className="text-sm text-red-700">The dry run failed; fix the file or the mapping and preview again.</span>
            ) : dryRunDone?.status !== "completed" ? (
              <span className="text-sm text-slate-600">Available when the dry run has finished.</span>
            ) : null}
          </div>
          {guardStopped && <ImportAnyway busy={!!busy} onConfirm={() => void runPreview(true)} />}
          {step === "preview" && <Notice busy={busy} error={error} />}
        </section>
      )}
    </div>
  );
}
