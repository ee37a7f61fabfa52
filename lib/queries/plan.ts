// The planner's reads: its brief and its pool (a shortlist, or the creators matching /search's
// filters), org-scoped; then the pure planner (lib/domain/plan). Another organisation's list or
// brief is a NotFoundError (404); a pool that cannot be planned is an InvalidInputError (400).
import { queryRows } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { InvalidInputError, NotFoundError } from "@/lib/domain/errors";
import type { BrandBrief } from "@/lib/domain/fit";
import { formatInteger } from "@/lib/domain/format";
import { buildPlan, exclusionNotes, type Plan, type PlanCreator } from "@/lib/domain/plan";
import { calibratePool, type CalibrationOffer } from "@/lib/domain/campaigns";
import { fitScoreSql } from "@/lib/queries/search/fit-sql";
import { MAX_PLAN_POOL, platformsDisjoint, poolSearchQuery, type PlanQuery } from "@/lib/validation/plan";
import { BriefNotFoundError, resolveBrief, searchWhereConds, type Exec, type ResolvedBrief } from "./search";

const { sql, join } = Prisma;

export type PoolSource = { kind: "list"; id: string; name: string } | { kind: "search" };
export type PlanPool = { creators: PlanCreator[]; capped: boolean; source: PoolSource };
/** What the engagements were predicted with: the offer (null when not read) and whether it was applied. */
export type PlanCalibration = { offer: CalibrationOffer | null; used: boolean; declined: boolean };
export type PlanResult = Plan & { pool: { size: number; capped: boolean; cap: number; source: PoolSource }; brief: { id: string | null; name: string } | null; notes: string[]; calibration: PlanCalibration };

const COLUMNS = sql`c."id", c."handle", c."displayName", c."platform"::text AS "platform", c."tier"::text AS "tier", c."followers",
  c."expectedEngagements", c."authenticityScore", c."priceLow"::float8 AS "priceLow", c."priceHigh"::float8 AS "priceHigh",
  c."priceCurrency", c."priceSource"::text AS "priceSource"`;

type Row = Omit<PlanCreator, "fit" | "agreedPrice"> & { fit: number | null; agreedPrice?: number | null };

const toCreator = (r: Row): PlanCreator => ({ ...r, fit: r.fit === null ? null : Number(r.fit), agreedPrice: r.agreedPrice ?? null, rejectedBy: r.rejectedBy ?? null });

/**
 * The pool of a search: the MAX_PLAN_POOL best-scored matches ("baseScore", its index walk), with
 * fit computed for those rows only. Creators with no base score come after every scored one.
 */
export async function readSearchPool(exec: Exec, q: PlanQuery, brief: BrandBrief | null): Promise<PlanPool> {
  // [] would read as "any platform" in the where-builder.
  if (platformsDisjoint(q)) return { creators: [], capped: false, source: { kind: "search" } };
  const conds = searchWhereConds(poolSearchQuery(q));
  const where = (extra: Prisma.Sql) => sql`WHERE ${join([...conds, extra], " AND ")}`;
  const limit = MAX_PLAN_POOL + 1;
  const fit = brief ? sql`${fitScoreSql(brief)}::int` : sql`NULL::int`;
  const rows = await exec<Row>(sql`SELECT ${COLUMNS}, ${fit} AS "fit" FROM (
      (SELECT c.* FROM "Creator" c ${where(sql`c."baseScore" IS NOT NULL`)} ORDER BY c."baseScore" DESC, c."id" LIMIT ${limit})
      UNION ALL
      (SELECT c.* FROM "Creator" c ${where(sql`c."baseScore" IS NULL`)} ORDER BY c."id" LIMIT ${limit})
      LIMIT ${limit}) c`);
  return { creators: rows.slice(0, MAX_PLAN_POOL).map(toCreator), capped: rows.length > MAX_PLAN_POOL, source: { kind: "search" } };
}

/** The pool of one of the organisation's shortlists, agreed prices included. */
export async function readListPool(exec: Exec, organizationId: string, listId: string, brief: BrandBrief | null): Promise<PlanPool> {
  const [list] = await exec<{ id: string; name: string }>(sql`SELECT "id", "name" FROM "Shortlist" WHERE "id" = ${listId} AND "organizationId" = ${organizationId}`);
  if (!list) throw new NotFoundError("No such shortlist in your organisation.", { list: ["No such shortlist in your organisation."] });
  const fit = brief ? sql`${fitScoreSql(brief)}::int` : sql`NULL::int`;
  // Rejected: the client's latest answer through any of the list's share links, else the team's status.
  const rows = await exec<Row>(sql`SELECT ${COLUMNS}, ${fit} AS "fit", i."agreedPrice"::float8 AS "agreedPrice",
      CASE WHEN (SELECT d."decision" FROM "ShareDecision" d WHERE d."itemId" = i."id" ORDER BY d."updatedAt" DESC, d."id" LIMIT 1) = 'rejected' THEN 'client'
        WHEN i."status" = 'rejected' THEN 'team' END AS "rejectedBy"
    FROM "ShortlistItem" i JOIN "Creator" c ON c."id" = i."creatorId"
    WHERE i."shortlistId" = ${list.id}
    ORDER BY c."baseScore" DESC NULLS LAST, c."id" LIMIT ${MAX_PLAN_POOL + 1}`);
  return { creators: rows.slice(0, MAX_PLAN_POOL).map(toCreator), capped: rows.length > MAX_PLAN_POOL, source: { kind: "list", id: list.id, name: list.name } };
}

async function briefFor(q: PlanQuery, organizationId: string): Promise<ResolvedBrief | null> {
  try {
    return await resolveBrief(poolSearchQuery(q), organizationId);
  } catch (err) {
    if (err instanceof BriefNotFoundError) throw new NotFoundError(err.message, { brief: [err.message] });
    throw err;
  }
}

/**
 * Reads the brief and the pool, then plans. `exec` defaults to the app's pool (the benchmark passes its own).
 * `offer`: the organisation's calibration offer (lib/queries/campaigns readCalibrationOffer); with
 * `calibrate=on` and enough data, each creator's expected engagements are multiplied by its tier's factor.
 */
export async function planCampaign(q: PlanQuery, organizationId: string, exec: Exec = queryRows, offer: CalibrationOffer | null = null): Promise<PlanResult> {
  const brief = await briefFor(q, organizationId);
  const pool = q.pool === "list" ? await readListPool(exec, organizationId, q.list!, brief?.brief ?? null) : await readSearchPool(exec, q, brief?.brief ?? null);
  const limits = { maxCreators: q.maxCreators ?? null, minAuthenticity: q.minAuth ?? null, platforms: q.platforms ?? null };
  if (pool.creators.length === 0) {
    throw new InvalidInputError(
      pool.source.kind === "list" ? `The list “${pool.source.name}” has no creators yet: add some, or plan from search filters.` : "No creator matches these filters: widen them.",
      { [pool.source.kind === "list" ? "list" : "pool"]: ["The pool is empty."] },
    );
  }
  const used = q.calibrate === "on" && !!offer?.available;
  const plan = buildPlan(used ? calibratePool(pool.creators, offer!.factors) : pool.creators, { budget: q.budget, goal: q.goal, limits });
  const notes = exclusionNotes(plan.excluded, q.goal, limits.minAuthenticity);
  if (plan.plannable === 0) {
    throw new InvalidInputError(`None of the ${formatInteger(pool.creators.length)} creators in the pool can be planned. ${notes.join(" ")}`.trim(), { pool: ["No creator in the pool can be planned."] });
  }
  if (plan.best === null) {
    const cheapest = plan.options.find((o) => o.kind === "mixed")?.emptyReason ?? "";
    throw new InvalidInputError(`No option can be built for this budget. ${cheapest}`, { budget: [cheapest || "Raise the budget."] });
  }
  return {
    ...plan,
    pool: { size: pool.creators.length, capped: pool.capped, cap: MAX_PLAN_POOL, source: pool.source },
    brief: brief && { id: brief.id, name: brief.name },
    notes,
    calibration: { offer, used, declined: q.calibrate === "off" },
  };
}
