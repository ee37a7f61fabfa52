// Overall 0-100 score: weighted mean of the available component scores.

export type ScoreWeights = { engagement: number; fit: number; authenticity: number; cost: number };
export const SCORE_KEYS = ["engagement", "fit", "authenticity", "cost"] as const satisfies readonly (keyof ScoreWeights)[];

export const DEFAULT_WEIGHTS: Readonly<ScoreWeights> = Object.freeze({ engagement: 0.35, fit: 0.3, authenticity: 0.2, cost: 0.15 });

/** Negative / non-finite weights become 0; the rest are scaled to sum to 1; all zero -> DEFAULT_WEIGHTS. */
export function normalizeWeights(w: Partial<ScoreWeights>): ScoreWeights {
  const clean = (x: number | undefined) => (typeof x === "number" && Number.isFinite(x) && x > 0 ? x : 0);
  const raw = { engagement: clean(w.engagement), fit: clean(w.fit), authenticity: clean(w.authenticity), cost: clean(w.cost) };
  const sum = raw.engagement + raw.fit + raw.authenticity + raw.cost;
  if (sum <= 0) return { ...DEFAULT_WEIGHTS };
  return { engagement: raw.engagement / sum, fit: raw.fit / sum, authenticity: raw.authenticity / sum, cost: raw.cost / sum };
}

export type ScoreParts = { engagement: number | null; fit: number | null; authenticity: number | null; cost: number | null };
export type ScoreBreakdownRow = { key: keyof ScoreWeights; value: number | null; weight: number; contribution: number };

const LABELS: Record<keyof ScoreWeights, string> = { engagement: "engagement", fit: "fit", authenticity: "authenticity", cost: "cost" };

/**
 * score = round( sum_i w_i * v_i / sum_i w_i ) over components i with a value (values clamped to 0-100).
 * Missing components are dropped and the remaining weights renormalised; `weight` in the breakdown is the
 * effective weight (0 for dropped components). All missing -> score 0 with an explanation.
 * SQL: (w_e*COALESCE(e,0) + ...) / NULLIF(w_e*(e IS NOT NULL)::int + ..., 0).
 */
export function overallScore(parts: ScoreParts, weights: Partial<ScoreWeights> = DEFAULT_WEIGHTS): {
  score: number;
  breakdown: ScoreBreakdownRow[];
  formula: string;
} {
  const w = normalizeWeights(weights);
  const present = SCORE_KEYS.filter((k) => {
    const v = parts[k];
    return typeof v === "number" && Number.isFinite(v) && w[k] > 0;
  });
  const wSum = present.reduce((s, k) => s + w[k], 0);
  const breakdown: ScoreBreakdownRow[] = SCORE_KEYS.map((k) => {
    const v = parts[k];
    const value = typeof v === "number" && Number.isFinite(v) ? Math.max(0, Math.min(100, v)) : null;
    const weight = present.includes(k) && wSum > 0 ? w[k] / wSum : 0;
    return { key: k, value, weight, contribution: value === null ? 0 : weight * value };
  });
  if (present.length === 0) {
    return { score: 0, breakdown, formula: "no component scores available; score 0" };
  }
  const total = breakdown.reduce((s, r) => s + r.contribution, 0);
  const score = Math.round(total);
  const terms = breakdown
    .filter((r) => r.weight > 0)
    .map((r) => `${r.weight.toFixed(2)} × ${LABELS[r.key]} ${Math.round(r.value! * 10) / 10}`)
    .join(" + ");
  const dropped = SCORE_KEYS.filter((k) => !present.includes(k) && w[k] > 0);
  const note = dropped.length ? ` (${dropped.map((k) => LABELS[k]).join(", ")} missing; remaining weights renormalised)` : "";
  return { score, breakdown, formula: `${terms} = ${score}${note}` };
}
