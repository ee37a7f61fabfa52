// How long uploaded import files are kept. An upload lives in <storage dir>/<database>/<job id>.upload
// and is read by the preview, the dry run and the real import (which shares its dry run's file).
// A file is deleted when
//   - every import that refers to it finished (completed, failed or cancelled) more than
//     SCOUT_IMPORT_RETENTION_DAYS ago (default 7), or was an upload left in the wizard (uploaded,
//     never imported) that long ago; or
//   - no import refers to it at all (an aborted upload, an import row deleted) and it was last
//     written more than a day ago. Only this database's own folder is swept for these, since other
//     databases (test runs, a second install) may keep their uploads next to ours.
// A file is never deleted while an import that refers to it is queued or running, or while pg-boss
// holds a job for it that will run or retry. Files outside the storage dir (the command-line
// import reads the admin's own file in place) are never touched.
import { lstat, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { releaseImportFiles, type StoredFileRef } from "@/lib/queries/import-files";
import { databaseStorageDir, importStorageDir } from "./files";
import { IMPORT_QUEUE } from "./queue-names";

export const DEFAULT_RETENTION_DAYS = 7;
export const ORPHAN_GRACE_MS = 24 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const FINISHED = new Set(["completed", "failed", "cancelled"]);
const LEFT_IN_WIZARD = new Set(["uploaded", "previewed"]);
const UPLOAD_FILE = /\.upload$/;

/** SCOUT_IMPORT_RETENTION_DAYS: days to keep the files of finished imports (a positive number; default 7). */
export function importRetentionDays(value = process.env.SCOUT_IMPORT_RETENTION_DAYS): number {
  if (value === undefined || value.trim() === "") return DEFAULT_RETENTION_DAYS;
  const days = Number(value);
  if (Number.isFinite(days) && days > 0) return days;
  console.warn(`[import files] SCOUT_IMPORT_RETENTION_DAYS=${JSON.stringify(value)} is not a positive number of days; keeping files ${DEFAULT_RETENTION_DAYS} days.`);
  return DEFAULT_RETENTION_DAYS;
}

/** Whether an import may still read its file. Unknown statuses count as needing it. */
export function importNeedsFile(job: StoredFileRef, now: number, retentionMs: number): boolean {
  if (job.queued) return true;
  if (FINISHED.has(job.status)) return (job.finishedAt ?? job.createdAt).getTime() > now - retentionMs;
  if (LEFT_IN_WIZARD.has(job.status)) return job.createdAt.getTime() > now - retentionMs;
  return true; // queued, running, or a status this code does not know
}

export type StoredFile = { path: string; mtimeMs: number };
export type CleanupPlan = { release: string[]; expired: string[]; orphans: string[] };

const inside = (root: string, file: string) => {
  const rel = path.relative(root, file);
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
};

/**
 * Which files to delete (absolute paths: `expired`, `orphans`) and which storagePath values to
 * clear (`release`), from every import's file reference and the files found in this database's folder.
 */
export function planCleanup(refs: StoredFileRef[], ownFiles: StoredFile[], o: { root: string; now: number; retentionMs: number; orphanGraceMs?: number }): CleanupPlan {
  const root = path.resolve(o.root);
  const byFile = new Map<string, StoredFileRef[]>();
  for (const r of refs) {
    const file = path.resolve(r.storagePath);
    byFile.set(file, [...(byFile.get(file) ?? []), r]);
  }
  const plan: CleanupPlan = { release: [], expired: [], orphans: [] };
  for (const [file, jobs] of byFile) {
    if (!inside(root, file) || !UPLOAD_FILE.test(file)) continue;
    if (jobs.some((j) => importNeedsFile(j, o.now, o.retentionMs))) continue;
    plan.expired.push(file);
    plan.release.push(...new Set(jobs.map((j) => j.storagePath)));
  }
  // Referred to by name as well as by path: a path written under another working directory still counts.
  const referredNames = new Set(refs.map((r) => path.basename(r.storagePath)));
  const orphanBefore = o.now - (o.orphanGraceMs ?? ORPHAN_GRACE_MS);
  for (const f of ownFiles) {
    const file = path.resolve(f.path);
    if (byFile.has(file) || referredNames.has(path.basename(file)) || !inside(root, file) || !UPLOAD_FILE.test(file)) continue;
    if (f.mtimeMs < orphanBefore) plan.orphans.push(file);
  }
  return plan;
}

async function listOwnUploads(dir: string): Promise<StoredFile[]> {
  const names = await readdir(dir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ENOENT") return [] as string[];
    throw err;
  });
  const files: StoredFile[] = [];
  for (const name of names) {
    if (!UPLOAD_FILE.test(name)) continue;
    const st = await lstat(path.join(dir, name)).catch(() => null);
    if (st?.isFile()) files.push({ path: path.join(dir, name), mtimeMs: st.mtimeMs });
  }
  return files;
}

export type CleanupResult = { expired: number; orphans: number; bytes: number };

/** Deletes the upload files no import needs any more (see the top of this file). Safe to run at any time, in any number of processes. */
export async function cleanUpImportFiles(opts: { now?: Date; retentionDays?: number } = {}): Promise<CleanupResult> {
  const now = (opts.now ?? new Date()).getTime();
  const retentionMs = (opts.retentionDays ?? importRetentionDays()) * DAY_MS;
  const root = path.resolve(importStorageDir());
  const ownFiles = await listOwnUploads(path.resolve(databaseStorageDir()));
  let plan: CleanupPlan = { release: [], expired: [], orphans: [] };
  await releaseImportFiles(IMPORT_QUEUE, (refs) => {
    plan = planCleanup(refs, ownFiles, { root, now, retentionMs });
    return plan.release;
  });
  // The imports no longer refer to these files (committed above): delete them.
  const result: CleanupResult = { expired: 0, orphans: 0, bytes: 0 };
  for (const [kind, files] of [["expired", plan.expired], ["orphans", plan.orphans]] as const) {
    for (const file of files) {
      const st = await lstat(file).catch(() => null);
      if (!st?.isFile()) continue;
      await rm(file, { force: true });
      result[kind]++;
      result.bytes += st.size;
    }
  }
  return result;
}
