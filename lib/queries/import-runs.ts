// The import worker's bookkeeping on ImportJob (lib/import/pipeline.ts, lib/import/queue.ts): load a
// job, move it through running / completed / failed, read its counts, and hand back jobs a dead
// process left behind. On the import pool (./import-writer), which the CLI uses too.
import type { Tier } from "@/lib/domain/types";
import { emptyTiers, importPool } from "./import-writer";

export type ImportRun = {
  id: string; fileName: string; storagePath: string | null; mapping: unknown; dryRun: boolean; lastCommittedRow: number;
  totalRows: number | null; status: string; createdAt: Date; startedAt: Date | null; asOf: Date | null;
};

export type ImportRunCounts = { created: number; updated: number; unchanged: number; rejected: number; byTier: Record<Tier, number> };

export async function getImportRun(jobId: string): Promise<ImportRun | null> {
  const { rows } = await importPool().query<ImportRun>(
    `SELECT id, "fileName", "storagePath", mapping, "dryRun", "lastCommittedRow", "totalRows", status, "createdAt", "startedAt", "asOf" FROM "ImportJob" WHERE id = $1`,
    [jobId],
  );
  return rows[0] ?? null;
}

export async function markImportRunning(jobId: string): Promise<void> {
  await importPool().query(`UPDATE "ImportJob" SET status = 'running', "startedAt" = COALESCE("startedAt", now()), error = NULL WHERE id = $1`, [jobId]);
}

export async function markImportCompleted(jobId: string): Promise<void> {
  await importPool().query(`UPDATE "ImportJob" SET status = 'completed', "totalRows" = "processedRows", "finishedAt" = now() WHERE id = $1`, [jobId]);
}

/** Keeps the mapping a job resolved for itself (its number readings), so a resumed run reads alike. */
export async function saveImportRunMapping(jobId: string, mapping: unknown): Promise<void> {
  await importPool().query(`UPDATE "ImportJob" SET mapping = $2 WHERE id = $1`, [jobId, JSON.stringify(mapping)]);
}

/** Marks an import failed with the reason the admin reads in the history. */
export async function failImportJob(jobId: string, message: string): Promise<void> {
  await importPool().query(`UPDATE "ImportJob" SET status = 'failed', error = $2, "finishedAt" = now() WHERE id = $1`, [jobId, message]);
}

/** Still running (it resumes): the reason it stopped, for the progress page. */
export async function noteImportInterrupted(jobId: string, message: string): Promise<void> {
  await importPool().query(`UPDATE "ImportJob" SET error = $2 WHERE id = $1`, [jobId, message]);
}

export async function getImportRunCounts(jobId: string): Promise<ImportRunCounts> {
  const { rows } = await importPool().query<{ c: number; u: number; n: number; r: number; byTier: Record<Tier, number> | null }>(
    `SELECT "createdCount" c, "updatedCount" u, "unchangedCount" n, "rejectedCount" r, "byTier" FROM "ImportJob" WHERE id = $1`,
    [jobId],
  );
  const j = rows[0]!;
  return { created: j.c, updated: j.u, unchanged: j.n, rejected: j.r, byTier: { ...emptyTiers(), ...(j.byTier ?? {}) } };
}

/** A job handed back with no retry left is not run again: say so on the import, or its page would show "running" forever. */
export async function failExhaustedImports(queue: string, queueJobIds: string[]): Promise<void> {
  await importPool().query(
    `UPDATE "ImportJob" i SET status = 'failed', "finishedAt" = now(),
            error = 'The app stopped during this import ' || q.retry_count || ' times; it was not restarted again. Import the file again to finish it (rows already imported are kept).'
       FROM pgboss.job q
      WHERE q.name = $1 AND q.id = ANY($2::uuid[]) AND q.state = 'failed' AND i.id = q.data->>'importJobId' AND i.status IN ('queued', 'running')`,
    [queue, queueJobIds],
  );
}
