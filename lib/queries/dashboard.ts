// The dashboard's "my work": the organisation's lists in progress, client decisions waiting, recent
// imports. Small, organisation-scoped reads on indexed columns (the catalog figures come from the
// stored summary, lib/queries/insights-summary.ts). On the import pool: the benchmark loads it outside Next.js.
import type { ShortlistStatus } from "@/lib/domain/shortlist";
import { importPool } from "./import-pool";

export type ListInProgress = { id: string; name: string; updatedAt: Date; size: number; byStatus: Partial<Record<ShortlistStatus, number>> };
export type WaitingDecision = { id: string; shortlistId: string; listName: string; creatorId: string; handle: string; decision: "approved" | "rejected"; comment: string | null; at: Date };
export type RecentImport = { id: string; fileName: string; status: string; createdAt: Date; finishedAt: Date | null; asOf: Date | null; created: number; updated: number; rejected: number };

export async function listListsInProgress(organizationId: string, limit = 8): Promise<ListInProgress[]> {
  const { rows } = await importPool().query<{ id: string; name: string; updatedAt: Date; status: ShortlistStatus | null; n: number }>(
    `SELECT l.id, l.name, l."updatedAt", i.status, count(i.id)::int AS n
       FROM (SELECT id, name, "updatedAt" FROM "Shortlist" WHERE "organizationId" = $1 AND "archivedAt" IS NULL ORDER BY "updatedAt" DESC LIMIT $2) l
       LEFT JOIN "ShortlistItem" i ON i."shortlistId" = l.id
      GROUP BY l.id, l.name, l."updatedAt", i.status ORDER BY l."updatedAt" DESC`,
    [organizationId, limit],
  );
  const lists = new Map<string, ListInProgress>();
  for (const r of rows) {
    const l = lists.get(r.id) ?? { id: r.id, name: r.name, updatedAt: r.updatedAt, size: 0, byStatus: {} };
    if (r.status) {
      l.byStatus[r.status] = r.n;
      l.size += r.n;
    }
    lists.set(r.id, l);
  }
  return [...lists.values()];
}

/** Client decisions on the organisation's active lists that nobody has acted on since (the item is unchanged after it). */
export async function listWaitingDecisions(organizationId: string, limit = 8): Promise<{ items: WaitingDecision[]; total: number; since: (d: Date) => number }> {
  const { rows } = await importPool().query<WaitingDecision>(
    `SELECT d.id, l.id AS "shortlistId", l.name AS "listName", c.id AS "creatorId", c.handle, d.decision, d.comment, d."updatedAt" AS at
       FROM "ShareDecision" d JOIN "ShortlistItem" i ON i.id = d."itemId" JOIN "Shortlist" l ON l.id = i."shortlistId" JOIN "Creator" c ON c.id = i."creatorId"
      WHERE l."organizationId" = $1 AND l."archivedAt" IS NULL AND d."updatedAt" > i."updatedAt"
      ORDER BY d."updatedAt" DESC LIMIT 200`,
    [organizationId],
  );
  return { items: rows.slice(0, limit), total: rows.length, since: (d: Date) => rows.filter((r) => r.at.getTime() > d.getTime()).length };
}

export async function listRecentImports(limit = 5): Promise<RecentImport[]> {
  const { rows } = await importPool().query<RecentImport>(
    `SELECT id, "fileName", status, "createdAt", "finishedAt", "asOf", "createdCount" AS created, "updatedCount" AS updated, "rejectedCount" AS rejected
       FROM "ImportJob" WHERE NOT "dryRun" ORDER BY "createdAt" DESC LIMIT $1`,
    [limit],
  );
  return rows;
}
