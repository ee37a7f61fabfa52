// Import jobs, their row errors and mapping presets: everything the admin screens and the CLI read
// and write outside the batch writer (lib/queries/import-writer.ts).
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { ImportMapping } from "@/lib/import/mapping";
import type { Platform } from "@/lib/domain/types";

export type NewImportJob = {
  fileName: string; fileHash: string; fileSize: number; storagePath: string; format: string; createdById: string | null;
  /** Who started it, for the history: a user's label, or "command line (…)" for the CLI. */
  createdByLabel: string;
  mapping?: ImportMapping | null; platform?: Platform | null; dryRun?: boolean; totalRows?: number | null;
  status?: "uploaded" | "queued" | "running";
  /** When the file's metrics were measured; null: the import's own time. */
  asOf?: Date | null;
};

/** The global client, or a transaction's (e.g. holdingImportFiles in ./import-files). */
export type Db = Prisma.TransactionClient;

export async function createImportJob(j: NewImportJob, db: Db = prisma): Promise<{ id: string }> {
  return db.importJob.create({
    data: {
      fileName: j.fileName, fileHash: j.fileHash, fileSize: BigInt(j.fileSize), storagePath: j.storagePath, format: j.format,
      createdById: j.createdById, createdByLabel: j.createdByLabel, mapping: (j.mapping ?? undefined) as Prisma.InputJsonValue | undefined, platform: j.platform ?? null,
      dryRun: j.dryRun ?? false, totalRows: j.totalRows ?? null, status: j.status ?? "uploaded", asOf: j.asOf ?? null,
    },
    select: { id: true },
  });
}

const JOB_SELECT = {
  id: true, fileName: true, fileHash: true, fileSize: true, storagePath: true, format: true, status: true, mapping: true, platform: true,
  dryRun: true, totalRows: true, processedRows: true, createdCount: true, updatedCount: true, unchangedCount: true, rejectedCount: true,
  byTier: true, error: true, startedAt: true, finishedAt: true, createdAt: true, createdByLabel: true, createdBy: { select: { email: true, name: true } },
} as const;


export async function getImportJob(id: string, db: Db = prisma) {
  return db.importJob.findUnique({ where: { id }, select: JOB_SELECT });
}

/** The upload's file facts as they become known, or its failure. */
export async function updateImportJob(id: string, data: { storagePath?: string; fileHash?: string; format?: string; status?: "failed"; error?: string | null }) {
  await prisma.importJob.update({ where: { id }, data });
}

/** Re-runs from scratch: counters and row errors of a dry run are recomputed for a new mapping. Pass a transaction to run in it. */
export async function resetImportJob(id: string, mapping: ImportMapping, db?: Db) {
  const reset = async (tx: Db) => {
    await tx.importRowError.deleteMany({ where: { importJobId: id } });
    await tx.importJob.update({
      where: { id },
      data: {
        mapping: mapping as Prisma.InputJsonValue, status: "queued", processedRows: 0, lastCommittedRow: 0, createdCount: 0, updatedCount: 0,
        unchangedCount: 0, rejectedCount: 0, byTier: undefined, error: null, startedAt: null, finishedAt: null, totalRows: null,
      },
    });
  };
  if (db) await reset(db);
  else await prisma.$transaction(reset);
}

export async function listImportJobs(page = 1, pageSize = 20) {
  const where = { dryRun: false };
  const [items, total] = await Promise.all([
    prisma.importJob.findMany({ where, orderBy: { createdAt: "desc" }, skip: (page - 1) * pageSize, take: pageSize, select: JOB_SELECT }),
    prisma.importJob.count({ where }),
  ]);
  return { items, total, page, pageSize };
}

/** Reasons grouped, most frequent first: 'followers is missing ("…")' x 120, "duplicate of line … (@… on tiktok)" x 3. */
export async function summarizeRowErrors(importJobId: string) {
  const rows = await prisma.$queryRaw<{ reason: string; n: bigint; first: number }[]>`
    SELECT regexp_replace(regexp_replace(regexp_replace(reason, '"[^"]*"', '"…"', 'g'), 'line [0-9]+', 'line …', 'g'), '@[^ )]+', '@…', 'g') AS reason, count(*) AS n, min(line) AS first
      FROM "ImportRowError" WHERE "importJobId" = ${importJobId} GROUP BY 1 ORDER BY n DESC LIMIT 20`;
  return rows.map((r) => ({ reason: r.reason, count: Number(r.n), firstLine: r.first }));
}

/** Keyset pages of row errors in line order, for the downloadable CSV. */
export async function* iterateRowErrors(importJobId: string, batch = 2_000) {
  // One error per file line (a batch and its errors commit together), so the line is a unique key.
  let after = -1;
  for (;;) {
    const items = await prisma.importRowError.findMany({
      where: { importJobId, line: { gt: after } }, orderBy: { line: "asc" }, take: batch, select: { line: true, reason: true, raw: true },
    });
    if (!items.length) return;
    yield items;
    after = items[items.length - 1]!.line;
  }
}

export async function listMappingPresets() {
  return prisma.mappingPreset.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, mapping: true, savedBy: true, updatedAt: true } });
}

export async function getMappingPresetByName(name: string) {
  return prisma.mappingPreset.findUnique({ where: { name }, select: { id: true, name: true, mapping: true } });
}

/** `savedBy`: who saved it (a user's label), shown beside the preset. */
export async function saveMappingPreset(name: string, mapping: ImportMapping, savedBy: string) {
  const data = { mapping: mapping as Prisma.InputJsonValue, savedBy };
  return prisma.mappingPreset.upsert({ where: { name }, create: { name, ...data }, update: data, select: { id: true, name: true } });
}
