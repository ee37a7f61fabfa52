// Growth and engagement trend (lib/domain/growth.ts) stored on the creator, recomputed from its
// snapshots: for the creators an import touched, once the import has written its last batch, and
// for every creator on a re-score. On the import pool, which the command line uses too.
import { computeGrowth, type GrowthPoint } from "@/lib/domain/growth";
import { importPool } from "./import-pool";

const PAGE = 2_000;

type Row = { id: string; followers: number; engagementRate: number | null; metricsAsOf: Date; snaps: [number, number, number | null][] };

/** Recomputes growth for these creators; returns how many changed. */
export async function refreshGrowthFor(ids: readonly string[]): Promise<number> {
  if (!ids.length) return 0;
  const pool = importPool();
  // Snapshots up to 180 days before the current metrics: the widest window growth reads (2 × 90 days).
  const { rows } = await pool.query<Row>(
    `SELECT c.id, c.followers, c."engagementRate", c."metricsAsOf",
            COALESCE((SELECT json_agg(json_build_array((extract(epoch FROM s."capturedAt") * 1000)::float8, s.followers, s."engagementRate"))
                        FROM "CreatorSnapshot" s
                       WHERE s."creatorId" = c.id AND s."capturedAt" < c."metricsAsOf" AND s."capturedAt" >= c."metricsAsOf" - interval '181 days'), '[]') AS snaps
       FROM "Creator" c WHERE c.id = ANY($1::text[])`,
    [ids],
  );
  const updates = rows.map((r) => {
    const snapshots: GrowthPoint[] = r.snaps.map(([t, followers, engagementRate]) => ({ capturedAt: new Date(t), followers, engagementRate }));
    const g = computeGrowth(snapshots, { capturedAt: r.metricsAsOf, followers: r.followers, engagementRate: r.engagementRate });
    return { id: r.id, g30: g.followerGrowth30d, g90: g.followerGrowth90d, t90: g.engagementTrend90d };
  });
  const res = await pool.query(
    `UPDATE "Creator" c SET "followerGrowth30d" = u.g30, "followerGrowth90d" = u.g90, "engagementTrend90d" = u.t90
       FROM json_to_recordset($1::json) AS u(id text, g30 float8, g90 float8, t90 float8)
      WHERE c.id = u.id AND (c."followerGrowth30d" IS DISTINCT FROM u.g30 OR c."followerGrowth90d" IS DISTINCT FROM u.g90 OR c."engagementTrend90d" IS DISTINCT FROM u.t90)`,
    [JSON.stringify(updates)],
  );
  return res.rowCount ?? 0;
}

/** Growth for every creator the import `jobId` left a snapshot on, in pages. */
export async function refreshGrowthForImport(jobId: string): Promise<number> {
  let cursor = "";
  let changed = 0;
  for (;;) {
    const { rows } = await importPool().query<{ id: string }>(
      `SELECT "creatorId" AS id FROM "CreatorSnapshot" WHERE "importJobId" = $1 AND "creatorId" > $2 ORDER BY "creatorId" LIMIT ${PAGE}`,
      [jobId, cursor],
    );
    if (!rows.length) return changed;
    changed += await refreshGrowthFor(rows.map((r) => r.id));
    cursor = rows[rows.length - 1]!.id;
  }
}
