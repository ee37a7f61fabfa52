"use client";
// Thin recharts wrappers: the series come from lib/search/history.ts.
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompact } from "@/lib/domain/format";
import type { HistoryPoint } from "@/lib/search/history";

type Series = {
  dataKey: keyof HistoryPoint;
  label: string;
  ariaLabel: string;
  color: string;
  tick: (v: number) => string;
  value: (v: number) => string;
};

function HistoryLineChart({ data, series }: { data: HistoryPoint[]; series: Series }) {
  return (
    <div className="h-56" role="img" aria-label={series.ariaLabel}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="date" fontSize={11} />
          <YAxis fontSize={11} tickFormatter={series.tick} width={48} />
          <Tooltip formatter={(v) => [series.value(Number(v)), series.label]} />
          <Line type="monotone" dataKey={series.dataKey} stroke={series.color} strokeWidth={2} dot connectNulls isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

const FOLLOWERS: Series = { dataKey: "followers", label: "Followers", ariaLabel: "Follower history chart", color: "#1d4ed8", tick: formatCompact, value: formatCompact };
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
