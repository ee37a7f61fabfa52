// The import pipeline, shared by the browser flow (through the background worker) and the CLI:
// read (streaming) -> map -> normalise -> de-duplicate -> classify -> write in atomic batches.
// A job that stops for any reason resumes after its last committed batch.
import { deriveEngagement } from "@/lib/domain/creator-metrics";
import type { TierThresholds } from "@/lib/domain/tiers";
import {
  failImportJob, getImportJob, getImportJobCounts, markImportCompleted, markImportRunning, noteImportInterrupted, saveImportJobReading, type ImportJob, type ImportJobCounts,
} from "@/lib/queries/import-jobs";
import { writeBatch, type BatchReject, type BatchRow } from "@/lib/queries/import-writer";
import { openImportLanes } from "@/lib/queries/import-pool";
import { getTierThresholds } from "@/lib/queries/settings";
import { refreshGrowthForImport } from "@/lib/queries/growth";
import { ImportFileError, type Sniffed } from "./detect";
import { errorReason } from "./error-reason";
import { reachFailpoint } from "./failpoint";
import { guardProblem } from "./guards";
import { checkMapping, importMappingSchema, type ImportMapping } from "./mapping";
import { resolveMapping } from "./normalize";
import { withNumberReadings } from "./preview";
import { flagMessages, newFlagTally, rowForFlags, tallyRow, type FlagTally } from "./preview-flags";
import { openTable, type RawRow } from "./read";
import { rowChecker } from "./rows";
import { atBatchBoundary, JobReleasedError } from "@/lib/jobs/control";

export const BATCH_SIZE = 5_000;
/**
 * Rows a batch: BATCH_SIZE, or SCOUT_IMPORT_BATCH_SIZE (tests set a few dozen, so a file of three
 * batches is small and its cost on a busy machine stays far below any timeout).
 */
export function importBatchSize(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.SCOUT_IMPORT_BATCH_SIZE);
  return Number.isInteger(n) && n > 0 ? n : BATCH_SIZE;
}

export type ImportCounts = ImportJobCounts;
export type ProgressEvent = { processed: number; total: number | null; elapsedMs: number };
export type RunOptions = { onProgress?: (p: ProgressEvent) => void; signal?: AbortSignal };
export { failImportJob };

/** The run let go of its job at a batch boundary (the process is shutting down): it resumes after `committedRows`. */
export class ImportReleasedError extends Error {
  constructor(readonly committedRows: number) {
    super(`released after row ${committedRows} for a shutdown`);
    this.name = "ImportReleasedError";
  }
}

/** Text PostgreSQL can store: a NUL byte (which text and jsonb refuse, failing the whole batch) shows as ␀. */
const storable = (s: string) => (s.includes("\u0000") ? s.replaceAll("\u0000", "\u2400") : s);

function rawRecord(header: string[], cells: string[]): Record<string, string> {
  const o: Record<string, string> = {};
  const n = Math.min(Math.max(header.length, cells.length), 200);
  for (let i = 0; i < n; i++) o[storable(header[i] ?? `Column ${i + 1}`)] = storable((cells[i] ?? "").slice(0, 2000));
  return o;
}

/** How far the job's committed batches reached, for a message that says exactly which rows remain. */
type Committed = { rows: number; line: number };

/**
 * Runs (or resumes) the job `jobId` to the end. File-level problems (unreadable file, unusable mapping)
 * throw ImportFileError and mark the job failed, saying which rows were imported in whole batches and
 * which remain; database errors throw as they are, leaving the job resumable from its last committed
 * batch (lib/import/resume.ts waits for the database and resumes). `signal`: stop at the next batch
 * boundary (ImportReleasedError), the job left queued to resume.
 */
export async function runImport(jobId: string, options: RunOptions | RunOptions["onProgress"] = {}): Promise<ImportCounts> {
  const { onProgress, signal } = typeof options === "function" ? { onProgress: options, signal: undefined } : options;
  const job = await getImportJob(jobId);
  if (!job) throw new ImportFileError(`Import ${jobId} does not exist.`);
  if (job.status === "completed") return getImportJobCounts(jobId);
  const started = Date.now();
  await markImportRunning(jobId);
  const committed: Committed = { rows: job.lastCommittedRow, line: 0 };
  try {
    if (!job.storagePath) throw new ImportFileError("The uploaded file is no longer stored; upload it again.");
    const parsed = importMappingSchema.safeParse(job.mapping);
    if (!parsed.success) throw new ImportFileError("The import has no valid column mapping.");
    const thresholds = await getTierThresholds();
    const { mapping, shape } = await readingOf(job, parsed.data);
    const tally = await processFile(job, mapping, shape, thresholds, started, committed, { onProgress, signal });
    if (!job.dryRun) await refreshGrowthForImport(jobId);
    // Flags quote the file's values, which may hold a NUL (jsonb refuses it, and the finished import would fail).
    await markImportCompleted(jobId, flagMessages(tally, mapping.columns.niche, job.dryRun ? "dry run" : "import").map(storable));
    return getImportJobCounts(jobId);
  } catch (err) {
    if (err instanceof ImportFileError) {
      await failImportJob(jobId, err.message + remainder(job, committed));
    } else if (err instanceof ImportReleasedError) {
      await noteImportInterrupted(jobId, `Paused at a batch boundary after row ${err.committedRows.toLocaleString("en-US")} while the app shut down; it resumes from there.`).catch(() => {});
    } else {
      await noteImportInterrupted(jobId, `Interrupted: ${errorReason(err)}. It resumes from the last saved batch.`).catch(() => {});
    }
    throw err;
  }
}

/** Said when a file fails part-way through a real import: batches are whole, so the rows left are exact. */
function remainder(job: ImportJob, c: Committed): string {
  if (job.dryRun || c.rows === 0) return job.dryRun ? "" : " Nothing was imported.";
  const at = c.line ? ` (to line ${c.line.toLocaleString("en-US")} of the file)` : "";
  return ` The first ${c.rows.toLocaleString("en-US")} rows${at} were imported in whole batches; the rows after them were not. Fix the file and import it again: rows already imported are updated, not doubled.`;
}

/**
 * The mapping with its number readings and the file's shape: as the upload and preview decided them,
 * or (a job made elsewhere) decided now, from one read of the file's first rows, and kept with the
 * job, so a resumed job reads every value as its first run did.
 */
async function readingOf(job: ImportJob, mapping: ImportMapping): Promise<{ mapping: ImportMapping; shape: Sniffed }> {
  if (mapping.numbers && job.shape) return { mapping, shape: job.shape };
  const read = await withNumberReadings(job.storagePath!, job.fileName, mapping, job.shape);
  const resolved = mapping.numbers ? mapping : read.mapping;
  await saveImportJobReading(job.id, { mapping: resolved, shape: read.shape });
  return { mapping: resolved, shape: read.shape };
}

/** Reads and writes the file; returns what its rows say for the summary (every row, also those a resumed run replays). */
async function processFile(
  job: ImportJob, mapping: ImportMapping, shape: Sniffed, thresholds: TierThresholds, started: number, committed: Committed, { onProgress, signal }: RunOptions,
): Promise<FlagTally> {
  const table = await openTable(job.storagePath!, job.fileName, shape);
  const problems = checkMapping(mapping, table.header);
  if (problems.length) {
    await table.rows.return(undefined);
    throw new ImportFileError(problems.join(" "));
  }
  const resolved = resolveMapping(mapping, table.header);
  const check = rowChecker(table.header.length, resolved);
  // Where the server speaks COPY (not the one-session embedded server), a second connection of its
  // own (not from the pool, so two imports never wait on each other's connections) lets batch N+1
  // upsert while batch N commits: the server's work, most of an import's, spreads over two cores.
  const { lanes, release } = await openImportLanes();
  const lane = {};
  let batchNo = 0;
  let committedBatches = 0;
  const capturedAt = job.asOf ?? job.createdAt;
  const resumeAfter = job.lastCommittedRow;
  let ordinal = 0;
  let rows: BatchRow[] = [];
  let rejects: BatchReject[] = [];
  let lastReport = 0;
  let inFlight: Promise<unknown> | undefined;
  let batchesCommitted = 0;
  // A batch's last row and line, known when it is started; counted as committed when its write resolves.
  const settle = async (write: Promise<unknown> | undefined, upTo: Committed) => {
    if (!write) return;
    await write;
    committed.rows = Math.max(committed.rows, upTo.rows);
    committed.line = Math.max(committed.line, upTo.line);
    await reachFailpoint(++batchesCommitted);
  };
  let lastLine = 0;
  let previousUpTo: Committed = { rows: 0, line: 0 };
  // Batch N+1 is read, scored and looked up while batch N commits (the writer keeps commits in order);
  // at most two batches are in memory.
  // The guards read the first batch before it is written; a resumed job passed them already.
  const handleCol = resolved.index.handle;
  const guardCells: string[] | null = resumeAfter === 0 && !mapping.force && handleCol !== undefined ? [] : null;
  const platformCol = "column" in resolved.platform ? resolved.platform.column : undefined;
  const guardPlatforms: string[] | undefined = guardCells && platformCol !== undefined ? [] : undefined;
  let guarded = guardCells === null;
  const flush = async () => {
    if (!guarded) {
      guarded = true;
      const problem = guardProblem({ handleColumn: mapping.columns.handle!, handleCells: guardCells!, platformCells: guardPlatforms, rejectReasons: rejects.map((r) => r.reason) });
      if (problem) throw new ImportFileError(problem);
    }
    if (!rows.length && !rejects.length) return;
    const on = lanes[batchNo++ % lanes.length]!;
    const write = writeBatch(on, { id: job.id, fileName: job.fileName, dryRun: job.dryRun, capturedAt }, rows, rejects, ordinal, thresholds, lane);
    write.catch(() => {}); // awaited by the next flush or after the loop
    const previous = inFlight;
    const previousMark = previousUpTo;
    inFlight = write;
    previousUpTo = { rows: ordinal, line: lastLine };
    rows = [];
    rejects = [];
    await settle(previous, previousMark);
    // A batch boundary: a stopping worker hands the job back here (lib/jobs/control.ts), paused like a shutdown below.
    if (previous) await atBatchBoundary(++committedBatches).catch((err: unknown) => Promise.reject(err instanceof JobReleasedError ? new ImportReleasedError(ordinal) : err));
    // Shutting down: let go here, between two committed batches (the one in flight commits first, below).
    if (signal?.aborted) throw new ImportReleasedError(ordinal);
    const now = Date.now();
    if (onProgress && (now - lastReport > 250 || !lastReport)) {
      lastReport = now;
      onProgress({ processed: ordinal, total: job.totalRows, elapsedMs: now - started });
    }
  };
  const batchSize = importBatchSize();
  const tally = newFlagTally();
  const nicheAt = resolved.index.niche;
  try {
    for await (const raw of table.rows as AsyncIterable<RawRow>) {
      ordinal++;
      lastLine = raw.line;
      const replay = ordinal <= resumeAfter; // already committed before a restart: only rebuild the duplicate index
      const reject = (reason: string) => !replay && rejects.push({ ordinal, line: raw.line, reason: storable(reason), raw: rawRecord(table.header, raw.cells) });
      if (!guarded) {
        guardCells!.push(raw.cells[handleCol!] ?? "");
        guardPlatforms?.push(raw.cells[platformCol!] ?? "");
      }
      const verdict = check(raw.cells, raw.line);
      tallyRow(tally, rowForFlags(raw, verdict, nicheAt, verdict.ok ? deriveEngagement(verdict.creator, thresholds) : null));
      if (!verdict.ok) reject(verdict.reason);
      else if (!replay) rows.push({ ordinal, line: raw.line, creator: verdict.creator });
      if (rows.length + rejects.length >= batchSize) await flush();
    }
    await flush();
    const last = inFlight;
    inFlight = undefined;
    await settle(last, previousUpTo);
    onProgress?.({ processed: ordinal, total: ordinal, elapsedMs: Date.now() - started });
    if (ordinal === 0) throw new ImportFileError("The file has a header row but no data rows.");
    return tally;
  } finally {
    // Never hand back a connection with a batch still on it; a batch that commits here (the file broke
    // after it was started) counts in what the failure message says was imported.
    await settle(inFlight, previousUpTo).catch(() => {});
    await release();
  }
}
