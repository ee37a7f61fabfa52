// The one place compare reads the overall score (lib/domain/score.ts), so a change to its shape
// (confidence, missing components) is met here only.
import { overallScore, type ScoreBreakdownRow } from "../score";
import type { CompareCreator } from "./types";

export type CompareScore = { value: number | null; breakdown: ScoreBreakdownRow[]; formula: string };

/** Default weights; fit only when a brief is chosen. No component known -> null (unknown), never 0. */
export function compareScore(c: CompareCreator, fit: number | null): CompareScore {
  const s = overallScore({ engagement: c.engagementScore, fit, authenticity: c.authenticityScore, cost: c.costScore });
  const anyKnown = s.breakdown.some((r) => r.weight > 0);
  return { value: anyKnown ? s.score : null, breakdown: s.breakdown, formula: s.formula };
}
