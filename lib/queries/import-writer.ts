// The importer's writes: one batch of normalised rows -> upserted creators, snapshots, row errors
// and the job's counters, in ONE transaction. The job's lastCommittedRow moves in the same
// transaction, so after a crash the job resumes exactly after the last batch that committed.
// Speed (docs/performance.md, "Import"): where the server speaks COPY, the changed rows go into a
// temporary staging table by COPY and from there into "Creator" with one INSERT … ON CONFLICT that
// also writes the snapshots; the embedded PGlite server gets the same statement over a JSON
// document instead. Batches of one job overlap: batch N+1 is looked up, scored and (on a second
// connection, where the server speaks COPY) upserted while batch N commits; commits stay in order.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { insertRecords, type Queryable } from "@/lib/db/bulk";
import { copyRows, supportsCopy } from "@/lib/db/copy";
import { deriveCreatorMetrics } from "@/lib/domain/creator-metrics";
import { classifyTier, type TierThresholds } from "@/lib/domain/tiers";
import type { Tier } from "@/lib/domain/types";
import { creatorKey, type ObservedCreator } from "@/lib/domain/observed-creator";
import { batchProgressSql, emptyTiers } from "./import-jobs";
import { pooledBy } from "./import-pool";
import { trackingSql, type HistoryRow, type TierChangeRow } from "./snapshots";

export type BatchRow = { ordinal: number; line: number; creator: ObservedCreator };
export type BatchReject = { ordinal: number; line: number; reason: string; raw: Record<string, string> | null };
export type BatchResult = { created: number; updated: number; unchanged: number; rejected: number; byTier: Record<Tier, number> };

type Existing = {
  id: string; platform: string; handle: string; displayName: string | null; bio: string | null; profileUrl: string | null;
  contactEmail: string | null; country: string | null; language: string | null; niches: string[]; categoryLabel: string | null; followers: number;
  following: number | null; posts: number | null; avgLikes: number | null; avgComments: number | null; avgViews: number | null;
  avgShares: number | null; engagementRate: number | null; engagementMethod: string | null; tier: Tier;
  priceLow: string | null; priceHigh: string | null; priceCurrency: string; priceSource: string; metricsAsOf: Date;
};

const OBSERVED = ["displayName", "bio", "profileUrl", "contactEmail", "country", "language", "categoryLabel", "followers", "following", "posts", "avgLikes", "avgComments", "avgViews", "avgShares"] as const;

const WRITE_COLUMNS = [
  "id", "platform", "handle", "displayName", "bio", "profileUrl", "contactEmail", "country", "language", "niches", "categoryLabel", "followers", "following",
  "posts", "avgLikes", "avgComments", "avgViews", "avgShares", "tier", "engagementRate", "engagementMethod", "engagementRateByViews",
  "expectedEngagements", "engagementScore", "engagementRankable", "authenticityScore", "authenticityFlags", "authenticityConfidence",
  "priceLow", "priceHigh", "priceCurrency", "priceSource", "costPerEngagement", "costScore", "dataSource", "metricsAsOf", "createdAt", "updatedAt",
];
const FLAGS = WRITE_COLUMNS.indexOf("authenticityFlags");
const q = (c: string) => `"${c}"`;
const STAGE = "pg_temp.scout_import_stage";
/** The upsert and the snapshots in one statement, reading the batch from `source` ($1 is the JSON document when there is one). */
const upsertSql = (source: string, job: string, at: string) => `WITH up AS (
  INSERT INTO "Creator" (${WRITE_COLUMNS.map(q).join(", ")})
  SELECT ${WRITE_COLUMNS.map(q).join(", ")} FROM ${source}
  ON CONFLICT (platform, handle) DO UPDATE SET ${WRITE_COLUMNS.filter((c) => !["id", "platform", "handle", "createdAt"].includes(c))
    .map((c) => `${q(c)} = EXCLUDED.${q(c)}`).join(", ")}
  RETURNING id, followers, following, posts, "avgLikes", "avgComments", "avgViews", "engagementRate", tier, "metricsAsOf", "authenticityScore")
INSERT INTO "CreatorSnapshot" (id, "creatorId", "importJobId", "capturedAt", followers, following, posts, "avgLikes", "avgComments", "avgViews", "engagementRate", tier, "authenticityScore", "createdAt")
SELECT 's' || md5(up.id || ${job}), up.id, ${job}, up."metricsAsOf", up.followers, up.following, up.posts, up."avgLikes", up."avgComments", up."avgViews", up."engagementRate", up.tier, up."authenticityScore", ${at}::timestamp FROM up
ON CONFLICT ("creatorId", "importJobId") DO NOTHING`;
const UPSERT_FROM_JSON = upsertSql(`json_populate_recordset(null::"Creator", $1::json)`, "$2", "$3");

/** Temporary (per connection, never WAL-logged) staging table for COPY; every batch leaves it empty. */
const staged = new WeakSet<object>();
async function ensureStage(client: Queryable): Promise<void> {
  if (staged.has(client)) return;
  await client.query(`CREATE TEMP TABLE IF NOT EXISTS scout_import_stage (LIKE "Creator" INCLUDING DEFAULTS)`);
  await client.query(`TRUNCATE ${STAGE}`);
  staged.add(client);
}


/** capturedAt: the date the file's metrics were measured (its as-of date, else the import's time). */
type Job = { id: string; fileName: string; dryRun: boolean; capturedAt: Date };

/**
 * Classifies and (unless dryRun) writes one batch; returns its counts. Callers may
 * start the next batch before this one resolves, on the same connection or on another one of the
 * same `lane` (one job's batches): its lookup and scoring then overlap this batch's commit; on
 * another connection its upsert runs beside this batch's too. Commits stay in the order batches
 * were started: a batch's COMMIT waits for its predecessor's (and fails if that one failed, see
 * batchProgressSql).
 */
export async function writeBatch(
  client: Queryable,
  job: Job,
  rows: BatchRow[],
  rejects: BatchReject[],
  lastOrdinal: number,
  thresholds: TierThresholds,
  lane: object = client,
): Promise<BatchResult> {
  const first = Math.min(rows[0]?.ordinal ?? Infinity, rejects[0]?.ordinal ?? Infinity);
  const previousCommit = tails.get(lane);
  const ownPrevious = busy.get(client);
  // While an earlier batch still uses `client`, look up on another idle connection of the same pool:
  // the rows of one file never repeat across batches, so that batch's uncommitted writes cannot matter.
  const pool = pooledBy(client);
  const spare = pool && (pool.idleCount > 0 || pool.totalCount < (pool.options.max ?? 10));
  const classified = !ownPrevious
    ? classify(client, job, rows, rejects.length, thresholds)
    : spare
      ? classify(pool, job, rows, rejects.length, thresholds)
      : ownPrevious.catch(() => {}).then(() => classify(client, job, rows, rejects.length, thresholds));
  const commit = (async () => {
    const { result, records, tracking } = await classified;
    await ownPrevious?.catch(() => {});
    await commitBatch(client, job, result, records, rejects, first - 1, lastOrdinal, previousCommit, tracking);
    return result;
  })();
  // Synchronously, so a batch started later always commits later.
  tails.set(lane, commit);
  busy.set(client, commit);
  try {
    return await commit;
  } finally {
    if (tails.get(lane) === commit) tails.delete(lane);
    if (busy.get(client) === commit) busy.delete(client);
  }
}

/**
 * 25 characters like a cuid, but time-ordered (time, then a per-process sequence, then randomness):
 * new creators land at the right edge of the primary key and snapshot indexes instead of all over them.
 */
let idSequence = 0;
function newCreatorId(): string {
  idSequence = (idSequence + 1) % 36 ** 5;
  return `c${Date.now().toString(36).padStart(9, "0")}${idSequence.toString(36).padStart(5, "0")}${randomUUID().replace(/-/g, "").slice(0, 10)}`;
}

/** The last commit in flight per lane: batches commit in the order they were started. */
const tails = new WeakMap<object, Promise<unknown>>();
/** The last batch on each connection: a connection carries one batch's statements at a time. */
const busy = new WeakMap<object, Promise<unknown>>();

async function classify(db: Queryable, job: Job, rows: BatchRow[], rejected: number, thresholds: TierThresholds) {
  const result: BatchResult = { created: 0, updated: 0, unchanged: 0, rejected, byTier: emptyTiers() };
  const existing = new Map<string, Existing>();
  if (rows.length) {
    const { rows: found } = await db.query<Existing>(
      `SELECT c.id, c.platform, c.handle, c."displayName", c.bio, c."profileUrl", c."contactEmail", c.country, c.language, c.niches, c."categoryLabel",
              c.followers, c.following, c.posts, c."avgLikes", c."avgComments", c."avgViews", c."avgShares", c."engagementRate",
              c."engagementMethod", c.tier, c."priceLow", c."priceHigh", c."priceCurrency", c."priceSource", c."metricsAsOf"
         FROM unnest($1::"Platform"[], $2::text[]) AS k(platform, handle)
         -- LATERAL: one unique-index probe per key, whatever the planner believes about table size.
         CROSS JOIN LATERAL (SELECT * FROM "Creator" x WHERE x.platform = k.platform AND x.handle = k.handle) c`,
      [rows.map((r) => r.creator.platform), rows.map((r) => r.creator.handle)],
    );
    for (const e of found) existing.set(creatorKey(e), e);
  }
  const now = new Date().toISOString();
  const history: HistoryRow[] = [];
  const tierChanges: TierChangeRow[] = [];
  const dataSource = `import: ${job.fileName}`.slice(0, 300);
  const records: unknown[][] = [];
  for (let i = 0; i < rows.length; i++) {
    // Let the previous batch's round trips through while this one is scored.
    if (i % 500 === 499) await new Promise((r) => setImmediate(r));
    const c = rows[i]!.creator;
    const e = existing.get(creatorKey(c));
    // The row's own date (a mapped date column), else the file's.
    const rowAsOf = c.asOf ?? job.capturedAt;
    const at = rowAsOf.toISOString();
    // Measured before the catalog's current metrics (an older file imported after a newer one): history only.
    if (e && e.metricsAsOf.getTime() > rowAsOf.getTime()) {
      if (!job.dryRun) history.push(historyRow(e.id, c, at, thresholds));
      result.unchanged++;
      result.byTier[e.tier]++;
      continue;
    }
    // A value the file leaves empty keeps what the catalog knew: a sparser export never erases data.
    const merged = {
      displayName: c.displayName ?? e?.displayName ?? null, bio: c.bio ?? e?.bio ?? null, profileUrl: c.profileUrl ?? e?.profileUrl ?? null,
      contactEmail: c.contactEmail ?? e?.contactEmail ?? null, country: c.country ?? e?.country ?? null, language: c.language ?? e?.language ?? null,
      followers: c.followers, following: c.following ?? e?.following ?? null, posts: c.posts ?? e?.posts ?? null,
      avgLikes: c.avgLikes ?? e?.avgLikes ?? null, avgComments: c.avgComments ?? e?.avgComments ?? null, avgViews: c.avgViews ?? e?.avgViews ?? null,
      avgShares: c.avgShares ?? e?.avgShares ?? null,
      // A file whose category now matches a niche drops the old label; one with no category keeps it.
      categoryLabel: c.niches.length ? null : (c.categoryLabel ?? e?.categoryLabel ?? null),
    };
    const niches = c.niches.length ? c.niches : (e?.niches ?? []);
    const importedRate = c.importedRate ?? (e?.engagementMethod === "imported" ? e.engagementRate : null);
    const importedPrice = c.importedPrice ?? (e?.priceSource === "imported" ? { low: Number(e.priceLow), high: Number(e.priceHigh), currency: e.priceCurrency } : null);
    if (e && OBSERVED.every((k) => merged[k] === e[k]) && sameList(niches, e.niches) && sameImportedRate(importedRate, e)
      && (c.importedPrice === null || (Number(e.priceLow) === c.importedPrice.low && e.priceSource === "imported"))) {
      result.unchanged++;
      result.byTier[e.tier]++;
      continue;
    }
    const outcome = e ? "updated" : "created";
    // A dry run writes nothing: it counts, by tier (the tier deriveCreatorMetrics gives), and builds no record.
    if (job.dryRun) {
      result.byTier[classifyTier(merged.followers, thresholds)]++;
      result[outcome]++;
      continue;
    }
    const d = deriveCreatorMetrics({ platform: c.platform, ...merged, importedRate, importedPrice }, thresholds);
    result.byTier[d.tier]++;
    result[outcome]++;
    if (e && e.tier !== d.tier) tierChanges.push({ creatorId: e.id, fromTier: e.tier, toTier: d.tier, followers: merged.followers, changedAt: at });
    // In WRITE_COLUMNS order.
    records.push([
      e?.id ?? newCreatorId(), c.platform, c.handle, merged.displayName, merged.bio, merged.profileUrl,
      merged.contactEmail, merged.country, merged.language, niches, merged.categoryLabel, merged.followers, merged.following, merged.posts, merged.avgLikes,
      merged.avgComments, merged.avgViews, merged.avgShares, d.tier, d.engagementRate, d.engagementMethod, d.engagementRateByViews,
      d.expectedEngagements, d.engagementScore, d.engagementRankable, d.authenticityScore, d.authenticityFlags, d.authenticityConfidence,
      d.priceLow, d.priceHigh, d.priceCurrency, d.priceSource, d.costPerEngagement, d.costScore, dataSource, at, now, now,
    ]);
  }
  return { result, records, tracking: trackingSql(job.id, history, tierChanges) };
}

async function commitBatch(
  client: Queryable, job: Job, result: BatchResult, records: unknown[][], rejects: BatchReject[], previousOrdinal: number, lastOrdinal: number,
  previous: Promise<unknown> | undefined, tracking = "",
) {
  let previousDone = !previous;
  previous?.then(() => (previousDone = true), () => (previousDone = true));
  const progress = batchProgressSql(job.id, result, previousOrdinal, lastOrdinal);
  if (job.dryRun) {
    await previous?.catch(() => {});
    if (rejects.length) await insertRejects(client, job.id, rejects);
    await client.query(progress);
    return;
  }
  const now = new Date().toISOString();
  const copy = records.length > 0 && (await supportsCopy(client));
  try {
    // Round trips are few on purpose: while Node scores the next batch, each one can wait for the event loop.
    if (copy) {
      await ensureStage(client);
      // COPY's text format reads a JS array as a Postgres array: the one Json column goes as JSON text.
      for (const r of records) r[FLAGS] = JSON.stringify(r[FLAGS]);
      await copyRows(client, STAGE, WRITE_COLUMNS, records); // outside the transaction: only this connection sees the stage
    }
    // synchronous_commit off: a server crash may lose the last batches reported as committed, but the
    // job's lastCommittedRow is in the same transaction, so the job resumes before them: safe here.
    const head = ["BEGIN", "SET LOCAL synchronous_commit = off", copy ? upsertSql(STAGE, pg.escapeLiteral(job.id), pg.escapeLiteral(now)) : "", tracking];
    const finish = [progress, copy ? `TRUNCATE ${STAGE}` : "", "COMMIT"];
    const sqlOf = (parts: string[]) => parts.filter(Boolean).join(";\n");
    if (previousDone && !rejects.length && (copy || !records.length)) {
      await client.query(sqlOf([...head, ...finish]));
    } else {
      // The writes, then (once the previous batch has committed, on another connection) the
      // progress move and COMMIT: the two batches' upserts run side by side on the server.
      await client.query(sqlOf(head));
      if (records.length && !copy) {
        const json = records.map((r) => Object.fromEntries(WRITE_COLUMNS.map((c, i) => [c, r[i]])));
        await client.query(UPSERT_FROM_JSON, [JSON.stringify(json), job.id, now]);
      }
      if (rejects.length) await insertRejects(client, job.id, rejects);
      await previous?.catch(() => {});
      await client.query(sqlOf(finish));
    }
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    if (copy) await client.query(`TRUNCATE ${STAGE}`).catch(() => {});
    throw err;
  }
}

/** The batch's rejected rows, in one statement. */
async function insertRejects(client: Queryable, jobId: string, rejects: BatchReject[]) {
  const records = rejects.map((x) => ({ id: `e${randomUUID().replace(/-/g, "").slice(0, 24)}`, importJobId: jobId, line: x.line, reason: x.reason.slice(0, 1000), raw: x.raw }));
  await insertRecords(client, "ImportRowError", records, Math.max(1, records.length));
}

/** The snapshot an older row leaves: its own figures, scored alone (tier and engagement rate as of its date). */
function historyRow(creatorId: string, c: ObservedCreator, asOf: string, thresholds: TierThresholds): HistoryRow {
  const d = deriveCreatorMetrics({ ...c, importedRate: c.importedRate, importedPrice: c.importedPrice }, thresholds);
  return {
    creatorId, capturedAt: asOf, followers: c.followers, following: c.following, posts: c.posts, avgLikes: c.avgLikes,
    avgComments: c.avgComments, avgViews: c.avgViews, engagementRate: d.engagementRate, tier: d.tier, authenticityScore: d.authenticityScore,
  };
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
