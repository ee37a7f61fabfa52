// Overall 0-100 score: a weighted mean of the component scores, where a component with no data
// counts at a prior instead of being dropped, and the score says how much of it rests on data.
import { costPriorScore } from "./cost";
import type { Platform, Tier } from "./types";

export type ScoreWeights = { engagement: number; fit: number; authenticity: number; cost: number };
export const SCORE_KEYS = ["engagement", "fit", "authenticity", "cost"] as const satisfies readonly (keyof ScoreWeights)[];
export type ScoreKey = (typeof SCORE_KEYS)[number];
/** The components a creator's data can lack (fit is never missing: it is computed from a brief, or left out without one). */
export type DataComponent = Exclude<ScoreKey, "fit">;

export const DEFAULT_WEIGHTS: Readonly<ScoreWeights> = Object.freeze({ engagement: 0.35, fit: 0.3, authenticity: 0.2, cost: 0.15 });

/**
 * What a missing component counts as. Engagement: 50, the score of its tier's typical engagement
 * (the benchmark band's middle scores 50 by construction, ENGAGEMENT_SCORE_POINTS). Authenticity:
 * 50, no evidence either way (a clean record of 100 has to be earned by data). Cost has a
 * per-creator prior (costPriorScore: the cost score at the engagement typical of its size); 50 is only
 * the fallback when a caller has none.
 */
export const SCORE_PRIORS: Readonly<Record<DataComponent, number>> = Object.freeze({ engagement: 50, authenticity: 50, cost: 50 });

/** Negative / non-finite weights become 0; the rest are scaled to sum to 1; all zero -> DEFAULT_WEIGHTS. */
export function normalizeWeights(w: Partial<ScoreWeights>): ScoreWeights {
  const clean = (x: number | undefined) => (typeof x === "number" && Number.isFinite(x) && x > 0 ? x : 0);
  const raw = { engagement: clean(w.engagement), fit: clean(w.fit), authenticity: clean(w.authenticity), cost: clean(w.cost) };
  const sum = raw.engagement + raw.fit + raw.authenticity + raw.cost;
  if (sum <= 0) return { ...DEFAULT_WEIGHTS };
  return { engagement: raw.engagement / sum, fit: raw.fit / sum, authenticity: raw.authenticity / sum, cost: raw.cost / sum };
}

/**
 * The components a score uses and their effective weights, as overallScore counts them: weight > 0,
 * fit only when there is one. The SQL (lib/queries/search/score-sql.ts) and the scan
 * (lib/search/scan/score.ts) read them from here.
 */
export function usedWeights(weights: Partial<ScoreWeights>, hasFit: boolean): { w: ScoreWeights; used: ScoreKey[]; wSum: number } {
  const w = normalizeWeights(weights);
  const used = SCORE_KEYS.filter((k) => w[k] > 0 && (k !== "fit" || hasFit));
  return { w, used, wSum: used.reduce((s, k) => s + w[k], 0) };
}

export type ScoreParts = { engagement: number | null; fit: number | null; authenticity: number | null; cost: number | null };
/**
 * `value`: the measured component (clamped 0-100), null when missing. `prior`: what it counted as
 * instead (null when measured, or when fit is left out for lack of a brief). `weight`: effective
 * weight (0 when the component is left out). `contribution` = weight * (value ?? prior).
 */
export type ScoreBreakdownRow = { key: ScoreKey; value: number | null; prior: number | null; weight: number; contribution: number };
export type OverallScore = {
  score: number;
  /** Share of the score's weight backed by the creator's own data, as a whole percent (0-100). */
  confidence: number;
  /** Weighted components that had no data and counted at their prior, in SCORE_KEYS order. */
  missing: DataComponent[];
  breakdown: ScoreBreakdownRow[];
  formula: string;
};

/**
 * Scores keep one decimal: with whole points, the 200 largest Instagram accounts (all mega, all
 * strong) held 9 to a score; ranking needs the finer grain. SQL: floor(x * 10 + 0.5) / 10.
 */
export function roundScore(x: number): number {
  return Math.round(x * 10) / 10;
}

const known = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v);
const clamp = (v: number) => Math.max(0, Math.min(100, v));

/**
 * score = round1( sum_i w_i * x_i / sum_i w_i ) (one decimal), x_i = the component's value (clamped 0-100), or its
 * prior when the creator has no data for it. The sums run over the components with weight > 0;
 * fit takes part only with a brief (fit null = no brief: left out, the other weights renormalised).
 * confidence = round(100 * sum of w_i over measured components / sum_i w_i). Nothing weighted -> 0.
 * SQL: lib/queries/search/score-sql.ts overallScoreSql / scoreConfidenceSql, and scout_base_score (no brief).
 */
export function overallScore(parts: ScoreParts, weights: Partial<ScoreWeights> = DEFAULT_WEIGHTS, priors: Partial<Record<DataComponent, number>> = {}): OverallScore {
  const w = normalizeWeights(weights);
  const used = SCORE_KEYS.filter((k) => w[k] > 0 && (k !== "fit" || known(parts.fit)));
  const wSum = used.reduce((s, k) => s + w[k], 0);
  const priorOf = (k: DataComponent) => clamp(known(priors[k]) ? priors[k] : SCORE_PRIORS[k]);
  const breakdown: ScoreBreakdownRow[] = SCORE_KEYS.map((k) => {
    const v = parts[k];
    const value = known(v) ? clamp(v) : null;
    const prior = value === null && k !== "fit" ? priorOf(k) : null;
    const weight = used.includes(k) ? w[k] / wSum : 0;
    return { key: k, value, prior, weight, contribution: weight * (value ?? prior ?? 0) };
  });
  if (used.length === 0) {
    return { score: 0, confidence: 0, missing: [], breakdown, formula: "no component carries weight; score 0" };
  }
  const score = roundScore(breakdown.reduce((s, r) => s + r.contribution, 0));
  const measured = used.filter((k) => known(parts[k])).reduce((s, k) => s + w[k], 0);
  const confidence = Math.round((100 * measured) / wSum);
  const missing = used.filter((k): k is DataComponent => k !== "fit" && !known(parts[k]));
  const terms = breakdown
    .filter((r) => r.weight > 0)
    .map((r) => `${r.weight.toFixed(2)} × ${r.key} ${Math.round((r.value ?? r.prior!) * 10) / 10}${r.value === null ? " (prior)" : ""}`)
    .join(" + ");
  const notes = [
    ...(missing.length ? [`${missing.join(", ")} unknown, counted at the prior`] : []),
    ...(!known(parts.fit) && w.fit > 0 ? ["no brief: fit left out, other weights renormalised"] : []),
  ];
  return { score, confidence, missing, breakdown, formula: `${terms} = ${score}${notes.length ? ` (${notes.join("; ")})` : ""}` };
}

/** What overallScore needs from a stored creator: its component scores and its cost prior. */
export type ScoredCreator = {
  platform: Platform;
  tier: Tier;
  followers: number;
  priceLow: number | null;
  priceHigh: number | null;
  engagementScore: number | null;
  authenticityScore: number | null;
  costScore: number | null;
  /**
   * The cost prior the database stored for this creator ("costPrior", kept by the base-score
   * trigger with scout_cost_prior). Given, it is used as it is, so that a profile or a list scores a
   * creator exactly as search ranked it: the SQL prior rounds its price estimate through numeric and
   * PostgreSQL's ln/power, which may differ from costPriorScore in the last digits.
   */
  costPrior?: number | null;
};

/** A catalog creator's overall score (with its confidence and what is missing); fit null = no brief. */
export function creatorScore(c: ScoredCreator, fit: number | null, weights: Partial<ScoreWeights> = DEFAULT_WEIGHTS): OverallScore {
  return overallScore(
    { engagement: c.engagementScore, fit, authenticity: c.authenticityScore, cost: c.costScore },
    weights,
    { cost: known(c.costPrior) ? c.costPrior : costPriorScore(c.platform, c.tier, c.followers, { low: c.priceLow, high: c.priceHigh }) },
  );
}

/** What each missing component counted as, in words (docs/scoring.md section 7). */
export const PRIOR_TEXT: Readonly<Record<DataComponent, string>> = Object.freeze({
  engagement: "No engagement data: counted at 50, its tier's typical engagement",
  authenticity: "No authenticity signal: counted at 50, neither clean nor flagged",
  cost: "No engagement to price: cost counted at the engagement typical of its size",
});

/** What a person reads: "Confidence 29%: 29% of … data. No engagement data: … . No engagement to price: … ." */
export function scoreConfidenceText(s: Pick<OverallScore, "confidence" | "missing">): string {
  if (s.missing.length === 0) return `Confidence ${s.confidence}%: every component of the score rests on this creator's data.`;
  return `Confidence ${s.confidence}%: ${s.confidence}% of the score's weight rests on this creator's data. ${missingText(s.missing)}`;
}

/** Each missing component and what it counted as, one sentence each. */
export function missingText(missing: readonly DataComponent[]): string {
  return missing.map((k) => `${PRIOR_TEXT[k]}.`).join(" ");
}
