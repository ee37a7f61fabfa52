// An import job as the browser sees it: JSON-safe, with progress figures (done/total, rate, time left).
import { formatCount, formatRate } from "@/lib/domain/format";

export type JobLike = {
  id: string; fileName: string; fileHash: string; fileSize: bigint; status: string; dryRun: boolean; totalRows: number | null; processedRows: number;
  createdCount: number; updatedCount: number; unchangedCount: number; rejectedCount: number; byTier: unknown; flags?: unknown; error: string | null;
  startedAt: Date | null; finishedAt: Date | null; createdAt: Date;
  /** Who started it, as recorded then ("Name <email>", "command line (…)"); the user row may be gone since. */
  createdByLabel?: string | null; createdBy?: { email: string; name: string | null } | null;
};

export type JobStatusView = ReturnType<typeof jobStatusView>;

export function jobStatusView(j: JobLike, now = Date.now()) {
  const end = j.finishedAt?.getTime() ?? now;
  const elapsedMs = j.startedAt ? Math.max(0, end - j.startedAt.getTime()) : 0;
  const rowsPerSecond = elapsedMs > 500 ? Math.round((j.processedRows / elapsedMs) * 1000) : null;
  const done = j.status === "completed";
  const total = done ? j.processedRows : j.totalRows;
  const fraction = done ? 1 : total ? Math.min(1, j.processedRows / total) : null;
  const secondsLeft = !done && total && rowsPerSecond ? Math.max(0, Math.round((total - j.processedRows) / rowsPerSecond)) : null;
  return {
    id: j.id, fileName: j.fileName, fileHash: j.fileHash, fileSize: Number(j.fileSize), status: j.status, dryRun: j.dryRun,
    totalRows: total, processedRows: j.processedRows, fraction, rowsPerSecond, secondsLeft, elapsedMs,
    counts: { created: j.createdCount, updated: j.updatedCount, unchanged: j.unchangedCount, rejected: j.rejectedCount },
    byTier: (j.byTier ?? null) as Record<string, number> | null, error: j.error,
    /** What the file's rows say (implausible rates, categories that match no niche…), once the run is complete. */
    flags: Array.isArray(j.flags) ? j.flags.filter((f): f is string => typeof f === "string") : [],
    createdAt: j.createdAt.toISOString(), startedAt: j.startedAt?.toISOString() ?? null, finishedAt: j.finishedAt?.toISOString() ?? null,
    createdBy: j.createdByLabel ?? j.createdBy?.email ?? null,
  };
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return "under 1s";
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m ${s % 60}s` : `${Math.floor(m / 60)}h ${m % 60}m`;
}

/**
 * "120 / 120 rows · 60 rows/s · took 2s": the rate only when it was measured over a second or more
 * (a 1-row file read in 30 ms has no meaningful rate).
 */
export function rowsLine(job: Pick<JobStatusView, "processedRows" | "totalRows" | "rowsPerSecond" | "elapsedMs" | "secondsLeft" | "status" | "startedAt">): string {
  const finished = job.status === "completed" || job.status === "failed";
  const n = job.totalRows ?? job.processedRows;
  const parts = [`${formatCount(job.processedRows, "exact")}${job.totalRows ? ` / ${formatCount(job.totalRows, "exact")}` : ""} ${n === 1 ? "row" : "rows"}`];
  const rate = formatRate(job.rowsPerSecond, "row", job.elapsedMs);
  if (rate) parts.push(rate);
  if (job.secondsLeft !== null && !finished) parts.push(`about ${formatDuration(job.secondsLeft * 1000)} left`);
  if (finished && job.startedAt) parts.push(`took ${formatDuration(job.elapsedMs)}`);
  return parts.join(" · ");
}
