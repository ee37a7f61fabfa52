// Why this score: each component's value (or the prior it counted at when the creator has no data
// for it), effective weight and contribution, the score's confidence, plus the fit reasons.
import { FIT_POINTS_TEXT, type FitReason } from "@/lib/domain/fit";
import { formatScore } from "@/lib/domain/format";
import { missingText, PRIOR_TEXT, scoreConfidenceText, type OverallScore } from "@/lib/domain/score";

const LABEL: Record<string, string> = { engagement: "Engagement quality", fit: "Niche fit", authenticity: "Authenticity", cost: "Cost efficiency" };
const HOW: Record<string, string> = {
  engagement: "engagement rate against the platform/tier benchmark: 50 at the band's middle, 80 at its top, 90 at twice the top, approaching 100 beyond",
  fit: `points: ${FIT_POINTS_TEXT} (keywords in the bio)`,
  authenticity: "100 minus the penalties listed under Authenticity",
  cost: "cost per engagement: $5 or more = 0, $0.50 = 50, $0.05 = 90 (log scale, approaching 100 below)",
};

export function ScoreBreakdown({ score: s, fitReasons, briefName }: { score: OverallScore; fitReasons: FitReason[] | null; briefName: string | null }) {
  const { score, breakdown, formula, confidence, missing } = s;
  return (
    <section aria-labelledby="score-h" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="score-h" className="font-semibold">Score breakdown <span className="ml-2 text-2xl tabular-nums">{formatScore(score)}</span><span className="text-sm text-slate-500">/100</span></h2>
      <p data-testid="score-confidence-text" className={`mt-1 rounded px-2 py-1 text-xs ${missing.length ? "bg-amber-50 text-amber-900" : "text-slate-600"}`}>
        {missing.length ? (
          <>
            <strong>Confidence {confidence}%</strong>: {confidence}% of the score’s weight rests on this creator’s data.{" "}
            {missingText(missing)}
          </>
        ) : scoreConfidenceText(s)}
      </p>
      <table className="mt-2 w-full text-sm">
        <thead className="text-left text-xs uppercase text-slate-500">
          <tr><th className="py-1">Component</th><th className="py-1 pl-3 text-right">Value</th><th className="py-1 pl-3 text-right">Weight</th><th className="py-1 pl-3 text-right">Points</th></tr>
        </thead>
        <tbody>
          {breakdown.map((r) => (
            <tr key={r.key} className="border-t border-slate-100" title={HOW[r.key]}>
              <td className="py-1">{LABEL[r.key]}<div className="text-xs text-slate-500">{HOW[r.key]}</div></td>
              <td className="py-1 pl-3 text-right tabular-nums">
                {r.value !== null ? Math.round(r.value * 10) / 10 : r.prior !== null ? <span title={PRIOR_TEXT[r.key as keyof typeof PRIOR_TEXT]}>unknown · prior {Math.round(r.prior * 10) / 10}</span> : "no brief"}
              </td>
              <td className="py-1 pl-3 text-right tabular-nums">{Math.round(r.weight * 100)}%</td>
              <td className="py-1 pl-3 text-right tabular-nums">{r.contribution.toFixed(1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-xs text-slate-600" data-testid="score-formula">{formula}</p>
      {fitReasons ? (
        <div className="mt-3">
          <h3 className="text-sm font-medium">Fit to “{briefName}”</h3>
          <ul className="mt-1 list-disc pl-5 text-sm text-slate-700">
            {fitReasons.map((r) => <li key={r.factor}>{r.detail}</li>)}
          </ul>
        </div>
      ) : (
        <p className="mt-3 text-xs text-slate-500">Pick a brief on the search page to see niche fit; without one, fit is dropped and the other weights renormalised.</p>
      )}
    </section>
  );
}
