// Which imports refer to which stored upload files, and letting go of files (lib/import/retention.ts).
// One advisory lock orders the two sides: the clean-up decides and unlinks under the exclusive lock;
// the steps that give a file new work (a commit copies a dry run's file, a new preview re-queues it)
// hold it shared, so they either finish first (and the clean-up sees their queued job) or start after
// (and find the file gone, which they report).
import { prisma } from "@/lib/db/client";
import { forgetStoredFiles, listStoredFileJobs, type Db } from "./import-jobs";

/** pg_advisory_xact_lock key for import files (any fixed bigint; this one is "scout imports" in digits). */
export const IMPORT_FILES_LOCK = 7_268_804_677;

export type StoredFileRef = {
  id: string;
  storagePath: string;
  status: string;
  finishedAt: Date | null;
  createdAt: Date;
  /** pg-boss holds a job for this import that will run or retry (created, retry or active). */
  queued: boolean;
};

/** Runs fn in a transaction that a file clean-up cannot overlap. Keep it short: no file reading inside. */
export async function holdingImportFiles<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock_shared(${IMPORT_FILES_LOCK})`);
    return fn(tx);
  });
}

/**
 * Under the exclusive lock: reads every import's file reference (and which imports pg-boss still
 * holds), lets `choose` name the storage paths to let go, and sets those imports' storagePath to NULL.
 * The caller deletes the files after this returns (committed), so no import is left pointing at a
 * deleted file.
 */
export async function releaseImportFiles(importQueue: string, choose: (refs: StoredFileRef[]) => string[]): Promise<string[]> {
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${IMPORT_FILES_LOCK})`);
      const [boss] = await tx.$queryRaw<{ present: boolean }[]>`SELECT to_regclass('pgboss.job') IS NOT NULL AS present`;
      const held = boss?.present
        ? await tx.$queryRaw<{ id: string }[]>`
            SELECT DISTINCT data->>'importJobId' AS id FROM pgboss.job
             WHERE name = ${importQueue} AND state IN ('created', 'retry', 'active') AND data->>'importJobId' IS NOT NULL`
        : [];
      const queued = new Set(held.map((r) => r.id));
      const rows = await listStoredFileJobs(tx);
      const paths = choose(rows.map((r) => ({ ...r, storagePath: r.storagePath!, queued: queued.has(r.id) })));
      await forgetStoredFiles(tx, paths);
      return paths;
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
