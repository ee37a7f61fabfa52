"use client";
// Thin recharts wrappers: the series come from engagementTimeline and actualVsPredicted
// (lib/domain/campaigns); each chart has its table view beside it.
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { linearTicks } from "@/lib/domain/chart-scale";
import { formatCompact, formatInteger, NO_DATA } from "@/lib/domain/format";
import { formatHandle } from "@/lib/domain/handles";

export type TimelineRow = { day: string; actual: number; planned: number | null; posts: number };
export type CreatorBarRow = { handle: string; actual: number | null; predicted: number | null; postsIn: number; postsPlanned: number };

const tick = (v: number) => formatCompact(v);
const cell = (v: number | null) => (v === null ? NO_DATA : formatInteger(v));
/** Legend text in the page's ink (a pale series colour would not be read). */
const legendText = (v: string) => <span style={{ color: "#334155" }}>{v}</span>;

export function CampaignCharts({ timeline, undated, bars, logBars }: { timeline: TimelineRow[]; undated: number; bars: CreatorBarRow[]; logBars: boolean }) {
  // A log axis cannot show 0 or unknown: those bars are left out of the chart (the table has them).
  const barData = logBars ? bars.map((b) => ({ ...b, actual: b.actual && b.actual > 0 ? b.actual : null, predicted: b.predicted && b.predicted > 0 ? b.predicted : null })) : bars;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <figure className="rounded-lg border border-slate-200 bg-white p-4" data-testid="chart-timeline">
        <figcaption className="text-sm font-semibold">Engagements over time, cumulative, against the plan</figcaption>
        <p className="text-xs text-slate-500">Plan: the predicted engagements of every planned post, spread evenly from the first to the last day.{undated ? ` ${undated} posts without a date are not drawn.` : ""}</p>
        <div className="h-60" role="img" aria-label="Line chart of cumulative engagements by day against the plan">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={timeline} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
              <XAxis dataKey="day" fontSize={11} />
              <YAxis fontSize={11} tickFormatter={tick} width={52} />
              <Tooltip formatter={(v, name) => [formatInteger(Number(v)), String(name)]} />
              <Legend formatter={legendText} wrapperStyle={{ fontSize: 11 }} />
              <Line type="stepAfter" dataKey="actual" name="Actual" stroke="#059669" strokeWidth={2} dot={false} isAnimationActive={false} />
              <Line type="linear" dataKey="planned" name="Plan" stroke="#64748b" strokeDasharray="5 4" dot={false} isAnimationActive={false} connectNulls />
            </LineChart>
          </ResponsiveContainer>
        </div>
        <details className="mt-2 text-xs">
          <summary className="cursor-pointer text-brand-700">Table view</summary>
          <table className="mt-2 w-full text-left">
            <thead><tr><th className="py-1">Day</th><th className="text-right">Actual (cumulative)</th><th className="text-right">Plan</th><th className="text-right">Posts</th></tr></thead>
            <tbody>{timeline.map((r) => <tr key={r.day}><td className="py-0.5">{r.day}</td><td className="text-right tabular-nums">{formatInteger(r.actual)}</td><td className="text-right tabular-nums">{cell(r.planned)}</td><td className="text-right tabular-nums">{r.posts}</td></tr>)}</tbody>
          </table>
        </details>
      </figure>
      <figure className="rounded-lg border border-slate-200 bg-white p-4" data-testid="chart-creators">
        <figcaption className="text-sm font-semibold">Engagements per creator: actual against predicted</figcaption>
        <p className="text-xs text-slate-500">Predicted: the frozen prediction per post × the posts in so far.{logBars ? " Log scale: the values span more than two orders of magnitude." : ""}</p>
        <div className="h-60" role="img" aria-label="Bar chart of actual and predicted engagements per creator">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={barData} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
              <XAxis dataKey="handle" fontSize={10} interval={0} angle={-30} textAnchor="end" height={50} />
              <YAxis fontSize={11} tickFormatter={tick} width={52} scale={logBars ? "log" : "auto"} domain={logBars ? ["auto", "auto"] : [0, "dataMax"]} ticks={logBars ? undefined : linearTicks(bars.flatMap((b) => [b.actual, b.predicted]))} allowDataOverflow={logBars} />
              <Tooltip formatter={(v, name) => [formatInteger(Number(v)), String(name)]} />
              {/* In the bars' order: predicted, then actual. */}
              <Legend itemSorter={(i) => (i.dataKey === "predicted" ? 0 : 1)} formatter={legendText} wrapperStyle={{ fontSize: 11 }} />
              <Bar dataKey="predicted" name="Predicted" fill="#cbd5e1" isAnimationActive={false} />
              <Bar dataKey="actual" name="Actual" fill="#059669" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <details className="mt-2 text-xs">
          <summary className="cursor-pointer text-brand-700">Table view</summary>
          <table className="mt-2 w-full text-left">
            <thead><tr><th className="py-1">Creator</th><th className="text-right">Actual</th><th className="text-right">Predicted</th><th className="text-right">Posts in / planned</th></tr></thead>
            <tbody>{bars.map((r) => <tr key={r.handle}><td className="py-0.5">{formatHandle(r.handle)}</td><td className="text-right tabular-nums">{cell(r.actual)}</td><td className="text-right tabular-nums">{cell(r.predicted)}</td><td className="text-right tabular-nums">{r.postsIn} / {r.postsPlanned}</td></tr>)}</tbody>
          </table>
        </details>
      </figure>
    </div>
  );
}
