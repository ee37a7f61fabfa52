-- Prices grow with the audience (lib/domain/price-model.ts, docs/scoring.md "Price estimate"):
-- scout_price_centre and scout_price_spread mirror priceCentre and priceSpread, the estimate is
-- centre x (1 - spread) .. centre x (1 + spread), ends rounded to cents. tests/integration/search-sql.test.ts
-- compares them with the TypeScript on random rows.
-- Note: no semicolons inside comments or bodies (the engine splits on them).
CREATE OR REPLACE FUNCTION scout_price_centre(platform text, followers double precision) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN f <= k[1] THEN y[1] WHEN f <= 10000::float8 THEN y[1] * power(f / k[1], ln(y[2] / y[1]) / ln(k[2] / k[1])) WHEN f <= 50000::float8 THEN y[2] * power(f / k[2], ln(y[3] / y[2]) / ln(k[3] / k[2])) WHEN f <= 500000::float8 THEN y[3] * power(f / k[3], ln(y[4] / y[3]) / ln(k[4] / k[3])) WHEN f <= 1000000::float8 THEN y[4] * power(f / k[4], ln(y[5] / y[4]) / ln(k[5] / k[4]))
    ELSE y[5] * power(f / k[5], 0.82::float8) END
  FROM (SELECT GREATEST(COALESCE(followers, 0::float8), 0::float8) AS f, ARRAY[1000::float8, 10000::float8, 50000::float8, 500000::float8, 1000000::float8] AS k, (CASE WHEN platform = 'instagram' THEN ARRAY[10::float8, 100::float8, 500::float8, 5000::float8, 10000::float8] WHEN platform = 'tiktok' THEN ARRAY[10::float8, 43.30127018922193::float8, 209.16500663351889::float8, 1936.4916731037085::float8, 4183.300132670378::float8] WHEN platform = 'youtube' THEN ARRAY[20::float8, 200::float8, 1000::float8, 10000::float8, 20000::float8] WHEN platform = 'x' THEN ARRAY[2::float8, 20::float8, 100::float8, 1000::float8, 2000::float8] WHEN platform = 'twitch' THEN ARRAY[10::float8, 100::float8, 500::float8, 5000::float8, 10000::float8] WHEN platform = 'other' THEN ARRAY[10::float8, 100::float8, 500::float8, 5000::float8, 10000::float8] END) AS y) AS t
$$;

CREATE OR REPLACE FUNCTION scout_price_spread(platform text, followers double precision) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT 0.5::float8 + (CASE WHEN platform IN ('twitch', 'other') THEN 0.1::float8 ELSE 0::float8 END)
    + 0.25::float8 * LEAST(1::float8, GREATEST(0::float8, log(GREATEST(COALESCE(followers, 1::float8), 1::float8) / 1000000::float8) / 2::float8))
$$;

CREATE OR REPLACE FUNCTION scout_price_low(platform text, followers double precision) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT round((scout_price_centre(platform, followers) * (1::float8 - scout_price_spread(platform, followers)))::numeric, 2)
$$;

CREATE OR REPLACE FUNCTION scout_price_high(platform text, followers double precision) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT round((scout_price_centre(platform, followers) * (1::float8 + scout_price_spread(platform, followers)))::numeric, 2)
$$;

-- The engagement rate typical of a creator of this size (typicalEngagementRateAt): each tier's band middle at
-- the tier's geometric centre, straight lines on log-log axes between, the nano-micro line continued down to
-- 1,000 followers, flat below it and beyond the last centre. Continuous like the price.
CREATE OR REPLACE FUNCTION scout_typical_rate(platform text, followers double precision) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN f >= k[5] THEN y[5] WHEN f <= k[2] THEN y[1] * power(f / k[1], ln(y[2] / y[1]) / ln(k[2] / k[1])) WHEN f <= k[3] THEN y[2] * power(f / k[2], ln(y[3] / y[2]) / ln(k[3] / k[2])) WHEN f <= k[4] THEN y[3] * power(f / k[3], ln(y[4] / y[3]) / ln(k[4] / k[3])) WHEN f <= k[5] THEN y[4] * power(f / k[4], ln(y[5] / y[4]) / ln(k[5] / k[4])) END
  FROM (SELECT GREATEST(COALESCE(followers, 1000::float8), 1000::float8) AS f, ARRAY[3162.2776601683795::float8, 22360.679774997898::float8, 158113.88300841895::float8, 707106.7811865475::float8, 3162277.6601683795::float8] AS k, (CASE WHEN platform = 'instagram' THEN ARRAY[0.02835::float8, 0.00975::float8, 0.00945::float8, 0.01005::float8, 0.01145::float8] WHEN platform = 'tiktok' THEN ARRAY[0.01645::float8, 0.0093::float8, 0.0075::float8, 0.01125::float8, 0.0127::float8] WHEN platform = 'youtube' THEN ARRAY[0.0175::float8, 0.0075::float8, 0.006::float8, 0.005::float8, 0.005::float8] WHEN platform = 'x' THEN ARRAY[0.006500000000000001::float8, 0.0025::float8, 0.00155::float8, 0.00125::float8, 0.00095::float8] WHEN platform = 'twitch' THEN ARRAY[0.0175::float8, 0.0075::float8, 0.006::float8, 0.005::float8, 0.005::float8] WHEN platform = 'other' THEN ARRAY[0.02835::float8, 0.00975::float8, 0.00945::float8, 0.01005::float8, 0.01145::float8] END) AS y) AS t
$$;

-- The cost prior (costPriorScore) now reads the typical rate for the creator's size, not its tier (a tier
-- boundary moved it by up to 3x at one follower), and, with no stored price, the estimate for its followers.
-- Same signature (tier kept, unread), so the base-score trigger and the search SQL keep calling it.
CREATE OR REPLACE FUNCTION scout_cost_prior(platform text, tier text, followers integer, price_low numeric, price_high numeric) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN followers IS NULL OR followers <= 0 THEN 0::float8 ELSE COALESCE(scout_cost_score(
    (CASE WHEN price_low >= 0 AND price_high >= 0 THEN (price_low::float8 + price_high::float8) / 2::float8
      ELSE (scout_price_low(platform, followers::float8)::float8 + scout_price_high(platform, followers::float8)::float8) / 2::float8 END)
    / (scout_typical_rate(platform, followers::float8) * followers::float8)), 0::float8) END
$$;

-- Every estimated price of an existing catalog, recomputed from its followers, with what derives from it
-- (deriveCreatorMetrics): CPE = mid / expected engagements (unknown without engagements), the cost score
-- only for a rankable engagement figure. Imported prices are kept. The base-score trigger rescores each row.
UPDATE "Creator" c SET
  "priceLow" = p.low, "priceHigh" = p.high, "priceCurrency" = 'USD',
  "costPerEngagement" = CASE WHEN c."expectedEngagements" > 0 THEN ((p.low + p.high)::float8 / 2::float8) / c."expectedEngagements"::float8 ELSE NULL END,
  "costScore" = CASE WHEN c."engagementRankable" AND c."expectedEngagements" > 0 THEN scout_cost_score(((p.low + p.high)::float8 / 2::float8) / c."expectedEngagements"::float8) ELSE NULL END
FROM (SELECT x."id", scout_price_low(x."platform"::text, x."followers"::float8) AS low, scout_price_high(x."platform"::text, x."followers"::float8) AS high
      FROM "Creator" x WHERE x."priceSource" = 'estimate') AS p
WHERE c."id" = p."id";

-- The cost prior changed for every creator (imported prices too): recompute the stored base score and its
-- confidence through the trigger (it fires on an update of "baseScore").
UPDATE "Creator" SET "baseScore" = NULL WHERE "priceSource" <> 'estimate';
