// The one place compare reads the overall score (lib/domain/score.ts creatorScore: a missing
// component counts at its prior, and the score carries its confidence and what is missing).
import { creatorScore, scoreConfidenceText, type DataComponent, type ScoreBreakdownRow } from "../score";
import type { CompareCreator } from "./types";

export type CompareScore = { value: number; confidence: number; missing: DataComponent[]; confidenceText: string; breakdown: ScoreBreakdownRow[]; formula: string };

/** Default weights; fit only when a brief is chosen. */
export function compareScore(c: CompareCreator, fit: number | null): CompareScore {
  const s = creatorScore(c, fit);
  return { value: s.score, confidence: s.confidence, missing: s.missing, confidenceText: scoreConfidenceText(s), breakdown: s.breakdown, formula: s.formula };
}
