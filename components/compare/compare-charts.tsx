"use client";
// Thin recharts views of the series from lib/domain/compare/series.ts.
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartTable } from "@/components/charts/chart-table";
import { dayToTime, logDomain, logTicks, needsLogScale, timeTicks } from "@/lib/domain/chart-scale";
import { formatAxisDate, formatCompact, formatDate, formatInteger, formatMoney, formatUnitCost } from "@/lib/domain/format";
import type { CompareCharts } from "@/lib/domain/compare";

const COLORS = ["#1d4ed8", "#059669", "#d97706", "#7c3aed", "#dc2626", "#0891b2"];

/** Axis labels stay horizontal and short (rotated ones were cut off at the chart's edge); the table has them in full. */
const shortLabel = (s: string) => (s.length > 9 ? `${s.slice(0, 8)}…` : s);

function Frame({ title, how, label, children, notes, table, scale }: {
  title: string; how: string; label: string; children: React.ReactElement; notes?: string[]; table: React.ReactNode; scale?: "log" | "linear";
}) {
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4">
      <figcaption>
        <h3 className="text-sm font-medium">{title}</h3>
        <p className="text-xs text-slate-500">{how}</p>
      </figcaption>
      <div className="mt-2 h-64" role="img" aria-label={label} data-scale={scale}>
        <ResponsiveContainer width="100%" height="100%">{children}</ResponsiveContainer>
      </div>
      {notes?.length ? <p className="mt-1 text-xs text-slate-500">{notes.join(" · ")}</p> : null}
      {table}
    </figure>
  );
}

export function CompareChartsView({ charts }: { charts: CompareCharts }) {
  const { followerHistory, engagement, cpe } = charts;
  const engagementNotes = engagement.filter((p) => p.note).map((p) => `${p.label}: ${p.note}`);
  const cpeNotes = cpe.points.filter((p) => p.note).map((p) => `${p.label}: ${p.note}`);
  const currency = cpe.currency ?? "USD";
  // Micro and mega creators side by side span orders of magnitude: a log axis, or the micro lines lie flat.
  const history = followerHistory.data.map((row) => ({ ...row, t: dayToTime(row.date) }));
  const followerValues = followerHistory.data.flatMap((row) => followerHistory.lines.map((l) => row[l.key] as number | undefined));
  const log = needsLogScale(followerValues);
  const domain = logDomain(followerValues);
  const times = history.map((r) => r.t);
  const cpeValues = cpe.points.map((p) => p.cpe);
  const cpeLog = needsLogScale(cpeValues);
  const cpeDomain = logDomain(cpeValues);
  const year = times.length ? new Date(times[times.length - 1]!).getUTCFullYear() : undefined;
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <Frame title="Follower history" label="Follower history chart, one line per creator" scale={log ? "log" : "linear"}
        how={`One line per creator: each import snapshot plus the current figure${log ? "; log scale (each gridline ten times the one below), so small and large accounts both show" : ""}.`}
        table={<ChartTable caption="Followers at each measurement, per creator" columns={["Date", ...followerHistory.lines.map((l) => l.label)]}
          rows={followerHistory.data.map((row) => [row.date, ...followerHistory.lines.map((l) => (typeof row[l.key] === "number" ? formatInteger(row[l.key] as number) : "—"))])} />}>
        <LineChart data={history} margin={{ top: 8, right: 24, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} ticks={timeTicks(times, 4)} tickFormatter={(t: number) => formatAxisDate(t, year)} fontSize={11} />
          {log ? (
            <YAxis fontSize={11} scale="log" domain={domain} ticks={logTicks(domain)} allowDataOverflow tickFormatter={(v: number) => formatCompact(v)} width={48} />
          ) : (
            <YAxis fontSize={11} tickFormatter={(v: number) => formatCompact(v)} width={48} />
          )}
          <Tooltip labelFormatter={(t) => formatDate(Number(t))} formatter={(v) => formatInteger(Number(v))} />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          {followerHistory.lines.map((l, i) => (
            <Line key={l.key} type="linear" dataKey={l.key} name={l.label} stroke={COLORS[i % COLORS.length]} strokeWidth={2} dot connectNulls isAnimationActive={false} />
          ))}
        </LineChart>
      </Frame>
      <Frame
        title="Engagement rate against the tier's band"
        how="Dark bar: the creator's rate. Light bar: the average band for its platform and tier (published benchmarks)."
        label="Engagement rate chart with each tier's benchmark band"
        notes={engagementNotes}
        table={<ChartTable caption="Engagement rate and the tier's band, per creator" columns={["Creator", "Engagement rate", "Tier band"]}
          rows={engagement.map((p) => [p.label, p.ratePercent === null ? "—" : `${p.ratePercent.toFixed(2)}%`, `${p.band[0]}%–${p.band[1]}%`])} />}
      >
        <BarChart data={engagement} margin={{ top: 8, right: 16, bottom: 0, left: 24 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="label" fontSize={10} interval={0} tickFormatter={shortLabel} height={28} />
          <YAxis fontSize={11} tickFormatter={(v: number) => `${v}%`} width={44} />
          <Tooltip formatter={(v) => (Array.isArray(v) ? `${v[0]}%–${v[1]}%` : `${Number(v).toFixed(2)}%`)} />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          <Bar dataKey="band" name="Tier benchmark band" fill="#94a3b8" isAnimationActive={false} />
          <Bar dataKey="ratePercent" name="Engagement rate" fill="#059669" isAnimationActive={false} />
        </BarChart>
      </Frame>
      <Frame title="Cost per engagement" how={`Mid price / expected engagements per post, in ${currency}. Lower is better.${cpeLog ? " Log scale: each gridline ten times the one below." : ""}`} label="Cost per engagement chart" notes={cpeNotes} scale={cpeLog ? "log" : "linear"}
        table={<ChartTable caption="Cost per engagement, per creator" columns={["Creator", `CPE (${currency})`]} rows={cpe.points.map((p) => [p.label, formatUnitCost(p.cpe, currency)])} />}>
        <BarChart data={cpe.points} margin={{ top: 8, right: 16, bottom: 0, left: 24 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="label" fontSize={10} interval={0} tickFormatter={shortLabel} height={28} />
          {cpeLog ? (
            <YAxis fontSize={11} scale="log" domain={cpeDomain} ticks={logTicks(cpeDomain)} allowDataOverflow tickFormatter={(v: number) => formatUnitCost(v, currency)} width={52} />
          ) : (
            <YAxis fontSize={11} tickFormatter={(v: number) => formatMoney(v, currency)} width={52} />
          )}
          <Tooltip formatter={(v) => formatUnitCost(Number(v), currency)} />
          <Bar dataKey="cpe" name="Cost per engagement" fill="#d97706" isAnimationActive={false} />
        </BarChart>
      </Frame>
    </div>
  );
}
