// The report as the team and, read-only, the client see it: headline figures with their formulas,
// the disclosure flags, the two charts with their table views, and the tables per tier, creator and post.
import { actualVsPredicted, engagementTimeline, wantsLogScale, type CampaignReport } from "@/lib/domain/campaigns";
import { CampaignCharts } from "./campaign-charts";
import { FigureCards } from "./figure-cards";
import { CreatorTable, PostTable, TierTable } from "./report-tables";

type Props = { report: CampaignReport; currency: string; startsOn: Date; endsOn: Date | null; showMoney?: boolean; feeEstimated?: ReadonlySet<string> };

export function CampaignReportView({ report, currency, startsOn, endsOn, showMoney = true, feeEstimated }: Props) {
  const timeline = engagementTimeline(report, startsOn, endsOn ?? undefined);
  const bars = actualVsPredicted(report);
  const logBars = wantsLogScale(bars.flatMap((b) => [b.actual, b.predicted]));
  const nul = <T,>(v: T | undefined) => (v === undefined ? null : v);
  return (
    <div className="space-y-4">
      <FigureCards figures={report.total.figures} currency={currency} showMoney={showMoney} />
      {report.undisclosed.length ? (
        <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-800" data-testid="disclosure-alert">
          <strong>{report.undisclosed.length} sponsored {report.undisclosed.length === 1 ? "post has" : "posts have"} no disclosure</strong> in the caption (#ad, #sponsored, “paid partnership”, or a local form such as #anzeige or #publicidad):{" "}
          {report.undisclosed.slice(0, 5).map((p) => p.url.replace(/^https?:\/\//, "")).join(", ")}{report.undisclosed.length > 5 ? ", …" : ""}
        </div>
      ) : null}
      <CampaignCharts
        timeline={timeline.points.map((p) => ({ ...p, planned: nul(p.planned) }))}
        undated={timeline.undated}
        bars={bars.map((b) => ({ ...b, actual: nul(b.actual), predicted: nul(b.predicted) }))}
        logBars={logBars}
      />
      <section className="space-y-2" aria-labelledby="tiers-h">
        <h2 id="tiers-h" className="font-semibold">Per tier</h2>
        <TierTable report={report} currency={currency} showMoney={showMoney} />
      </section>
      <section className="space-y-2" aria-labelledby="creators-h">
        <h2 id="creators-h" className="font-semibold">Per creator</h2>
        <CreatorTable report={report} currency={currency} showMoney={showMoney} feeEstimated={feeEstimated} />
      </section>
      <section className="space-y-2" aria-labelledby="posts-h">
        <h2 id="posts-h" className="font-semibold">Posts <span className="font-normal text-slate-500">· {report.total.figures.posts} in of {report.total.figures.postsPlanned} planned</span></h2>
        <PostTable report={report} />
      </section>
    </div>
  );
}
