// How much of a score rests on data: a small marker beside the score (search table, compare),
// shown only when a component was counted at its prior, with the reason as its tooltip.
import { scoreConfidenceText, type OverallScore } from "@/lib/domain/score";

export function ScoreConfidenceMark({ confidence, missing }: Pick<OverallScore, "confidence" | "missing">) {
  if (missing.length === 0) return null;
  const text = scoreConfidenceText({ confidence, missing });
  return (
    <span
      title={text}
      data-testid="score-confidence"
      className="ml-1 inline-block rounded bg-amber-100 px-1 align-middle text-[10px] font-medium leading-4 text-amber-800"
    >
      <span aria-hidden>{confidence}%</span>
      <span className="sr-only">{text}</span>
    </span>
  );
}
