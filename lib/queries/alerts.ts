// Alerts (table "Alert"): computed for every organisation's shortlisted creators by the background
// job (lib/insights/refresh.ts), read and marked read by the organisation only. Runs on the import
// pool, so the command line and the worker process use it without Next.js.
import { DEFAULT_ALERT_SETTINGS, evaluateAlerts, type AlertKind, type AlertSettings, type AlertSubject } from "@/lib/domain/alerts";
import type { TierThresholds } from "@/lib/domain/tiers";
import type { Tier } from "@/lib/domain/types";
import { importPool } from "./import-pool";

const PAGE = 2_000;

type ItemRow = {
  itemId: string; shortlistId: string; organizationId: string; creatorId: string; addedAt: Date;
  followers: number; tier: Tier; engagementRate: number | null; metricsAsOf: Date;
  prevAt: Date | null; prevFollowers: number | null; prevRate: number | null;
};
type ChangeRow = { id: string; creatorId: string; fromTier: Tier; toTier: Tier; followers: number; changedAt: Date; createdAt: Date };

/** Checks every creator on every active list and stores what is new; returns how many alerts were added. */
export async function computeAlerts(t: TierThresholds, settings: AlertSettings = DEFAULT_ALERT_SETTINGS, now = new Date()): Promise<number> {
  const pool = importPool();
  let cursor = "";
  let added = 0;
  for (;;) {
    // The creator's current metrics and the latest snapshot before them: the two points a jump or a drop is read between.
    const { rows } = await pool.query<ItemRow>(
      `SELECT i.id AS "itemId", i."shortlistId", l."organizationId", i."creatorId", i."addedAt",
              c.followers, c.tier, c."engagementRate", c."metricsAsOf",
              p."capturedAt" AS "prevAt", p.followers AS "prevFollowers", p."engagementRate" AS "prevRate"
         FROM "ShortlistItem" i
         JOIN "Shortlist" l ON l.id = i."shortlistId" AND l."archivedAt" IS NULL
         JOIN "Creator" c ON c.id = i."creatorId"
         LEFT JOIN LATERAL (SELECT s."capturedAt", s.followers, s."engagementRate" FROM "CreatorSnapshot" s
                             WHERE s."creatorId" = c.id AND s."capturedAt" < c."metricsAsOf" ORDER BY s."capturedAt" DESC LIMIT 1) p ON true
        WHERE i.id > $1 ORDER BY i.id LIMIT ${PAGE}`,
      [cursor],
    );
    if (!rows.length) return added;
    cursor = rows[rows.length - 1]!.itemId;
    const { rows: changes } = await pool.query<ChangeRow>(
      `SELECT id, "creatorId", "fromTier", "toTier", followers, "changedAt", "createdAt" FROM "TierChange" WHERE "creatorId" = ANY($1::text[])`,
      [[...new Set(rows.map((r) => r.creatorId))]],
    );
    const changesOf = new Map<string, ChangeRow[]>();
    for (const c of changes) changesOf.set(c.creatorId, [...(changesOf.get(c.creatorId) ?? []), c]);
    const records = rows.flatMap((r) => {
      const subject: AlertSubject = {
        followers: r.followers, tier: r.tier, engagementRate: r.engagementRate, metricsAsOf: r.metricsAsOf,
        snapshots: r.prevAt ? [{ capturedAt: r.prevAt, followers: r.prevFollowers!, engagementRate: r.prevRate }] : [],
        // Only what happened while the creator was on the list.
        tierChanges: (changesOf.get(r.creatorId) ?? []).filter((c) => c.createdAt.getTime() >= r.addedAt.getTime()),
      };
      return evaluateAlerts(subject, t, settings, now).map((f) => ({
        organizationId: r.organizationId, shortlistId: r.shortlistId, creatorId: r.creatorId, kind: f.kind, dedupeKey: f.dedupeKey, detail: f.detail,
      }));
    });
    if (records.length) {
      const res = await pool.query(
        `INSERT INTO "Alert" (id, "organizationId", "shortlistId", "creatorId", kind, "dedupeKey", detail, "createdAt")
         SELECT 'a' || md5(a."shortlistId" || a."creatorId" || a.kind || a."dedupeKey"), a."organizationId", a."shortlistId", a."creatorId", a.kind, a."dedupeKey", a.detail, $2
           FROM json_populate_recordset(null::"Alert", $1::json) a
         ON CONFLICT DO NOTHING`,
        [JSON.stringify(records), now],
      );
      added += res.rowCount ?? 0;
    }
  }
}

export type AlertView = {
  id: string; kind: AlertKind; creatorId: string; shortlistId: string; read: boolean; createdAt: Date; readAt: Date | null;
  detail: Record<string, unknown>; creator: { handle: string; platform: string; displayName: string | null }; shortlist: { name: string };
};
export type AlertFilter = { kind?: AlertKind; status?: "unread" | "read"; shortlistId?: string; limit?: number };

/** The organisation's alerts, newest first. */
export async function listAlerts(organizationId: string, f: AlertFilter = {}): Promise<AlertView[]> {
  const { rows } = await importPool().query<AlertView & { handle: string; platform: string; displayName: string | null; listName: string }>(
    `SELECT a.id, a.kind, a."creatorId", a."shortlistId", a."readAt" IS NOT NULL AS read, a."createdAt", a."readAt", a.detail,
            c.handle, c.platform, c."displayName", l.name AS "listName"
       FROM "Alert" a JOIN "Creator" c ON c.id = a."creatorId" JOIN "Shortlist" l ON l.id = a."shortlistId"
      WHERE a."organizationId" = $1
        AND ($2::"AlertKind" IS NULL OR a.kind = $2::"AlertKind")
        AND ($3::text IS NULL OR ($3 = 'unread') = (a."readAt" IS NULL))
        AND ($4::text IS NULL OR a."shortlistId" = $4)
      ORDER BY a."createdAt" DESC, a.id LIMIT $5`,
    [organizationId, f.kind ?? null, f.status ?? null, f.shortlistId ?? null, f.limit ?? 500],
  );
  return rows.map(({ handle, platform, displayName, listName, ...a }) => ({ ...a, creator: { handle, platform, displayName }, shortlist: { name: listName } }));
}

export async function countUnreadAlerts(organizationId: string): Promise<number> {
  const { rows } = await importPool().query<{ n: number }>(`SELECT count(*)::int AS n FROM "Alert" WHERE "organizationId" = $1 AND "readAt" IS NULL`, [organizationId]);
  return rows[0]!.n;
}

/** Marks the given alerts (or all of the organisation's) read or unread; returns how many changed. Others' ids change nothing. */
export async function markAlerts(organizationId: string, ids: readonly string[] | "all", read: boolean): Promise<number> {
  const res = await importPool().query(
    `UPDATE "Alert" SET "readAt" = CASE WHEN $3 THEN now() ELSE NULL END
      WHERE "organizationId" = $1 AND ($2::text[] IS NULL OR id = ANY($2::text[])) AND ("readAt" IS NULL) = $3`,
    [organizationId, ids === "all" ? null : ids, read],
  );
  return res.rowCount ?? 0;
}
