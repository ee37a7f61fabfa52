// Bounds that let a brief's score sort read only the creators that can reach the page
// (lib/queries/search/score-bound-page.ts, path "score-bound"; docs/search.md).
//
// With a brief, score = round1(sum_k (w_k / wSum) * x_k) over the components with weight, where x_k
// is the component's value or, when the creator has no data for it, its prior (lib/domain/score.ts).
// Nothing is dropped, so wSum = 1 whenever fit has weight. The stored "baseScore" is the same sum
// without fit at the default weights, rounded to one decimal. When the brief's weights give
// engagement, authenticity and cost the default proportions (w_k = (1 - wFit) * d_k / 0.7), the
// unrounded score is, for EVERY creator (complete or not: a missing component counts at the same
// prior in both),
//   raw = (1 - wFit) * baseRaw + wFit * fit
// up to float rounding (EPS below). Both are indexed ("baseScore" B-tree, fit through "fitTerms"),
// which is what bounds the search.
import { DEFAULT_WEIGHTS, normalizeWeights, type ScoreWeights } from "@/lib/domain/score";

const EPS = 1e-6;

/**
 * Fit's share of the score when engagement, authenticity and cost keep the default proportions
 * (any scale: {7, 6, 4, 3} works like the defaults), else null. Null too when fit has no weight
 * (the score is then the stored base score) or all of it (nothing to bound by).
 */
export function fitShareOfScore(weights: Partial<ScoreWeights>): number | null {
  const w = normalizeWeights(weights);
  const d = DEFAULT_WEIGHTS;
  const rest = 1 - w.fit;
  const dRest = 1 - d.fit;
  if (w.fit <= EPS || rest <= EPS) return null;
  const same = (["engagement", "authenticity", "cost"] as const).every((k) => Math.abs(w[k] / rest - d[k] / dRest) < 1e-9);
  return same ? w.fit : null;
}

/**
 * The lowest stored base score (one decimal, as in "baseScore") at which a creator with a fit of at
 * most `maxFit` can still score `minScore` or more. Necessary, not sufficient: every such creator
 * has baseScore >= this value.
 *   score >= S  <=>  raw >= S - 0.05,  raw = (1 - wFit) * baseRaw + wFit * fit
 *   => baseRaw >= (S - 0.05 - wFit * maxFit) / (1 - wFit)  => baseScore = round1(baseRaw) >= round1(that)
 * The slack keeps float rounding on the safe (larger set) side.
 */
export function minBaseScoreFor(minScore: number, maxFit: number, wFit: number): number {
  const raw = (minScore - 0.05 - EPS - wFit * Math.min(100, Math.max(0, maxFit))) / (1 - wFit);
  return Math.floor(raw * 10 + 0.5 - EPS) / 10;
}

/** Fit thresholds of the bands, highest first: at 95 a brief must match almost entirely. */
export const FIT_LEVELS = [95, 90, 85, 80, 70, 60, 45, 30] as const;

export type ScoreReach = {
  /** fit >= minFit and baseScore >= minBase. */
  bands: { minFit: number; minBase: number }[];
  /** baseScore >= this: everyone else (above 100: nobody). */
  highBaseMinBase: number;
};

/**
 * Where the creators that can score `minScore` or more are, using the first `levels` fit levels:
 * the union of the conditions holds all of them (the search ANDs each with the page's filters).
 * - band i: fit >= FIT_LEVELS[i], needing the base of a fit just below the band above it
 *   (minBaseScoreFor at FIT_LEVELS[i-1] - 1, fits being whole numbers; at 100 for the first);
 * - high base: fit below the last band, minBaseScoreFor at FIT_LEVELS[levels-1] - 1.
 * More levels raise the high-base bound (a smaller base-score range) at the price of one more
 * fit lookup each. Bands no base can reach (minBase > 100) are left out.
 */
export function scoreReach(minScore: number, wFit: number, levels = 1): ScoreReach {
  const used = FIT_LEVELS.slice(0, Math.max(1, Math.min(levels, FIT_LEVELS.length)));
  const bands = used.map((minFit, i) => ({ minFit, minBase: minBaseScoreFor(minScore, i === 0 ? 100 : used[i - 1]! - 1, wFit) }));
  return {
    bands: bands.filter((b) => b.minBase <= 100),
    highBaseMinBase: minBaseScoreFor(minScore, used[used.length - 1]! - 1, wFit),
  };
}
