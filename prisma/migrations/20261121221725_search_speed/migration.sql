-- DropIndex
DROP INDEX "Creator_followers_idx";

-- DropIndex
DROP INDEX "Creator_tier_followers_idx";

-- AlterTable
ALTER TABLE "Creator" ADD COLUMN "baseScore" INTEGER;

-- Hand-written. "baseScore" is the overall score with the default weights and no brief, kept by a
-- trigger so that every writer (importer, seed, rescore, tests, Prisma) gets it without setting it.
-- The expression is lib/search/sql.ts overallScoreSql(DEFAULT_WEIGHTS, null) with the weights that
-- normalizeWeights(DEFAULT_WEIGHTS) returns written out as literals. tests/integration/search-sql.test.ts
-- compares it with lib/domain/score.ts overallScore. Prisma does not introspect functions or
-- triggers, so this is no drift. Note: no semicolons inside comments (the engine splits on them).
CREATE OR REPLACE FUNCTION scout_base_score(e double precision, a integer, c double precision) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT COALESCE(floor(((0.35000000000000003::float8 * (CASE WHEN e IS NULL THEN 0::float8 ELSE GREATEST(0::float8, LEAST(100::float8, e)) END) + 0.20000000000000004::float8 * (CASE WHEN a::float8 IS NULL THEN 0::float8 ELSE GREATEST(0::float8, LEAST(100::float8, a::float8)) END) + 0.15000000000000002::float8 * (CASE WHEN c IS NULL THEN 0::float8 ELSE GREATEST(0::float8, LEAST(100::float8, c)) END)) / NULLIF((CASE WHEN e IS NOT NULL THEN 0.35000000000000003::float8 ELSE 0 END) + (CASE WHEN a::float8 IS NOT NULL THEN 0.20000000000000004::float8 ELSE 0 END) + (CASE WHEN c IS NOT NULL THEN 0.15000000000000002::float8 ELSE 0 END), 0)) + 0.5), 0)::int
$$;

-- The body is an E'' string with \073 for each semicolon, because the engine splits on semicolons.
CREATE OR REPLACE FUNCTION scout_creator_base_score() RETURNS trigger
LANGUAGE plpgsql AS E'BEGIN NEW."baseScore" := scout_base_score(NEW."engagementScore", NEW."authenticityScore", NEW."costScore")\073 RETURN NEW\073 END';

CREATE TRIGGER "Creator_baseScore"
BEFORE INSERT OR UPDATE OF "engagementScore", "authenticityScore", "costScore", "baseScore" ON "Creator"
FOR EACH ROW EXECUTE FUNCTION scout_creator_base_score();

UPDATE "Creator" SET "baseScore" = scout_base_score("engagementScore", "authenticityScore", "costScore");

-- CreateIndex
CREATE INDEX "Creator_tier_followers_id_idx" ON "Creator"("tier", "followers" DESC, "id");

-- CreateIndex
CREATE INDEX "Creator_followers_id_idx" ON "Creator"("followers" DESC, "id");

-- CreateIndex
CREATE INDEX "Creator_baseScore_id_idx" ON "Creator"("baseScore" DESC, "id");

-- CreateIndex (hand-edited: NULLS LAST on the nullable sort keys, as lib/queries/search.ts orders them)
CREATE INDEX "Creator_er_sort_idx" ON "Creator"("engagementRankable" DESC, "engagementRate" DESC NULLS LAST, "id");

-- CreateIndex
CREATE INDEX "Creator_expectedEngagements_id_idx" ON "Creator"("expectedEngagements" DESC NULLS LAST, "id");

-- CreateIndex
CREATE INDEX "Creator_costPerEngagement_id_idx" ON "Creator"("costPerEngagement", "id");

-- CreateIndex
CREATE INDEX "Creator_followerGrowth30d_id_idx" ON "Creator"("followerGrowth30d" DESC NULLS LAST, "id");
