// The overall score and its confidence in SQL, mirroring lib/domain/score.ts (overallScore,
// creatorScore): what search sorts a brief or custom weights by. tests/integration/search-sql.test.ts
// runs both on the same rows and compares. The default-weight base score is the same sum, kept by a
// trigger (scout_base_score, migration *_score_priors).
import { Prisma } from "@/lib/db/generated/client";
import { SCORE_KEYS, SCORE_PRIORS, usedWeights, type ScoreWeights } from "@/lib/domain/score";
import type { SearchPlan } from "@/lib/search/plan";
import { COL, fitScoreSql, jsRound, round1 } from "./fit-sql";

const { sql, join } = Prisma;

/**
 * The SQL value of each score component as overallScore counts it: the stored score clamped to
 * 0-100, or its prior when it is NULL (SCORE_PRIORS; the cost prior per creator is
 * the stored "costPrior", kept by the base-score trigger from scout_cost_prior, which mirrors
 * costPriorScore: migration *_search_catalog). `fit` null = no brief.
 */
function componentSql(fit: Prisma.Sql | null): Record<(typeof SCORE_KEYS)[number], { value: Prisma.Sql | null; prior: Prisma.Sql | null }> {
  return {
    engagement: { value: COL.engagementScore, prior: sql`${SCORE_PRIORS.engagement}::float8` },
    fit: { value: fit, prior: null },
    authenticity: { value: sql`${COL.authenticityScore}::float8`, prior: sql`${SCORE_PRIORS.authenticity}::float8` },
    cost: { value: COL.costScore, prior: sql`c."costPrior"` },
  };
}

/**
 * Mirrors overallScore(parts, weights, { cost: costPriorScore(...) }).score: round1(sum of
 * (w_k / wSum) * x_k), x_k the clamped value or its prior, summed in the same order as the TS so
 * the floats agree. Nothing weighted -> 0. `fit` null = no brief.
 */
export function overallScoreSql(weights: Partial<ScoreWeights>, fit: Prisma.Sql | null): Prisma.Sql {
  const { w, used, wSum } = usedWeights(weights, fit !== null);
  if (used.length === 0) return sql`0::float8`;
  const parts = componentSql(fit);
  // GREATEST/LEAST skip NULLs (LEAST(100, NULL) = 100), so a missing value is handled before clamping.
  const x = (k: (typeof SCORE_KEYS)[number]) => {
    const { value, prior } = parts[k];
    const clamped = sql`GREATEST(0::float8, LEAST(100::float8, ${value!}))`;
    return prior ? sql`(CASE WHEN ${value!} IS NULL THEN GREATEST(0::float8, LEAST(100::float8, ${prior})) ELSE ${clamped} END)` : clamped;
  };
  const sum = join(used.map((k) => sql`${w[k] / wSum}::float8 * ${x(k)}`), " + ");
  return round1(sql`${sum}`);
}

/** Mirrors overallScore(...).confidence: round(100 * sum of w_k over measured components / wSum), an integer. */
export function scoreConfidenceSql(weights: Partial<ScoreWeights>, hasFit: boolean): Prisma.Sql {
  const { w, used, wSum } = usedWeights(weights, hasFit);
  if (used.length === 0) return sql`0`;
  const parts = componentSql(hasFit ? sql`0` : null);
  const measured = join(
    used.map((k) => (k === "fit" ? sql`${w[k]}::float8` : sql`(CASE WHEN ${parts[k].value!} IS NULL THEN 0::float8 ELSE ${w[k]}::float8 END)`)),
    " + ",
  );
  return sql`${jsRound(sql`100::float8 * (${measured}) / ${wSum}::float8`)}::int`;
}


/**
 * The page's fit, score and confidence for a plan: the stored "baseScore" and "baseConfidence" with
 * the default weights and no brief, else computed (`score` takes the fit to read: the expression,
 * or the fenced column that holds it).
 */
export function planScoreSql({ brief, weights, base }: Pick<SearchPlan, "brief" | "weights" | "base">) {
  const fit = brief ? fitScoreSql(brief) : null;
  const score = (f: Prisma.Sql | null) => (base ? sql`c."baseScore"` : overallScoreSql(weights, f));
  const conf = base ? sql`c."baseConfidence"` : scoreConfidenceSql(weights, brief !== null);
  return { fit, score, conf };
}
