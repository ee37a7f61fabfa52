// Bounds that let a brief's score sort read only the creators that can reach the page
// (lib/queries/search.ts, strategy "score-bound"; docs/search.md).
//
// With a brief, score = round(sum w_i v_i / sum w_i) over the components present (engagement, fit,
// authenticity, cost; lib/domain/score.ts). The stored "baseScore" is the same mean without fit at
// the default weights. When the brief's weights give engagement, authenticity and cost the default
// proportions, the unrounded score is a weighted mean of two numbers: the unrounded base score and
// the fit, with fit's share
//   alpha = wFit / (wFit + (1 - wFit) * present / 0.7)   (present: the default weights of the
//                                                          components the creator has, 0.7 if all)
// So for a creator with all three components, score = (1 - wFit) * base + wFit * fit exactly, and
// for any creator the score lies between base and fit. Both are indexed ("baseScore" B-tree, fit
// through "fitTerms"), which is what bounds the search.
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
 * The lowest stored base score (rounded, as in "baseScore") at which a creator with all three
 * components and a fit of at most `maxFit` can still score `minScore` or more. Necessary, not
 * sufficient: every such creator has baseScore >= this value.
 *   score >= S  <=>  raw >= S - 0.5,  raw = (1 - wFit) * baseRaw + wFit * fit
 *   => baseRaw >= (S - 0.5 - wFit * maxFit) / (1 - wFit)  => baseScore = round(baseRaw) >= round(that)
 * The slack keeps float rounding on the safe (larger set) side.
 */
export function minBaseScoreFor(minScore: number, maxFit: number, wFit: number): number {
  const raw = (minScore - 0.5 - EPS - wFit * Math.min(100, Math.max(0, maxFit))) / (1 - wFit);
  return Math.floor(raw + 0.5 - EPS);
}

/** Fit thresholds of the bands, highest first: at 95 a brief must match almost entirely. */
export const FIT_LEVELS = [95, 90, 85, 80, 70, 60, 45, 30] as const;

export type ScoreReach = {
  /** fit >= minFit and baseScore >= minBase (creators with all components). */
  bands: { minFit: number; minBase: number }[];
  /** baseScore >= this: everyone else with all components (above 100: nobody). */
  highBaseMinBase: number;
  /** Creators missing a component with fit or baseScore >= these (the partial index of such creators). */
  incompleteMinFit: number;
  incompleteMinBase: number;
};

/**
 * Where the creators that can score `minScore` or more are, using the first `levels` fit levels:
 * the union of the conditions holds all of them (the search ANDs each with the page's filters).
 * - band i: fit >= FIT_LEVELS[i], needing the base of a fit just below the band above it
 *   (minBaseScoreFor at FIT_LEVELS[i-1] - 1; at 100 for the first);
 * - high base: fit below the last band, minBaseScoreFor at FIT_LEVELS[levels-1] - 1;
 * - a creator missing a component scores between its base and its fit, so it needs base or fit
 *   >= minScore - 0.5: `incompleteMinBase` (minScore - 1, for float slack) or `incompleteMinFit`
 *   (fits are integers).
 * More levels raise the high-base bound (a smaller base-score range) at the price of one more
 * fit lookup each. Bands no base can reach (minBase > 100) are left out.
 */
export function scoreReach(minScore: number, wFit: number, levels = 1): ScoreReach {
  const used = FIT_LEVELS.slice(0, Math.max(1, Math.min(levels, FIT_LEVELS.length)));
  const bands = used.map((minFit, i) => ({ minFit, minBase: minBaseScoreFor(minScore, i === 0 ? 100 : used[i - 1]! - 1, wFit) }));
  return {
    bands: bands.filter((b) => b.minBase <= 100),
    highBaseMinBase: minBaseScoreFor(minScore, used[used.length - 1]! - 1, wFit),
    incompleteMinFit: Math.max(0, minScore),
    incompleteMinBase: minScore - 1,
  };
}
