// The dashboard's catalog summary (table "InsightsSummary", one row): computed by the background
// job after each import and re-score (a few full scans of "Creator"), read by the page in one
// primary-key lookup whatever the catalog's size. On the import pool, like the job's other steps.
import type { InsightsSummary, TierStats } from "@/lib/domain/insights/summary";
import type { Platform, Tier } from "@/lib/domain/types";
import { pool } from "@/lib/db/client";
import { importPool } from "./import-pool";

const num = (x: unknown) => (x === null || x === undefined ? null : Number(x));

/** Counts and medians per platform and tier. A rate over 100% or flagged implausible stays out of the medians, and is counted. */
const TIER_STATS_SQL = `
SELECT platform, tier, count(*)::int AS creators,
       count(*) FILTER (WHERE "engagementRate" IS NOT NULL AND ("engagementRate" > 1 OR NOT "engagementRankable"))::int AS implausible,
       count(*) FILTER (WHERE "engagementRate" IS NULL)::int AS "unknownRate",
       count(*) FILTER (WHERE ok)::int AS measured,
       percentile_cont(0.25) WITHIN GROUP (ORDER BY "engagementRate") FILTER (WHERE ok) AS "erP25",
       percentile_cont(0.5) WITHIN GROUP (ORDER BY "engagementRate") FILTER (WHERE ok) AS "erMedian",
       percentile_cont(0.75) WITHIN GROUP (ORDER BY "engagementRate") FILTER (WHERE ok) AS "erP75",
       percentile_cont(0.5) WITHIN GROUP (ORDER BY "expectedEngagements") FILTER (WHERE ok) AS "medianEngagements",
       percentile_cont(0.5) WITHIN GROUP (ORDER BY ("priceLow" + "priceHigh") / 2) FILTER (WHERE ok) AS "medianPrice",
       percentile_cont(0.5) WITHIN GROUP (ORDER BY "costPerEngagement") FILTER (WHERE ok) AS "medianCpe",
       count(*) FILTER (WHERE jsonb_typeof("authenticityFlags") = 'array' AND jsonb_array_length("authenticityFlags") > 0)::int AS "withWarnings"
  FROM (SELECT *, ("engagementRate" IS NOT NULL AND "engagementRate" <= 1 AND "engagementRankable") AS ok FROM "Creator") c
 GROUP BY platform, tier ORDER BY platform, tier`;

export async function computeInsightsSummary(now = new Date()): Promise<InsightsSummary> {
  const db = importPool();
  const [platformTier, niches, countries, fresh, stats, last] = await Promise.all([
    db.query<{ platform: Platform; tier: Tier; count: number }>(`SELECT platform, tier, count(*)::int AS count FROM "Creator" GROUP BY 1, 2 ORDER BY 1, 2`),
    db.query<{ key: string; count: number }>(`SELECT n AS key, count(*)::int AS count FROM "Creator", unnest(niches) n GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20`),
    db.query<{ key: string; count: number }>(`SELECT COALESCE(country, 'unknown') AS key, count(*)::int AS count FROM "Creator" GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20`),
    db.query<{ d30: number; d90: number; d180: number }>(
      `SELECT count(*) FILTER (WHERE "metricsAsOf" < $1::timestamp - interval '30 days')::int AS d30,
              count(*) FILTER (WHERE "metricsAsOf" < $1::timestamp - interval '90 days')::int AS d90,
              count(*) FILTER (WHERE "metricsAsOf" < $1::timestamp - interval '180 days')::int AS d180 FROM "Creator"`,
      [now],
    ),
    db.query<Record<string, unknown>>(TIER_STATS_SQL),
    db.query<{ id: string; fileName: string; finishedAt: Date | null; asOf: Date | null }>(
      `SELECT id, "fileName", "finishedAt", "asOf" FROM "ImportJob" WHERE status = 'completed' AND NOT "dryRun" ORDER BY "finishedAt" DESC NULLS LAST LIMIT 1`,
    ),
  ]);
  const tierStats: TierStats[] = stats.rows.map((r) => ({
    platform: r.platform as Platform, tier: r.tier as Tier, creators: Number(r.creators), implausible: Number(r.implausible),
    unknownRate: Number(r.unknownRate), measured: Number(r.measured), erP25: num(r.erP25), erMedian: num(r.erMedian), erP75: num(r.erP75),
    medianEngagements: num(r.medianEngagements), medianPrice: num(r.medianPrice), medianCpe: num(r.medianCpe), withWarnings: Number(r.withWarnings),
  }));
  const job = last.rows[0];
  return {
    computedAt: now.toISOString(),
    creators: platformTier.rows.reduce((a, r) => a + r.count, 0),
    byPlatformTier: platformTier.rows,
    niches: niches.rows,
    countries: countries.rows,
    freshness: { olderThan30: fresh.rows[0]!.d30, olderThan90: fresh.rows[0]!.d90, olderThan180: fresh.rows[0]!.d180 },
    tierStats,
    lastImport: job ? { id: job.id, fileName: job.fileName, finishedAt: job.finishedAt?.toISOString() ?? null, asOf: job.asOf?.toISOString() ?? null, ...(await changesOf(job.id)) } : null,
  };
}

/** What the import `jobId` changed: against each creator's snapshot before it. */
async function changesOf(jobId: string) {
  const db = importPool();
  const moves = `SELECT c.id AS "creatorId", c.handle, c.platform, p.followers AS "beforeF", s.followers AS "afterF",
                        p."authenticityScore" AS "beforeA", s."authenticityScore" AS "afterA"
                   FROM "CreatorSnapshot" s JOIN "Creator" c ON c.id = s."creatorId"
                   JOIN LATERAL (SELECT x.followers, x."authenticityScore" FROM "CreatorSnapshot" x
                                  WHERE x."creatorId" = s."creatorId" AND x."capturedAt" < s."capturedAt" ORDER BY x."capturedAt" DESC LIMIT 1) p ON true
                  WHERE s."importJobId" = $1`;
  type M = { creatorId: string; handle: string; platform: Platform; beforeF: number; afterF: number; beforeA: number | null; afterA: number | null };
  const [growers, drops, dropCount, changes, changeCount] = await Promise.all([
    db.query<M>(`${moves} AND p.followers >= 1000 AND s.followers > p.followers ORDER BY s.followers::float8 / p.followers DESC, c.id LIMIT 10`, [jobId]),
    db.query<M>(`${moves} AND s."authenticityScore" < p."authenticityScore" ORDER BY p."authenticityScore" - s."authenticityScore" DESC, c.id LIMIT 10`, [jobId]),
    db.query<{ n: number }>(`SELECT count(*)::int AS n FROM (${moves} AND s."authenticityScore" < p."authenticityScore") d`, [jobId]),
    db.query<{ creatorId: string; handle: string; platform: Platform; fromTier: Tier; toTier: Tier; followers: number }>(
      `SELECT t."creatorId", c.handle, c.platform, t."fromTier", t."toTier", t.followers FROM "TierChange" t JOIN "Creator" c ON c.id = t."creatorId"
        WHERE t."importJobId" = $1 ORDER BY t.followers DESC, t.id LIMIT 10`,
      [jobId],
    ),
    db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "TierChange" WHERE "importJobId" = $1`, [jobId]),
  ]);
  return {
    growers: growers.rows.map((m) => ({ creatorId: m.creatorId, handle: m.handle, platform: m.platform, before: m.beforeF, after: m.afterF })),
    authenticityDrops: drops.rows.map((m) => ({ creatorId: m.creatorId, handle: m.handle, platform: m.platform, before: m.beforeA!, after: m.afterA! })),
    authenticityDropCount: dropCount.rows[0]!.n,
    tierChanges: changes.rows,
    tierChangeCount: changeCount.rows[0]!.n,
  };
}

export async function saveInsightsSummary(s: InsightsSummary): Promise<void> {
  await importPool().query(
    `INSERT INTO "InsightsSummary" (id, data, creators, "computedAt") VALUES (1, $1::jsonb, $2, $3)
     ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data, creators = EXCLUDED.creators, "computedAt" = EXCLUDED."computedAt"`,
    [JSON.stringify(s), s.creators, s.computedAt],
  );
}

/**
 * The stored summary, or null before the job first ran. Read on the app's pool, so that inside
 * onReplica() (the dashboard page) it is served by a read replica when there is one.
 */
export async function getInsightsSummary(): Promise<InsightsSummary | null> {
  const { rows } = await pool.query<{ data: InsightsSummary }>(`SELECT data FROM "InsightsSummary" WHERE id = 1`);
  return rows[0]?.data ?? null;
}
