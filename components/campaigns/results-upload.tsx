"use client";
// Import a results export: choose the file, see how its columns were read and a preview, then import
// (one transaction: every row, or none when any is wrong, with each wrong row's line).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";

type Preview = { line: number; url: string; handle: string; action: "create" | "update"; known: string[] };
type Answer = {
  fileName?: string; columns?: Record<string, string>; ignored?: string[]; created?: number; updated?: number; preview?: Preview[]; dryRun?: boolean;
  error?: { message: string; rows?: { line: number; messages: string[] }[] };
};

export function ResultsUpload({ campaignId }: { campaignId: string }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  async function send(dryRun: boolean) {
    if (!file) return;
    setBusy(true);
    setDone(null);
    try {
      const res = await fetch(`/api/campaigns/${campaignId}/results?fileName=${encodeURIComponent(file.name)}&dryRun=${dryRun ? 1 : 0}`, { method: "POST", body: file, headers: { "content-type": "application/octet-stream" } });
      const body = (await res.json().catch(() => ({ error: { message: "The server's answer could not be read." } }))) as Answer;
      setAnswer(body);
      if (res.ok && !dryRun) {
        setDone(`Imported ${body.created ?? 0} new and updated ${body.updated ?? 0} posts from ${body.fileName}.`);
        setAnswer(null);
        setFile(null);
        router.refresh();
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-end gap-3">
        <label className="block text-xs font-medium text-slate-600">Results file (CSV, TSV, XLSX or JSON; up to 10 MB)
          <input type="file" name="results" accept=".csv,.tsv,.txt,.xlsx,.json" className="mt-1 block text-sm" onChange={(e) => { setFile(e.target.files?.[0] ?? null); setAnswer(null); setDone(null); }} />
        </label>
        <Button type="button" variant="secondary" disabled={!file || busy} onClick={() => send(true)}>{busy ? "Reading…" : "Preview"}</Button>
        <Button type="button" disabled={!file || busy || !answer || !!answer.error} onClick={() => send(false)}>Import</Button>
      </div>
      <p className="text-xs text-slate-500">Columns are matched by their names (url, creator/handle, date, format, caption, views, likes, comments, shares, saves, link clicks, conversions, revenue). A newer export of the same posts updates them by URL and keeps their history.</p>
      {answer?.columns ? (
        <p className="text-xs text-slate-600" data-testid="results-columns">
          Read: {Object.entries(answer.columns).map(([f, h]) => `${h} → ${f}`).join(" · ")}{answer.ignored?.length ? ` · ignored: ${answer.ignored.join(", ")}` : ""}
        </p>
      ) : null}
      {answer?.error ? (
        <div role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          <p>{answer.error.message}</p>
          {answer.error.rows?.length ? <ul className="mt-1 list-disc pl-5 text-xs">{answer.error.rows.slice(0, 50).map((r) => <li key={r.line}>Line {r.line}: {r.messages.join(" ")}</li>)}</ul> : null}
        </div>
      ) : null}
      {answer && !answer.error && answer.dryRun ? (
        <div className="text-sm" data-testid="results-preview">
          <p>{answer.created} new and {answer.updated} updated posts. Nothing is saved until you import.</p>
          <ul className="mt-1 text-xs text-slate-600">{answer.preview?.map((p) => <li key={p.line}>Line {p.line}: {p.action} · @{p.handle} · {p.url} · {p.known.join(", ") || "no figures"}</li>)}</ul>
        </div>
      ) : null}
      {done ? <p role="status" className="text-sm text-emerald-700">{done}</p> : null}
    </div>
  );
}
