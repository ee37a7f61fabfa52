// The statements that read a creator with its history in one round trip: the profile (with the
// caller's shortlists that hold it and its lookalikes' rows) and compare's creators. Nested lists
// come as JSON; their timestamps as epoch milliseconds (JSON has no date), turned back into Dates
// here, so that the rows are what Prisma's client read before (tests/integration/creator-reads.test.ts).
import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { CreatorRow } from "@/lib/domain/creator-row";
import type { Tier } from "@/lib/domain/types";
import type { SimilarCreator } from "./similar";

const { sql, join } = Prisma;

/** The creator's columns as the profile and compare read them: enums as text, prices as numbers, NULL niches as none (as Prisma's client reads a NULL list). */
const CREATOR_COLUMNS = sql`c."id", c."platform"::text AS "platform", c."handle", c."displayName", c."bio", c."profileUrl", c."country", c."language",
  coalesce(c."niches", '{}') AS "niches", c."categoryLabel", c."followers", c."following", c."posts", c."avgLikes", c."avgComments", c."avgViews", c."avgShares",
  c."engagementRate", c."engagementMethod"::text AS "engagementMethod", c."engagementRateByViews", c."expectedEngagements", c."engagementScore",
  c."engagementRankable", c."tier"::text AS "tier", c."authenticityScore", c."authenticityFlags", c."authenticityConfidence",
  c."priceLow"::float8 AS "priceLow", c."priceHigh"::float8 AS "priceHigh", c."priceCurrency", c."priceSource"::text AS "priceSource",
  c."costPerEngagement", c."costScore", c."costPrior", c."followerGrowth30d", c."followerGrowth90d", c."engagementTrend90d"`;

/** What CREATOR_COLUMNS reads: the creator row (lib/domain/creator-row.ts; the flags as stored, parsed by toFlags) and the profile's extra metrics. */
export type CreatorColumns = Omit<CreatorRow, "authenticityFlags" | "metricsAsOf"> & {
  authenticityFlags: unknown; bio: string | null; profileUrl: string | null; categoryLabel: string | null;
  following: number | null; posts: number | null; avgLikes: number | null; avgComments: number | null; avgViews: number | null; avgShares: number | null;
  engagementRateByViews: number | null; authenticityConfidence: string | null; costPrior: number | null;
  followerGrowth90d: number | null; engagementTrend90d: number | null;
};

/** A timestamp column as epoch milliseconds (exact: the columns hold milliseconds). */
const epochMs = (column: Prisma.Sql) => sql`(extract(epoch FROM ${column}) * 1000)::float8`;

/** The newest `limit` snapshots of c, newest first, as a JSON array of objects with the given fields. */
function snapshotsJson(fields: Record<string, Prisma.Sql>, limit: number): Prisma.Sql {
  const pairs = join(Object.entries(fields).map(([k, v]) => sql`${k}::text, ${v}`), ", ");
  return sql`(SELECT coalesce(json_agg(json_build_object(${pairs}) ORDER BY s."capturedAt" DESC), '[]'::json)
    FROM (SELECT * FROM "CreatorSnapshot" s WHERE s."creatorId" = c."id" ORDER BY s."capturedAt" DESC LIMIT ${limit}) s)`;
}

/** A row of a nested list as the statement sends it: the `K` timestamps as epoch milliseconds. */
type Sent<T, K extends keyof T> = Omit<T, K> & { [P in K]: number };

export type ProfileRow = CreatorColumns & {
  contactEmail: string | null; dataSource: string | null; metricsAsOf: Date; updatedAt: Date;
  snapshots: { capturedAt: Date; followers: number; engagementRate: number | null; tier: Tier }[];
  shortlists: { id: string; name: string; status: string; note: string | null; addedAt: Date }[];
  similar: SimilarCreator[];
};

/** The profile's statement: the creator, its newest 500 snapshots, `organizationId`'s lists that hold it, and the rows of `similarIds` in that order. */
export function profileSql(id: string, organizationId: string, similarIds: readonly string[]): Prisma.Sql {
  const snapshots = snapshotsJson({ capturedAt: epochMs(sql`s."capturedAt"`), followers: sql`s."followers"`, engagementRate: sql`s."engagementRate"`, tier: sql`s."tier"` }, 500);
  return sql`SELECT ${CREATOR_COLUMNS}, c."contactEmail", c."dataSource", c."metricsAsOf", c."updatedAt",
      ${snapshots} AS "snapshots",
      (SELECT coalesce(json_agg(json_build_object('id', l."id", 'name', l."name", 'status', i."status", 'note', i."note", 'addedAt', ${epochMs(sql`i."addedAt"`)})
          ORDER BY i."addedAt" DESC, i."id"), '[]'::json)
        FROM "ShortlistItem" i JOIN "Shortlist" l ON l."id" = i."shortlistId" WHERE i."creatorId" = c."id" AND l."organizationId" = ${organizationId}) AS "shortlists",
      (SELECT coalesce(json_agg(json_build_object('id', x."id", 'platform', x."platform", 'handle', x."handle", 'displayName', x."displayName", 'tier', x."tier",
          'followers', x."followers", 'engagementRate', x."engagementRate", 'country', x."country", 'niches', coalesce(x."niches", '{}')) ORDER BY array_position(${similarIds}::text[], x."id")), '[]'::json)
        FROM "Creator" x WHERE x."id" = ANY(${similarIds}::text[])) AS "similar"
    FROM "Creator" c WHERE c."id" = ${id}`;
}

/** A profile row as the statement sends it: its nested lists' timestamps as epoch milliseconds. */
export type SentProfileRow = Omit<ProfileRow, "snapshots" | "shortlists"> & {
  snapshots: Sent<ProfileRow["snapshots"][number], "capturedAt">[];
  shortlists: Sent<ProfileRow["shortlists"][number], "addedAt">[];
};

/** A profile row with its nested lists' dates as Dates. */
export function profileRow(r: SentProfileRow): ProfileRow {
  return {
    ...r,
    snapshots: r.snapshots.map((s) => ({ ...s, capturedAt: new Date(s.capturedAt) })),
    shortlists: r.shortlists.map((s) => ({ ...s, addedAt: new Date(s.addedAt) })),
  };
}

export type CompareRow = CreatorColumns & { metricsAsOf: Date; snapshots: { capturedAt: Date; followers: number }[] };

/** Compare's statement: the creators of `ids` (in no order) with their newest `snapshots` snapshots each, newest first. */
export function compareSql(ids: readonly string[], snapshots: number): Prisma.Sql {
  return sql`SELECT ${CREATOR_COLUMNS}, c."metricsAsOf", ${snapshotsJson({ capturedAt: epochMs(sql`s."capturedAt"`), followers: sql`s."followers"` }, snapshots)} AS "snapshots"
    FROM "Creator" c WHERE c."id" = ANY(${ids}::text[])`;
}

/** A compare row as the statement sends it: its snapshots' timestamps as epoch milliseconds. */
export type SentCompareRow = Omit<CompareRow, "snapshots"> & { snapshots: Sent<CompareRow["snapshots"][number], "capturedAt">[] };

/** A compare row with its snapshots' dates as Dates. */
export function compareRow(r: SentCompareRow): CompareRow {
  return { ...r, snapshots: r.snapshots.map((s) => ({ ...s, capturedAt: new Date(s.capturedAt) })) };
}
