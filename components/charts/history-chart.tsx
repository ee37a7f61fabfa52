"use client";
// Thin recharts wrappers: the series come from lib/search/history.ts. Dates on a real time axis
// (measurements a week and a month apart are drawn a week and a month apart), straight lines
// between the measured points (no smoothing that invents values in between), a table beside.
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartTable } from "@/components/charts/chart-table";
import { dayToTime, timeTicks } from "@/lib/domain/chart-scale";
import { formatAxisDate, formatCompact, formatDate, formatInteger } from "@/lib/domain/format";
import type { HistoryPoint } from "@/lib/search/history";

type Series = {
  dataKey: "followers" | "erPercent";
  label: string;
  ariaLabel: string;
  color: string;
  tick: (v: number) => string;
  value: (v: number) => string;
};

function HistoryLineChart({ data, series }: { data: HistoryPoint[]; series: Series }) {
  const points = data.map((p) => ({ ...p, t: dayToTime(p.date) }));
  const times = points.map((p) => p.t);
  const year = times.length ? new Date(times[times.length - 1]!).getUTCFullYear() : undefined;
  return (
    <>
      <div className="h-56" role="img" aria-label={series.ariaLabel} data-axis="time">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 8, right: 24, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} ticks={timeTicks(times)} tickFormatter={(t: number) => formatAxisDate(t, year)} fontSize={11} />
            <YAxis fontSize={11} tickFormatter={series.tick} width={48} />
            <Tooltip labelFormatter={(t) => formatDate(Number(t))} formatter={(v) => [series.value(Number(v)), series.label]} />
            <Line type="linear" dataKey={series.dataKey} stroke={series.color} strokeWidth={2} dot connectNulls isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <ChartTable caption={`${series.label} at each measurement`} columns={["Date", series.label]}
        rows={data.map((p) => [p.date, p[series.dataKey] === null ? "—" : series.value(p[series.dataKey] as number)])} />
    </>
  );
}

const FOLLOWERS: Series = { dataKey: "followers", label: "Followers", ariaLabel: "Follower history chart", color: "#1d4ed8", tick: formatCompact, value: formatInteger };
const ENGAGEMENT: Series = {
  dataKey: "erPercent",
  label: "Engagement rate",
  ariaLabel: "Engagement rate history chart",
  color: "#059669",
  tick: (v) => `${v}%`,
  value: (v) => `${v.toFixed(2)}%`,
};

export function FollowersChart({ data }: { data: HistoryPoint[] }) {
  return <HistoryLineChart data={data} series={FOLLOWERS} />;
}

export function EngagementChart({ data }: { data: HistoryPoint[] }) {
  return <HistoryLineChart data={data} series={ENGAGEMENT} />;
}
