// What an import batch records besides the upsert (lib/queries/import-writer.ts): snapshots of rows
// older than the catalog's current metrics (history only: they never overwrite newer figures), and
// tier changes. One SQL text with the batch inlined as a JSON literal, so that it joins the batch's
// transaction and round trip whichever path the writer takes.
import pg from "pg";
import type { Tier } from "@/lib/domain/types";

/** A row measured before the catalog's current metrics: it becomes a snapshot, nothing else. */
export type HistoryRow = {
  creatorId: string; capturedAt: string; followers: number; following: number | null; posts: number | null;
  avgLikes: number | null; avgComments: number | null; avgViews: number | null; engagementRate: number | null; tier: Tier; authenticityScore: number | null;
};
export type TierChangeRow = { creatorId: string; fromTier: Tier; toTier: Tier; followers: number; changedAt: string };

const lit = (x: unknown) => pg.escapeLiteral(JSON.stringify(x));

/** SQL for the batch's history snapshots and tier changes ("" when there are none). Idempotent for a resumed batch. */
export function trackingSql(jobId: string, history: readonly HistoryRow[], changes: readonly TierChangeRow[]): string {
  const job = pg.escapeLiteral(jobId);
  const parts: string[] = [];
  if (history.length) {
    // A snapshot the catalog already has for that creator and date (the same old file imported
    // again) is not repeated.
    parts.push(`INSERT INTO "CreatorSnapshot" (id, "creatorId", "importJobId", "capturedAt", followers, following, posts, "avgLikes", "avgComments", "avgViews", "engagementRate", tier, "authenticityScore", "createdAt")
SELECT 's' || md5(h."creatorId" || ${job}), h."creatorId", ${job}, h."capturedAt", h.followers, h.following, h.posts, h."avgLikes", h."avgComments", h."avgViews", h."engagementRate", h.tier, h."authenticityScore", now()
  FROM json_populate_recordset(null::"CreatorSnapshot", ${lit(history)}::json) h
 WHERE NOT EXISTS (SELECT 1 FROM "CreatorSnapshot" s WHERE s."creatorId" = h."creatorId" AND s."capturedAt" = h."capturedAt")
ON CONFLICT ("creatorId", "importJobId") DO NOTHING`);
  }
  if (changes.length) {
    parts.push(`INSERT INTO "TierChange" (id, "creatorId", "fromTier", "toTier", followers, cause, "importJobId", "changedAt", "createdAt")
SELECT 't' || md5(t."creatorId" || ${job}), t."creatorId", t."fromTier", t."toTier", t.followers, 'import', ${job}, t."changedAt", now()
  FROM json_populate_recordset(null::"TierChange", ${lit(changes)}::json) t
ON CONFLICT (id) DO NOTHING`);
  }
  return parts.join(";\n");
}
