// The importer's writes: one batch of normalised rows -> upserted creators, snapshots, row errors
// and the job's counters, in ONE transaction. The job's lastCommittedRow moves in the same
// transaction, so after a crash the job resumes exactly after the last batch that committed.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { resolveDatabaseUrl } from "@/lib/db/url";
import { deriveCreatorMetrics } from "@/lib/domain/creator-metrics";
import type { TierThresholds } from "@/lib/domain/tiers";
import type { Tier } from "@/lib/domain/types";
import type { ObservedCreator } from "@/lib/import/normalize";

export type Queryable = Pick<pg.PoolClient, "query">;
export type BatchRow = { ordinal: number; line: number; creator: ObservedCreator };
export type BatchReject = { ordinal: number; line: number; reason: string; raw: Record<string, string> | null };
export type Outcome = "created" | "updated" | "unchanged";
export type BatchResult = { created: number; updated: number; unchanged: number; rejected: number; byTier: Record<Tier, number>; outcomes: Outcome[] };

const pools = new Map<string, pg.Pool>();
export function importPool(url = resolveDatabaseUrl()): pg.Pool {
  let p = pools.get(url);
  if (!p) {
    p = new pg.Pool({ connectionString: url, max: 3 });
    p.on("error", () => {}); // an idle client dying (database restart) must not crash the process
    pools.set(url, p);
  }
  return p;
}
export async function closeImportPools(): Promise<void> {
  await Promise.all([...pools.values()].map((p) => p.end()));
  pools.clear();
}

type Existing = {
  id: string; platform: string; handle: string; displayName: string | null; bio: string | null; profileUrl: string | null;
  contactEmail: string | null; country: string | null; language: string | null; niches: string[]; followers: number;
  following: number | null; posts: number | null; avgLikes: number | null; avgComments: number | null; avgViews: number | null;
  avgShares: number | null; engagementRate: number | null; engagementMethod: string | null; tier: Tier;
  priceLow: string | null; priceHigh: string | null; priceCurrency: string; priceSource: string;
};

const OBSERVED = ["displayName", "bio", "profileUrl", "contactEmail", "country", "language", "followers", "following", "posts", "avgLikes", "avgComments", "avgViews", "avgShares"] as const;

const WRITE_COLUMNS = [
  "id", "platform", "handle", "displayName", "bio", "profileUrl", "contactEmail", "country", "language", "niches", "followers", "following",
  "posts", "avgLikes", "avgComments", "avgViews", "avgShares", "tier", "engagementRate", "engagementMethod", "engagementRateByViews",
  "expectedEngagements", "engagementScore", "engagementRankable", "authenticityScore", "authenticityFlags", "authenticityConfidence",
  "priceLow", "priceHigh", "priceCurrency", "priceSource", "costPerEngagement", "costScore", "dataSource", "metricsAsOf", "createdAt", "updatedAt",
];
const q = (c: string) => `"${c}"`;
const UPSERT_SQL = `INSERT INTO "Creator" (${WRITE_COLUMNS.map(q).join(", ")})
  SELECT ${WRITE_COLUMNS.map(q).join(", ")} FROM json_populate_recordset(null::"Creator", $1::json)
  ON CONFLICT (platform, handle) DO UPDATE SET ${WRITE_COLUMNS.filter((c) => !["id", "platform", "handle", "createdAt"].includes(c))
    .map((c) => `${q(c)} = EXCLUDED.${q(c)}`).join(", ")}
  RETURNING id, platform, handle`;

const emptyTiers = (): Record<Tier, number> => ({ nano: 0, micro: 0, mid: 0, macro: 0, mega: 0 });

/** Classifies and (unless dryRun) writes one batch; returns what happened to each row. */
export async function writeBatch(
  client: Queryable,
  job: { id: string; fileName: string; dryRun: boolean; capturedAt: Date },
  rows: BatchRow[],
  rejects: BatchReject[],
  lastOrdinal: number,
  thresholds: TierThresholds,
): Promise<BatchResult> {
  const result: BatchResult = { created: 0, updated: 0, unchanged: 0, rejected: rejects.length, byTier: emptyTiers(), outcomes: [] };
  const existing = new Map<string, Existing>();
  if (rows.length) {
    const { rows: found } = await client.query<Existing>(
      `SELECT c.id, c.platform, c.handle, c."displayName", c.bio, c."profileUrl", c."contactEmail", c.country, c.language, c.niches,
              c.followers, c.following, c.posts, c."avgLikes", c."avgComments", c."avgViews", c."avgShares", c."engagementRate",
              c."engagementMethod", c.tier, c."priceLow", c."priceHigh", c."priceCurrency", c."priceSource"
         FROM unnest($1::"Platform"[], $2::text[]) AS k(platform, handle)
         -- LATERAL: one unique-index probe per key, whatever the planner believes about table size.
         CROSS JOIN LATERAL (SELECT * FROM "Creator" x WHERE x.platform = k.platform AND x.handle = k.handle) c`,
      [rows.map((r) => r.creator.platform), rows.map((r) => r.creator.handle)],
    );
    for (const e of found) existing.set(`${e.platform}\u0000${e.handle}`, e);
  }
  const now = job.capturedAt.toISOString();
  const records: Record<string, unknown>[] = [];
  for (const { creator: c } of rows) {
    const e = existing.get(`${c.platform}\u0000${c.handle}`);
    // A value the file leaves empty keeps what the catalog knew: a sparser export never erases data.
    const merged = {
      displayName: c.displayName ?? e?.displayName ?? null, bio: c.bio ?? e?.bio ?? null, profileUrl: c.profileUrl ?? e?.profileUrl ?? null,
      contactEmail: c.contactEmail ?? e?.contactEmail ?? null, country: c.country ?? e?.country ?? null, language: c.language ?? e?.language ?? null,
      followers: c.followers, following: c.following ?? e?.following ?? null, posts: c.posts ?? e?.posts ?? null,
      avgLikes: c.avgLikes ?? e?.avgLikes ?? null, avgComments: c.avgComments ?? e?.avgComments ?? null, avgViews: c.avgViews ?? e?.avgViews ?? null,
      avgShares: c.avgShares ?? e?.avgShares ?? null,
    };
    const niches = c.niches.length ? c.niches : (e?.niches ?? []);
    const importedRate = c.importedRate ?? (e?.engagementMethod === "imported" ? e.engagementRate : null);
    const importedPrice = c.importedPrice ?? (e?.priceSource === "imported" ? { low: Number(e.priceLow), high: Number(e.priceHigh), currency: e.priceCurrency } : null);
    if (e && OBSERVED.every((k) => merged[k] === e[k]) && sameList(niches, e.niches) && sameImportedRate(importedRate, e)
      && (c.importedPrice === null || (Number(e.priceLow) === c.importedPrice.low && e.priceSource === "imported"))) {
      result.unchanged++;
      result.byTier[e.tier]++;
      result.outcomes.push("unchanged");
      continue;
    }
    const d = deriveCreatorMetrics({ platform: c.platform, ...merged, importedRate, importedPrice }, thresholds);
    result.byTier[d.tier]++;
    const outcome: Outcome = e ? "updated" : "created";
    result[outcome]++;
    result.outcomes.push(outcome);
    records.push({
      id: e?.id ?? `c${randomUUID().replace(/-/g, "").slice(0, 24)}`, platform: c.platform, handle: c.handle, ...merged, niches, ...d,
      dataSource: `import: ${job.fileName}`.slice(0, 300), metricsAsOf: now, createdAt: now, updatedAt: now,
    });
  }
  if (job.dryRun) {
    await recordProgress(client, job.id, result, rejects, lastOrdinal);
    return result;
  }
  await client.query("BEGIN");
  try {
    if (records.length) {
      // One statement: the upsert feeds the snapshots directly (no second JSON parse or round trip).
      await client.query(
        `WITH up AS (${UPSERT_SQL}, followers, following, posts, "avgLikes", "avgComments", "avgViews", "engagementRate", tier)
         INSERT INTO "CreatorSnapshot" (id, "creatorId", "importJobId", "capturedAt", followers, following, posts, "avgLikes", "avgComments", "avgViews", "engagementRate", tier, "createdAt")
         SELECT 's' || md5(up.id || $2), up.id, $2, $3::timestamp, up.followers, up.following, up.posts, up."avgLikes", up."avgComments", up."avgViews", up."engagementRate", up.tier, $3::timestamp FROM up
         ON CONFLICT ("creatorId", "importJobId") DO NOTHING`,
        [JSON.stringify(records), job.id, now],
      );
    }
    await recordProgress(client, job.id, result, rejects, lastOrdinal);
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  }
  return result;
}

async function recordProgress(client: Queryable, jobId: string, r: BatchResult, rejects: BatchReject[], lastOrdinal: number) {
  if (rejects.length) {
    await client.query(
      `INSERT INTO "ImportRowError" (id, "importJobId", line, reason, raw)
       SELECT id, "importJobId", line, reason, raw FROM json_populate_recordset(null::"ImportRowError", $1::json)`,
      [JSON.stringify(rejects.map((x) => ({ id: `e${randomUUID().replace(/-/g, "").slice(0, 24)}`, importJobId: jobId, line: x.line, reason: x.reason.slice(0, 1000), raw: x.raw })))],
    );
  }
  await client.query(
    `UPDATE "ImportJob" SET "processedRows" = $2, "lastCommittedRow" = $2,
        "createdCount" = "createdCount" + $3, "updatedCount" = "updatedCount" + $4, "unchangedCount" = "unchangedCount" + $5,
        "rejectedCount" = "rejectedCount" + $6,
        "byTier" = (SELECT jsonb_object_agg(t.key, COALESCE(("byTier"->>t.key)::int, 0) + t.value::int) FROM jsonb_each_text($7::jsonb) AS t)
      WHERE id = $1`,
    [jobId, lastOrdinal, r.created, r.updated, r.unchanged, r.rejected, JSON.stringify(r.byTier)],
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
/** A rate from the file only matters when the scoring core used it (no likes to compute one from). */
function sameImportedRate(rate: number | null, e: Existing): boolean {
  if (e.engagementMethod === "imported") return sameRate(rate, e.engagementRate);
  return e.engagementMethod !== null || rate === null;
}
function sameRate(a: number | null, b: number | null): boolean {
  return a === b || (a !== null && b !== null && Math.abs(a - b) < 1e-12);
}
