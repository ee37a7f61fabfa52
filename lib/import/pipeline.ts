// The import pipeline, shared by the browser flow (through the background worker) and the CLI:
// read (streaming) -> map -> normalise -> de-duplicate -> classify -> write in atomic batches.
// A job that stops for any reason resumes after its last committed batch.
import type { TierThresholds } from "@/lib/domain/tiers";
import {
  failImportJob, getImportRun, getImportRunCounts, markImportCompleted, markImportRunning, noteImportInterrupted, saveImportRunMapping, type ImportRun, type ImportRunCounts,
} from "@/lib/queries/import-runs";
import { openImportLanes, writeBatch, type BatchReject, type BatchRow } from "@/lib/queries/import-writer";
import { getTierThresholds } from "@/lib/queries/settings";
import { ImportFileError } from "./detect";
import { guardProblem } from "./guards";
import { checkMapping, importMappingSchema, type ImportMapping } from "./mapping";
import { resolveMapping } from "./normalize";
import { withNumberReadings } from "./preview";
import { openTable, type RawRow } from "./read";
import { rowChecker } from "./rows";

export const BATCH_SIZE = 5_000;
/**
 * Rows a batch: BATCH_SIZE, or SCOUT_IMPORT_BATCH_SIZE (tests set a few dozen, so a file of three
 * batches is small and its cost on a busy machine stays far below any timeout).
 */
export function importBatchSize(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.SCOUT_IMPORT_BATCH_SIZE);
  return Number.isInteger(n) && n > 0 ? n : BATCH_SIZE;
}

export type ImportCounts = ImportRunCounts;
export type ProgressEvent = { processed: number; total: number | null; elapsedMs: number };
export { failImportJob };

function rawRecord(header: string[], cells: string[]): Record<string, string> {
  const o: Record<string, string> = {};
  const n = Math.max(header.length, cells.length);
  for (let i = 0; i < n; i++) o[header[i] ?? `Column ${i + 1}`] = (cells[i] ?? "").slice(0, 2000);
  return o;
}

/**
 * Runs (or resumes) the job `jobId` to the end. File-level problems (unreadable file, unusable mapping)
 * throw ImportFileError and mark the job failed; database errors throw as they are, leaving the job
 * resumable from its last committed batch.
 */
export async function runImport(jobId: string, onProgress?: (p: ProgressEvent) => void): Promise<ImportCounts> {
  const job = await getImportRun(jobId);
  if (!job) throw new ImportFileError(`Import ${jobId} does not exist.`);
  if (job.status === "completed") return getImportRunCounts(jobId);
  const started = Date.now();
  await markImportRunning(jobId);
  try {
    if (!job.storagePath) throw new ImportFileError("The uploaded file is no longer stored; upload it again.");
    const parsed = importMappingSchema.safeParse(job.mapping);
    if (!parsed.success) throw new ImportFileError("The import has no valid column mapping.");
    const thresholds = await getTierThresholds();
    await processFile(job, await numbersOf(job, parsed.data), thresholds, started, onProgress);
    await markImportCompleted(jobId);
    return getImportRunCounts(jobId);
  } catch (err) {
    if (err instanceof ImportFileError) {
      await failImportJob(jobId, err.message);
    } else {
      await noteImportInterrupted(jobId, `Interrupted: ${(err as Error).message}. It resumes from the last saved batch.`).catch(() => {});
    }
    throw err;
  }
}

/**
 * The mapping with its number readings: as the preview resolved them, or (a CLI import, a job made
 * elsewhere) resolved now from the file's first rows and kept with the job, so a resumed job reads
 * every value as its first run did.
 */
async function numbersOf(job: ImportRun, mapping: ImportMapping): Promise<ImportMapping> {
  if (mapping.numbers) return mapping;
  const resolved = (await withNumberReadings(job.storagePath!, job.fileName, mapping)).mapping;
  await saveImportRunMapping(job.id, resolved);
  return resolved;
}

async function processFile(job: ImportRun, mapping: ImportMapping, thresholds: TierThresholds, started: number, onProgress?: (p: ProgressEvent) => void) {
  const table = await openTable(job.storagePath!, job.fileName);
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
  const capturedAt = job.createdAt;
  const resumeAfter = job.lastCommittedRow;
  let ordinal = 0;
  let rows: BatchRow[] = [];
  let rejects: BatchReject[] = [];
  let lastReport = 0;
  let inFlight: Promise<unknown> | undefined;
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
    inFlight = write;
    rows = [];
    rejects = [];
    await previous;
    const now = Date.now();
    if (onProgress && (now - lastReport > 250 || !lastReport)) {
      lastReport = now;
      onProgress({ processed: ordinal, total: job.totalRows, elapsedMs: now - started });
    }
  };
  const batchSize = importBatchSize();
  try {
    for await (const raw of table.rows as AsyncIterable<RawRow>) {
      ordinal++;
      const replay = ordinal <= resumeAfter; // already committed before a restart: only rebuild the duplicate index
      const reject = (reason: string) => !replay && rejects.push({ ordinal, line: raw.line, reason, raw: rawRecord(table.header, raw.cells) });
      if (!guarded) {
        guardCells!.push(raw.cells[handleCol!] ?? "");
        guardPlatforms?.push(raw.cells[platformCol!] ?? "");
      }
      const verdict = check(raw.cells, raw.line);
      if (!verdict.ok) reject(verdict.reason);
      else if (!replay) rows.push({ ordinal, line: raw.line, creator: verdict.creator });
      if (rows.length + rejects.length >= batchSize) await flush();
    }
    await flush();
    await inFlight;
    onProgress?.({ processed: ordinal, total: ordinal, elapsedMs: Date.now() - started });
    if (ordinal === 0) throw new ImportFileError("The file has a header row but no data rows.");
  } finally {
    await inFlight?.catch(() => {}); // never hand back a connection with a batch still on it
    await release();
  }
}
