"use client";
// Thin recharts wrappers: the series come from lib/search/history.ts.
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompact } from "@/lib/domain/format";
import type { HistoryPoint } from "@/lib/search/history";

export function FollowersChart({ data }: { data: HistoryPoint[] }) {
  return (
    <div className="h-56" role="img" aria-label="Follower history chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="date" fontSize={11} />
          <YAxis fontSize={11} tickFormatter={(v: number) => formatCompact(v)} width={48} />
          <Tooltip formatter={(v) => [formatCompact(Number(v)), "Followers"]} />
          <Line type="monotone" dataKey="followers" stroke="#1d4ed8" strokeWidth={2} dot isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

export function EngagementChart({ data }: { data: HistoryPoint[] }) {
  return (
    <div className="h-56" role="img" aria-label="Engagement rate history chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="date" fontSize={11} />
          <YAxis fontSize={11} tickFormatter={(v: number) => `${v}%`} width={48} />
          <Tooltip formatter={(v) => [`${Number(v).toFixed(2)}%`, "Engagement rate"]} />
          <Line type="monotone" dataKey="erPercent" stroke="#059669" strokeWidth={2} dot connectNulls isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
