// The ImportJob table's one owner: every read and write of an import job goes through here, with one
// type (ImportJob), on the app's one client, for the admin screens, the browser flow, the worker and
// the command line alike. The batch writer moves a job's counters inside its batch transaction with
// the statement built by batchProgressSql below, so even that SQL lives here.
import pg from "pg";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { Platform, Tier } from "@/lib/domain/types";
import { parseFileShape, type FileShape } from "@/lib/validation/file-shape";
import type { ImportKind } from "@/lib/validation/import-kinds";

/** The global client, or a transaction's (e.g. holdingImportFiles in ./import-files). */
export type Db = Prisma.TransactionClient;

export type ImportJobStatus = "uploaded" | "queued" | "running" | "completed" | "failed";

const JOB_SELECT = {
  id: true, kind: true, campaignId: true, fileName: true, fileHash: true, fileSize: true, storagePath: true, format: true, shape: true, status: true, mapping: true, platform: true,
  dryRun: true, totalRows: true, processedRows: true, lastCommittedRow: true, createdCount: true, updatedCount: true, unchangedCount: true,
  rejectedCount: true, byTier: true, flags: true, error: true, startedAt: true, finishedAt: true, createdAt: true, createdByLabel: true, asOf: true,
  createdBy: { select: { email: true, name: true } },
} as const;

type Row = Prisma.ImportJobGetPayload<{ select: typeof JOB_SELECT }>;
/** One import job as every caller sees it; `shape` parsed (null when not known yet). */
export type ImportJob = Omit<Row, "shape"> & { shape: FileShape | null };

export type ImportJobCounts = { created: number; updated: number; unchanged: number; rejected: number; byTier: Record<Tier, number> };

export const emptyTiers = (): Record<Tier, number> => ({ nano: 0, micro: 0, mid: 0, macro: 0, mega: 0 });

const json = (v: unknown) => (v ?? undefined) as Prisma.InputJsonValue | undefined;
const toJob = (r: Row): ImportJob => ({ ...r, shape: parseFileShape(r.shape) });

export type NewImportJob = {
  fileName: string; fileHash: string; fileSize: number; storagePath: string; format: string; createdById: string | null;
  /** Who started it, for the history: a user's label, or "command line (…)" for the CLI. */
  createdByLabel: string;
  shape?: FileShape | null; mapping?: object | null; platform?: Platform | null; dryRun?: boolean; totalRows?: number | null;
  status?: "uploaded" | "queued" | "running";
  /** When the file's metrics were measured; null: the import's own time. */
  asOf?: Date | null;
  /** "campaign-results": the posts of `campaignId` (lib/import/campaign-results/run.ts); default the catalog's creators. */
  kind?: ImportKind;
  campaignId?: string | null;
};


export async function createImportJob(j: NewImportJob, db: Db = prisma): Promise<{ id: string }> {
  return db.importJob.create({
    data: {
      fileName: j.fileName, fileHash: j.fileHash, fileSize: BigInt(j.fileSize), storagePath: j.storagePath, format: j.format, shape: json(j.shape),
      createdById: j.createdById, createdByLabel: j.createdByLabel, mapping: json(j.mapping), platform: j.platform ?? null,
      dryRun: j.dryRun ?? false, totalRows: j.totalRows ?? null, status: j.status ?? "uploaded", asOf: j.asOf ?? null,
      kind: j.kind ?? "creators", campaignId: j.campaignId ?? null,
    },
    select: { id: true },
  });
}

export async function getImportJob(id: string, db: Db = prisma): Promise<ImportJob | null> {
  const r = await db.importJob.findUnique({ where: { id }, select: JOB_SELECT });
  return r && toJob(r);
}

/** The upload's file facts as they become known (its shape once read), or its failure. */
export async function updateImportJob(id: string, data: { storagePath?: string; fileHash?: string; format?: string; shape?: FileShape; status?: "failed"; error?: string | null }) {
  const { shape, ...rest } = data;
  await prisma.importJob.update({ where: { id }, data: { ...rest, ...(shape ? { shape: json(shape), format: shape.format } : {}) } });
}

/** Re-runs from scratch: counters and row errors of a dry run are recomputed for a new mapping. Pass a transaction to run in it. */
export async function resetImportJob(id: string, mapping: object, db?: Db) {
  const reset = async (tx: Db) => {
    await tx.importRowError.deleteMany({ where: { importJobId: id } });
    await tx.importJob.update({
      where: { id },
      data: {
        mapping: json(mapping), status: "queued", processedRows: 0, lastCommittedRow: 0, createdCount: 0, updatedCount: 0,
        unchangedCount: 0, rejectedCount: 0, byTier: undefined, flags: Prisma.DbNull, error: null, startedAt: null, finishedAt: null, totalRows: null,
      },
    });
  };
  if (db) await reset(db);
  else await prisma.$transaction(reset);
}

export async function listImportJobs(page = 1, pageSize = 20) {
  const where = { dryRun: false };
  const [rows, total] = await Promise.all([
    prisma.importJob.findMany({ where, orderBy: { createdAt: "desc" }, skip: (page - 1) * pageSize, take: pageSize, select: JOB_SELECT }),
    prisma.importJob.count({ where }),
  ]);
  return { items: rows.map(toJob), total, page, pageSize };
}

// ---- The run: running -> completed | failed (or interrupted, to resume) ----

export async function markImportRunning(id: string): Promise<void> {
  await prisma.$executeRaw`UPDATE "ImportJob" SET status = 'running', "startedAt" = COALESCE("startedAt", now()), error = NULL, "finishedAt" = NULL WHERE id = ${id}`;
}

/** `flags`: what the file's rows say (lib/import/preview-flags.ts), for the summary. */
export async function markImportCompleted(id: string, flags: string[] = []): Promise<void> {
  await prisma.$executeRaw`UPDATE "ImportJob" SET status = 'completed', "totalRows" = "processedRows", "finishedAt" = now(), flags = ${JSON.stringify(flags)}::jsonb WHERE id = ${id}`;
}

/** Keeps what a job resolved for itself (its number readings, the file's shape), so a resumed run reads alike. */
export async function saveImportJobReading(id: string, reading: { mapping?: object; shape?: FileShape }): Promise<void> {
  await prisma.importJob.update({ where: { id }, data: { mapping: json(reading.mapping), shape: json(reading.shape) } });
}

/** Marks an import failed with the reason the admin reads in the history. */
export async function failImportJob(id: string, message: string): Promise<void> {
  await prisma.$executeRaw`UPDATE "ImportJob" SET status = 'failed', error = ${message}, "finishedAt" = now() WHERE id = ${id}`;
}

/** Still resumable: the reason it stopped, for the progress page. */
export async function noteImportInterrupted(id: string, message: string): Promise<void> {
  await prisma.$executeRaw`UPDATE "ImportJob" SET error = ${message} WHERE id = ${id}`;
}

/** Hands a failed (or interrupted) job back to run again from its last committed batch: `npm run import -- --resume`, the wizard's retry. */
export async function requeueImportJob(id: string): Promise<boolean> {
  const n = await prisma.$executeRaw`UPDATE "ImportJob" SET status = 'queued', error = NULL, "finishedAt" = NULL WHERE id = ${id} AND status IN ('failed', 'running', 'queued')`;
  return n > 0;
}

export async function getImportJobCounts(id: string): Promise<ImportJobCounts> {
  const j = await prisma.importJob.findUniqueOrThrow({ where: { id }, select: { createdCount: true, updatedCount: true, unchangedCount: true, rejectedCount: true, byTier: true } });
  return { created: j.createdCount, updated: j.updatedCount, unchanged: j.unchangedCount, rejected: j.rejectedCount, byTier: { ...emptyTiers(), ...((j.byTier ?? {}) as Record<Tier, number>) } };
}

/** A job handed back by the queue with no retry left is not run again: say so, or its page would show "running" forever. */
export async function failExhaustedImports(queue: string, queueJobIds: string[]): Promise<void> {
  await prisma.$executeRaw`
    UPDATE "ImportJob" i SET status = 'failed', "finishedAt" = now(),
           error = 'The app stopped during this import ' || q.retry_count || ' times; it was not restarted again. Continue it from its last saved batch with: npm run import -- --resume ' || i.id || ', or import the file again (rows already imported are updated, never doubled).'
      FROM pgboss.job q
     WHERE q.name = ${queue} AND q.id = ANY(${queueJobIds}::uuid[]) AND q.state = 'failed' AND i.id = q.data->>'importJobId' AND i.status IN ('queued', 'running')`;
}

/**
 * A campaign results job's outcome, all at once (its posts are written in one transaction or not at
 * all): the counts, and each wrong row with its line; completed, or failed saying nothing was written.
 */
export async function recordResultsOutcome(
  id: string,
  out: { rows: number; created: number; updated: number; errors: { line: number; messages: string[] }[]; fileError?: string },
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.importRowError.deleteMany({ where: { importJobId: id } });
    if (out.errors.length) await tx.importRowError.createMany({ data: out.errors.map((e) => ({ importJobId: id, line: e.line, reason: e.messages.join(" ") })) });
    const failed = out.fileError ?? (out.errors.length ? `${out.errors.length.toLocaleString("en-US")} of ${out.rows.toLocaleString("en-US")} rows are wrong: nothing was imported. Fix them and import the file again.` : null);
    await tx.importJob.update({
      where: { id },
      data: {
        status: failed ? "failed" : "completed", error: failed, totalRows: out.rows, processedRows: out.rows, lastCommittedRow: failed ? 0 : out.rows,
        createdCount: failed ? 0 : out.created, updatedCount: failed ? 0 : out.updated, unchangedCount: 0, rejectedCount: out.errors.length,
        startedAt: new Date(), finishedAt: new Date(),
      },
    });
  });
}

// ---- Stored files (under the file lock of ./import-files) ----

export async function listStoredFileJobs(tx: Db) {
  return tx.importJob.findMany({
    where: { AND: [{ storagePath: { not: null } }, { storagePath: { not: "" } }] },
    select: { id: true, storagePath: true, status: true, finishedAt: true, createdAt: true },
  });
}

export async function forgetStoredFiles(tx: Db, paths: string[]): Promise<void> {
  if (paths.length) await tx.importJob.updateMany({ where: { storagePath: { in: paths } }, data: { storagePath: null } });
}

// ---- Inside a batch's transaction (./import-writer) ----

/**
 * The job's counters, and lastCommittedRow moved from `previousOrdinal` to `lastOrdinal`. The move is
 * conditional: a batch whose predecessor did not commit fails here instead of leaving a gap. One
 * statement with literal values, so that it can share a round trip with the upsert and the COMMIT.
 */
export function batchProgressSql(jobId: string, r: ImportJobCounts, previousOrdinal: number, lastOrdinal: number): string {
  const n = (x: number) => String(Math.trunc(x));
  const id = pg.escapeLiteral(jobId);
  return `DO $progress$ BEGIN
    UPDATE "ImportJob" SET "processedRows" = ${n(lastOrdinal)}, "lastCommittedRow" = ${n(lastOrdinal)},
        "createdCount" = "createdCount" + ${n(r.created)}, "updatedCount" = "updatedCount" + ${n(r.updated)},
        "unchangedCount" = "unchangedCount" + ${n(r.unchanged)}, "rejectedCount" = "rejectedCount" + ${n(r.rejected)},
        "byTier" = (SELECT jsonb_object_agg(t.key, COALESCE(("byTier"->>t.key)::int, 0) + t.value::int) FROM jsonb_each_text(${pg.escapeLiteral(JSON.stringify(r.byTier))}::jsonb) AS t)
      WHERE id = ${id} AND "lastCommittedRow" = ${n(previousOrdinal)};
    IF NOT FOUND THEN
      RAISE EXCEPTION 'import %: rows up to % are not committed, so rows to % cannot be', ${id}, ${n(previousOrdinal)}, ${n(lastOrdinal)};
    END IF;
  END $progress$`;
}
