// Micro against macro from the organisation's own campaigns, per tier, with the counts behind each
// figure and the priors beside them.
import { CALIBRATION_THRESHOLD, figureText, type TierOutcome } from "@/lib/domain/campaigns";
import { formatPercent } from "@/lib/domain/format";

const th = "px-2 py-1.5 text-right font-semibold";
const td = "px-2 py-1 text-right tabular-nums";

export function TierOutcomes({ rows }: { rows: TierOutcome[] }) {
  if (!rows.length) return null;
  const t = CALIBRATION_THRESHOLD;
  return (
    <section aria-labelledby="outcomes-h" className="space-y-2">
      <h2 id="outcomes-h" className="font-semibold">Micro against macro, from your own results</h2>
      <p className="text-xs text-slate-600">Across all your campaigns, per tier at launch. “Planned CPE” is what the planner predicted for the same bookings (fees ÷ predicted engagements of every planned post); the benchmark is Instagram&apos;s published average engagement band (Modash). A tier counts as calibrated from {t.posts} posts by {t.creators} creators in {t.campaigns} campaigns (docs/campaigns.md).</p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm" data-testid="tier-outcomes">
          <thead className="bg-slate-50 text-xs text-slate-500">
            <tr><th className="px-2 py-1.5 text-left">Tier</th><th className={th}>Campaigns</th><th className={th}>Creators</th><th className={th}>Posts</th><th className={th}>CPE</th><th className={th}>Planned CPE</th><th className={th}>CPM</th><th className={th}>ROAS</th><th className={th}>ER (foll.)</th><th className={th}>Benchmark ER</th><th className="px-2 py-1.5 text-left">Enough data?</th></tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.tier}>
                <td className="px-2 py-1 capitalize">{r.tier}</td>
                <td className={td}>{r.campaigns}</td><td className={td}>{r.figures.creators}</td><td className={td}>{r.figures.posts}</td>
                <td className={td}>{figureText("cpe", r.figures)}</td><td className={td}>{figureText("cpe", { ...r.figures, cpe: r.figures.predictedCpe })}</td>
                <td className={td}>{figureText("cpm", r.figures)}</td><td className={td}>{figureText("roas", r.figures)}</td><td className={td}>{figureText("erByFollowers", r.figures)}</td>
                <td className={td}>{r.benchmarkEr ? `${formatPercent(r.benchmarkEr.low, 2)}–${formatPercent(r.benchmarkEr.high, 2)}` : "—"}</td>
                <td className="px-2 py-1 text-xs">{r.calibrated ? "yes" : `not yet (${r.figures.posts}/${t.posts} posts)`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
