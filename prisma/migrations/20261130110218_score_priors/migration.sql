-- Scores that admit what they don't know (docs/scoring.md, section 7). A missing engagement,
-- authenticity or cost score now counts at a prior instead of being dropped, the base score keeps
-- one decimal and carries its confidence (percent of the weight backed by data), component scores
-- approach 100 through a soft ceiling instead of being clamped, and authenticity with no signal is
-- unknown (NULL). Every existing row is recomputed below.

-- DropIndex (replaced by the index with the confidence tie-breaker, created at the end)
DROP INDEX "Creator_baseScore_id_idx";

-- DropIndex (every creator's brief score is now (1 - wFit) * base + wFit * fit, so the score-bound
-- search no longer looks up creators missing a component apart, lib/search/score-bound.ts)
DROP INDEX "Creator_incompleteScore_idx";

-- The trigger names "baseScore", whose type changes: dropped here, created again below.
DROP TRIGGER "Creator_baseScore" ON "Creator";

-- AlterTable
ALTER TABLE "Creator" ADD COLUMN     "baseConfidence" INTEGER,
ALTER COLUMN "baseScore" SET DATA TYPE DOUBLE PRECISION;

-- Hand-written from here. Each function mirrors a TypeScript function, with the constants printed
-- from lib/domain as literals: scout_soft_ceiling = softCeiling, scout_engagement_curve and
-- scout_engagement_score = engagementQualityScore (lib/domain/engagement.ts), scout_cost_score =
-- costEfficiencyScore, scout_cost_prior = costPriorScore (lib/domain/cost.ts), scout_base_score and
-- scout_base_confidence = creatorScore(creator, null) score and confidence (lib/domain/score.ts, the
-- default weights without fit, as lib/search/score-sql.ts overallScoreSql and scoreConfidenceSql write
-- them). tests/integration/search-sql.test.ts compares each with the TypeScript on random rows.
-- Note: no semicolons inside comments or bodies (the engine splits on them, bodies use \073).
CREATE OR REPLACE FUNCTION scout_soft_ceiling(y double precision) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN y <= 80::float8 THEN y ELSE 100::float8 - 400::float8 / (y - 80::float8 + 20::float8) END
$$;

CREATE OR REPLACE FUNCTION scout_cost_score(cpe double precision) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN cpe IS NULL OR cpe < 0 THEN NULL WHEN cpe = 0 THEN 100::float8
    ELSE scout_soft_ceiling(GREATEST(0::float8, (100::float8 * ((1.6094379124341003::float8) - LN(cpe))) / ((1.6094379124341003::float8) - (-2.995732273553991::float8)))) END
$$;

CREATE OR REPLACE FUNCTION scout_engagement_curve(r double precision, mid double precision, high double precision) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN r > high THEN scout_soft_ceiling(80::float8 + 20::float8 * (r / high - 1::float8))
    WHEN r <= 0 THEN 0::float8 WHEN r <= mid THEN (50::float8 * r) / mid
    ELSE 50::float8 + (30::float8 * (r - mid)) / (high - mid) END
$$;

CREATE OR REPLACE FUNCTION scout_engagement_score(rate double precision, platform text, tier text) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN rate IS NULL THEN NULL ELSE scout_engagement_curve(GREATEST(rate, 0::float8),
    (CASE WHEN platform = 'instagram' AND tier = 'nano' THEN 0.02835::float8 WHEN platform = 'instagram' AND tier = 'micro' THEN 0.00975::float8 WHEN platform = 'instagram' AND tier = 'mid' THEN 0.00945::float8 WHEN platform = 'instagram' AND tier = 'macro' THEN 0.01005::float8 WHEN platform = 'instagram' AND tier = 'mega' THEN 0.01145::float8 WHEN platform = 'tiktok' AND tier = 'nano' THEN 0.01645::float8 WHEN platform = 'tiktok' AND tier = 'micro' THEN 0.0093::float8 WHEN platform = 'tiktok' AND tier = 'mid' THEN 0.0075::float8 WHEN platform = 'tiktok' AND tier = 'macro' THEN 0.01125::float8 WHEN platform = 'tiktok' AND tier = 'mega' THEN 0.0127::float8 WHEN platform = 'youtube' AND tier = 'nano' THEN 0.0175::float8 WHEN platform = 'youtube' AND tier = 'micro' THEN 0.0075::float8 WHEN platform = 'youtube' AND tier = 'mid' THEN 0.006::float8 WHEN platform = 'youtube' AND tier = 'macro' THEN 0.005::float8 WHEN platform = 'youtube' AND tier = 'mega' THEN 0.005::float8 WHEN platform = 'x' AND tier = 'nano' THEN 0.006500000000000001::float8 WHEN platform = 'x' AND tier = 'micro' THEN 0.0025::float8 WHEN platform = 'x' AND tier = 'mid' THEN 0.00155::float8 WHEN platform = 'x' AND tier = 'macro' THEN 0.00125::float8 WHEN platform = 'x' AND tier = 'mega' THEN 0.00095::float8 WHEN platform = 'twitch' AND tier = 'nano' THEN 0.0175::float8 WHEN platform = 'twitch' AND tier = 'micro' THEN 0.0075::float8 WHEN platform = 'twitch' AND tier = 'mid' THEN 0.006::float8 WHEN platform = 'twitch' AND tier = 'macro' THEN 0.005::float8 WHEN platform = 'twitch' AND tier = 'mega' THEN 0.005::float8 WHEN platform = 'other' AND tier = 'nano' THEN 0.02835::float8 WHEN platform = 'other' AND tier = 'micro' THEN 0.00975::float8 WHEN platform = 'other' AND tier = 'mid' THEN 0.00945::float8 WHEN platform = 'other' AND tier = 'macro' THEN 0.01005::float8 WHEN platform = 'other' AND tier = 'mega' THEN 0.01145::float8 END),
    (CASE WHEN platform = 'instagram' AND tier = 'nano' THEN 0.0442::float8 WHEN platform = 'instagram' AND tier = 'micro' THEN 0.0111::float8 WHEN platform = 'instagram' AND tier = 'mid' THEN 0.0114::float8 WHEN platform = 'instagram' AND tier = 'macro' THEN 0.0113::float8 WHEN platform = 'instagram' AND tier = 'mega' THEN 0.0127::float8 WHEN platform = 'tiktok' AND tier = 'nano' THEN 0.0218::float8 WHEN platform = 'tiktok' AND tier = 'micro' THEN 0.0107::float8 WHEN platform = 'tiktok' AND tier = 'mid' THEN 0.01::float8 WHEN platform = 'tiktok' AND tier = 'macro' THEN 0.0129::float8 WHEN platform = 'tiktok' AND tier = 'mega' THEN 0.0143::float8 WHEN platform = 'youtube' AND tier = 'nano' THEN 0.025::float8 WHEN platform = 'youtube' AND tier = 'micro' THEN 0.01::float8 WHEN platform = 'youtube' AND tier = 'mid' THEN 0.008::float8 WHEN platform = 'youtube' AND tier = 'macro' THEN 0.007::float8 WHEN platform = 'youtube' AND tier = 'mega' THEN 0.007::float8 WHEN platform = 'x' AND tier = 'nano' THEN 0.01::float8 WHEN platform = 'x' AND tier = 'micro' THEN 0.004::float8 WHEN platform = 'x' AND tier = 'mid' THEN 0.0025::float8 WHEN platform = 'x' AND tier = 'macro' THEN 0.002::float8 WHEN platform = 'x' AND tier = 'mega' THEN 0.0015::float8 WHEN platform = 'twitch' AND tier = 'nano' THEN 0.025::float8 WHEN platform = 'twitch' AND tier = 'micro' THEN 0.01::float8 WHEN platform = 'twitch' AND tier = 'mid' THEN 0.008::float8 WHEN platform = 'twitch' AND tier = 'macro' THEN 0.007::float8 WHEN platform = 'twitch' AND tier = 'mega' THEN 0.007::float8 WHEN platform = 'other' AND tier = 'nano' THEN 0.0442::float8 WHEN platform = 'other' AND tier = 'micro' THEN 0.0111::float8 WHEN platform = 'other' AND tier = 'mid' THEN 0.0114::float8 WHEN platform = 'other' AND tier = 'macro' THEN 0.0113::float8 WHEN platform = 'other' AND tier = 'mega' THEN 0.0127::float8 END)) END
$$;

CREATE OR REPLACE FUNCTION scout_cost_prior(platform text, tier text, followers integer, price_low numeric, price_high numeric) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN followers IS NULL OR followers <= 0 THEN 0::float8 ELSE COALESCE(scout_cost_score(
    (CASE WHEN price_low >= 0 AND price_high >= 0 THEN (price_low::float8 + price_high::float8) / 2::float8 ELSE (CASE WHEN platform = 'instagram' AND tier = 'nano' THEN 55::float8 WHEN platform = 'instagram' AND tier = 'micro' THEN 300::float8 WHEN platform = 'instagram' AND tier = 'mid' THEN 2750::float8 WHEN platform = 'instagram' AND tier = 'macro' THEN 7500::float8 WHEN platform = 'instagram' AND tier = 'mega' THEN 17500::float8 WHEN platform = 'tiktok' AND tier = 'nano' THEN 15::float8 WHEN platform = 'tiktok' AND tier = 'micro' THEN 75::float8 WHEN platform = 'tiktok' AND tier = 'mid' THEN 687.5::float8 WHEN platform = 'tiktok' AND tier = 'macro' THEN 1875::float8 WHEN platform = 'tiktok' AND tier = 'mega' THEN 4375::float8 WHEN platform = 'youtube' AND tier = 'nano' THEN 110::float8 WHEN platform = 'youtube' AND tier = 'micro' THEN 600::float8 WHEN platform = 'youtube' AND tier = 'mid' THEN 5500::float8 WHEN platform = 'youtube' AND tier = 'macro' THEN 15000::float8 WHEN platform = 'youtube' AND tier = 'mega' THEN 35000::float8 WHEN platform = 'x' AND tier = 'nano' THEN 11::float8 WHEN platform = 'x' AND tier = 'micro' THEN 60::float8 WHEN platform = 'x' AND tier = 'mid' THEN 550::float8 WHEN platform = 'x' AND tier = 'macro' THEN 1500::float8 WHEN platform = 'x' AND tier = 'mega' THEN 3500::float8 WHEN platform = 'twitch' AND tier = 'nano' THEN 55::float8 WHEN platform = 'twitch' AND tier = 'micro' THEN 300::float8 WHEN platform = 'twitch' AND tier = 'mid' THEN 2750::float8 WHEN platform = 'twitch' AND tier = 'macro' THEN 7500::float8 WHEN platform = 'twitch' AND tier = 'mega' THEN 17500::float8 WHEN platform = 'other' AND tier = 'nano' THEN 55::float8 WHEN platform = 'other' AND tier = 'micro' THEN 300::float8 WHEN platform = 'other' AND tier = 'mid' THEN 2750::float8 WHEN platform = 'other' AND tier = 'macro' THEN 7500::float8 WHEN platform = 'other' AND tier = 'mega' THEN 17500::float8 END) END)
    / ((CASE WHEN platform = 'instagram' AND tier = 'nano' THEN 0.02835::float8 WHEN platform = 'instagram' AND tier = 'micro' THEN 0.00975::float8 WHEN platform = 'instagram' AND tier = 'mid' THEN 0.00945::float8 WHEN platform = 'instagram' AND tier = 'macro' THEN 0.01005::float8 WHEN platform = 'instagram' AND tier = 'mega' THEN 0.01145::float8 WHEN platform = 'tiktok' AND tier = 'nano' THEN 0.01645::float8 WHEN platform = 'tiktok' AND tier = 'micro' THEN 0.0093::float8 WHEN platform = 'tiktok' AND tier = 'mid' THEN 0.0075::float8 WHEN platform = 'tiktok' AND tier = 'macro' THEN 0.01125::float8 WHEN platform = 'tiktok' AND tier = 'mega' THEN 0.0127::float8 WHEN platform = 'youtube' AND tier = 'nano' THEN 0.0175::float8 WHEN platform = 'youtube' AND tier = 'micro' THEN 0.0075::float8 WHEN platform = 'youtube' AND tier = 'mid' THEN 0.006::float8 WHEN platform = 'youtube' AND tier = 'macro' THEN 0.005::float8 WHEN platform = 'youtube' AND tier = 'mega' THEN 0.005::float8 WHEN platform = 'x' AND tier = 'nano' THEN 0.006500000000000001::float8 WHEN platform = 'x' AND tier = 'micro' THEN 0.0025::float8 WHEN platform = 'x' AND tier = 'mid' THEN 0.00155::float8 WHEN platform = 'x' AND tier = 'macro' THEN 0.00125::float8 WHEN platform = 'x' AND tier = 'mega' THEN 0.00095::float8 WHEN platform = 'twitch' AND tier = 'nano' THEN 0.0175::float8 WHEN platform = 'twitch' AND tier = 'micro' THEN 0.0075::float8 WHEN platform = 'twitch' AND tier = 'mid' THEN 0.006::float8 WHEN platform = 'twitch' AND tier = 'macro' THEN 0.005::float8 WHEN platform = 'twitch' AND tier = 'mega' THEN 0.005::float8 WHEN platform = 'other' AND tier = 'nano' THEN 0.02835::float8 WHEN platform = 'other' AND tier = 'micro' THEN 0.00975::float8 WHEN platform = 'other' AND tier = 'mid' THEN 0.00945::float8 WHEN platform = 'other' AND tier = 'macro' THEN 0.01005::float8 WHEN platform = 'other' AND tier = 'mega' THEN 0.01145::float8 END) * followers::float8)), 0::float8) END
$$;

CREATE OR REPLACE FUNCTION scout_base_score(e double precision, a integer, c double precision, cost_prior double precision) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT floor(((0.5::float8) * (CASE WHEN e IS NULL THEN GREATEST(0::float8, LEAST(100::float8, (50::float8))) ELSE GREATEST(0::float8, LEAST(100::float8, e)) END) + (0.28571428571428575::float8) * (CASE WHEN a::float8 IS NULL THEN GREATEST(0::float8, LEAST(100::float8, (50::float8))) ELSE GREATEST(0::float8, LEAST(100::float8, a::float8)) END) + (0.2142857142857143::float8) * (CASE WHEN c IS NULL THEN GREATEST(0::float8, LEAST(100::float8, cost_prior)) ELSE GREATEST(0::float8, LEAST(100::float8, c)) END)) * 10::float8 + 0.5::float8) / 10::float8
$$;

CREATE OR REPLACE FUNCTION scout_base_confidence(e double precision, a integer, c double precision) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT floor(100::float8 * ((CASE WHEN e IS NULL THEN 0::float8 ELSE (0.35000000000000003::float8) END) + (CASE WHEN a IS NULL THEN 0::float8 ELSE (0.20000000000000004::float8) END) + (CASE WHEN c IS NULL THEN 0::float8 ELSE (0.15000000000000002::float8) END)) / (0.7000000000000001::float8) + 0.5::float8)::int
$$;

-- The body is an E'' string with \073 for each semicolon, because the engine splits on semicolons.
CREATE OR REPLACE FUNCTION scout_creator_base_score() RETURNS trigger
LANGUAGE plpgsql AS E'BEGIN NEW."baseScore" := scout_base_score(NEW."engagementScore", NEW."authenticityScore", NEW."costScore", scout_cost_prior(NEW."platform"::text, NEW."tier"::text, NEW."followers", NEW."priceLow", NEW."priceHigh"))\073 NEW."baseConfidence" := scout_base_confidence(NEW."engagementScore", NEW."authenticityScore", NEW."costScore")\073 RETURN NEW\073 END';

DROP FUNCTION scout_base_score(double precision, integer, double precision);

-- The cost prior reads followers, platform, tier and price, so a change to any of them rescores.
CREATE TRIGGER "Creator_baseScore"
BEFORE INSERT OR UPDATE OF "engagementScore", "authenticityScore", "costScore", "baseScore", "baseConfidence", "followers", "platform", "tier", "priceLow", "priceHigh" ON "Creator"
FOR EACH ROW EXECUTE FUNCTION scout_creator_base_score();

-- Existing rows, in one pass: the soft ceiling on the stored engagement and cost scores, NULL
-- authenticity where assessAuthenticity had no signal group (no engagement rate with followers, no
-- following, fewer than 2 snapshots, no likes and comments to compare, no posts: its 100 was never
-- earned), and through the trigger the base score and its confidence.
UPDATE "Creator" c SET
  "engagementScore" = CASE WHEN c."engagementScore" IS NULL THEN NULL ELSE scout_engagement_score(c."engagementRate", c."platform"::text, c."tier"::text) END,
  "costScore" = CASE WHEN c."costScore" IS NULL THEN NULL ELSE scout_cost_score(c."costPerEngagement") END,
  "authenticityScore" = CASE WHEN NOT (c."engagementRate" IS NOT NULL AND c."followers" > 0) AND c."following" IS NULL AND c."posts" IS NULL
      AND NOT (c."avgLikes" > 0 AND c."avgComments" IS NOT NULL)
      AND (SELECT count(*) FROM "CreatorSnapshot" s WHERE s."creatorId" = c."id") < 2
    THEN NULL ELSE c."authenticityScore" END
  , "baseConfidence" = NULL;

-- 1,001 possible base scores: keep enough of them in the column statistics that the score-bound
-- search can split base-score ranges by them (lib/queries/search.ts valueShares).
ALTER TABLE "Creator" ALTER COLUMN "baseScore" SET STATISTICS 1000;

-- CreateIndex
CREATE INDEX "Creator_baseScore_baseConfidence_id_idx" ON "Creator"("baseScore" DESC, "baseConfidence" DESC, "id");
