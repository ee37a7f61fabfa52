"use client";
// Live progress of one import: polls the status endpoint, so it survives a reload and a return visit.
import { useEffect, useState } from "react";
import { rowsLine, type JobStatusView } from "@/lib/import/status";
import { formatCount, plural } from "@/lib/domain/format";
import { ImportCounts } from "./import-counts";
import { PreviewFlags } from "./number-notes";

type Reason = { reason: string; count: number; firstLine: number };

/** `headingLevel`: the level of this block's own headings, one below the heading it sits under (heading order). */
export function ImportProgress({ initial, onDone, headingLevel = 3 }: { initial: JobStatusView; onDone?: (job: JobStatusView) => void; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as "h2" | "h3" | "h4";
  const [job, setJob] = useState(initial);
  // null until the first poll answers: the reasons come from the status endpoint, not the page.
  const [reasons, setReasons] = useState<Reason[] | null>(null);
  const [pollError, setPollError] = useState<string | null>(null);
  const finished = job.status === "completed" || job.status === "failed";

  useEffect(() => {
    let stop = false;
    const tick = async () => {
      try {
        const res = await fetch(`/api/admin/imports/${job.id}`, { cache: "no-store" });
        const body = await res.json();
        if (!res.ok) throw new Error(body?.error?.message ?? `HTTP ${res.status}`);
        if (stop) return;
        setPollError(null);
        setJob(body.job);
        setReasons(body.reasons);
        if (body.job.status === "completed" || body.job.status === "failed") {
          onDone?.(body.job);
          return;
        }
      } catch (err) {
        setPollError(`Could not refresh the progress (${(err as Error).message}); retrying.`);
      }
      if (!stop) setTimeout(tick, 1000);
    };
    void tick();
    return () => {
      stop = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [job.id]);

  const pct = Math.round((job.fraction ?? 0) * 100);
  return (
    <div className="space-y-4">
      <div>
        <div className="flex justify-between text-sm text-slate-700">
          <span data-testid="import-status">{statusLabel(job)}</span>
          <span className="tabular-nums" data-testid="import-rows">
            {rowsLine(job)}
          </span>
        </div>
        <div
          role="progressbar"
          aria-label={job.dryRun ? "Dry run progress" : "Import progress"}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={job.fraction === null ? undefined : pct}
          className="mt-1 h-3 overflow-hidden rounded-full bg-slate-200"
        >
          <div className={`h-full ${job.status === "failed" ? "bg-red-500" : "bg-brand-600"} transition-all`} style={{ width: `${job.fraction === null ? 5 : pct}%` }} />
        </div>
        {job.error && (
          <p role="alert" className={`mt-2 rounded-md border p-2 text-sm ${job.status === "failed" ? "border-red-200 bg-red-50 text-red-800" : "border-amber-200 bg-amber-50 text-amber-800"}`}>
            {job.error}
          </p>
        )}
        {pollError && <p className="mt-2 text-sm text-amber-700">{pollError}</p>}
      </div>
      {/* Counts while it runs are partial: said so, and never beside a status that reads as not started. */}
      {finished ? <ImportCounts job={job} dryRun={job.dryRun} /> : job.processedRows > 0 ? (
        <div data-testid="counts-so-far">
          <p className="mb-1 text-xs font-medium uppercase tracking-wide text-slate-500">So far ({plural(job.processedRows, "row")} read)</p>
          <ImportCounts job={job} dryRun={job.dryRun} />
        </div>
      ) : null}
      {job.status === "completed" && (
        <PreviewFlags flags={job.flags ?? []} title={job.dryRun ? "What the dry run found" : "What the import found"} testId="import-flags" headingLevel={headingLevel} />
      )}
      {job.status === "completed" && !job.dryRun && job.counts.created + job.counts.updated > 0 && (
        <p className="text-sm">
          <a className="font-medium text-brand-700 underline" href="/search">Open the catalog</a>{" "}
          <span className="text-slate-600">to find the {formatCount(job.counts.created + job.counts.updated, "exact")} new or updated creators.</span>
        </p>
      )}
      {finished && job.counts.rejected > 0 && (
        <div>
          <Heading className="text-sm font-semibold">Why rows were rejected</Heading>
          {reasons === null ? <p className="mt-1 text-sm text-slate-500" data-testid="reject-reasons-loading">Loading the reasons…</p> : (
            <ul className="mt-1 list-disc pl-5 text-sm text-slate-700" data-testid="reject-reasons" data-count={reasons.length}>
              {reasons.map((r) => (
                <li key={r.reason}>
                  {r.reason} — {plural(r.count, "row")} (first on line {r.firstLine})
                </li>
              ))}
            </ul>
          )}
          <a className="mt-2 inline-block text-sm font-medium text-brand-700 underline" href={`/api/admin/imports/${job.id}/rejected`} download>
            Download the {job.counts.rejected === 1 ? "rejected row" : `${formatCount(job.counts.rejected, "exact")} rejected rows`} (CSV with line numbers and reasons)
          </a>
        </div>
      )}
    </div>
  );
}

function statusLabel(job: JobStatusView): string {
  const what = job.dryRun ? "Dry run" : "Import";
  if (job.status === "completed") return `${what} finished: 100%`;
  if (job.status === "failed") return `${what} failed`;
  // Without a row total yet there is no honest percentage: "running", not "0%".
  if (job.status === "running") return job.fraction === null ? `${what} running…` : `${what} running: ${Math.round(job.fraction * 100)}%`;
  return `${what} queued…`;
}
