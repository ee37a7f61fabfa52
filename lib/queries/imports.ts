// An import's row errors and the mapping presets. The jobs themselves: ./import-jobs.
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

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
export async function saveMappingPreset(name: string, mapping: object, savedBy: string) {
  const data = { mapping: mapping as Prisma.InputJsonValue, savedBy };
  return prisma.mappingPreset.upsert({ where: { name }, create: { name, ...data }, update: data, select: { id: true, name: true } });
}
