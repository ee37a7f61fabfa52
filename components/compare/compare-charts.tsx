"use client";
// Thin recharts views of the series from lib/domain/compare/series.ts.
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompact, formatMoney } from "@/lib/domain/format";
import type { CompareCharts } from "@/lib/domain/compare";

const COLORS = ["#1d4ed8", "#059669", "#d97706", "#7c3aed", "#dc2626", "#0891b2"];

function Frame({ title, how, label, children, notes }: { title: string; how: string; label: string; children: React.ReactElement; notes?: string[] }) {
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4">
      <figcaption>
        <h3 className="text-sm font-medium">{title}</h3>
        <p className="text-xs text-slate-500">{how}</p>
      </figcaption>
      <div className="mt-2 h-64" role="img" aria-label={label}>
        <ResponsiveContainer width="100%" height="100%">{children}</ResponsiveContainer>
      </div>
      {notes?.length ? <p className="mt-1 text-xs text-slate-500">{notes.join(" · ")}</p> : null}
    </figure>
  );
}

export function CompareChartsView({ charts }: { charts: CompareCharts }) {
  const { followerHistory, engagement, cpe } = charts;
  const engagementNotes = engagement.filter((p) => p.note).map((p) => `${p.label}: ${p.note}`);
  const cpeNotes = cpe.points.filter((p) => p.note).map((p) => `${p.label}: ${p.note}`);
  const currency = cpe.currency ?? "USD";
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <Frame title="Follower history" how="One line per creator: each import snapshot plus the current figure." label="Follower history chart, one line per creator">
        <LineChart data={followerHistory.data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="date" fontSize={11} />
          <YAxis fontSize={11} tickFormatter={(v: number) => formatCompact(v)} width={48} />
          <Tooltip formatter={(v) => formatCompact(Number(v))} />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          {followerHistory.lines.map((l, i) => (
            <Line key={l.key} type="monotone" dataKey={l.key} name={l.label} stroke={COLORS[i % COLORS.length]} strokeWidth={2} dot connectNulls isAnimationActive={false} />
          ))}
        </LineChart>
      </Frame>
      <Frame
        title="Engagement rate against the tier's band"
        how="Dark bar: the creator's rate. Light bar: the average band for its platform and tier (published benchmarks)."
        label="Engagement rate chart with each tier's benchmark band"
        notes={engagementNotes}
      >
        <BarChart data={engagement} margin={{ top: 8, right: 16, bottom: 0, left: 24 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="label" fontSize={10} interval={0} angle={-20} textAnchor="end" height={48} />
          <YAxis fontSize={11} tickFormatter={(v: number) => `${v}%`} width={44} />
          <Tooltip formatter={(v) => (Array.isArray(v) ? `${v[0]}%–${v[1]}%` : `${Number(v).toFixed(2)}%`)} />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          <Bar dataKey="band" name="Tier benchmark band" fill="#94a3b8" isAnimationActive={false} />
          <Bar dataKey="ratePercent" name="Engagement rate" fill="#059669" isAnimationActive={false} />
        </BarChart>
      </Frame>
      <Frame title="Cost per engagement" how={`Mid price / expected engagements per post, in ${currency}. Lower is better.`} label="Cost per engagement chart" notes={cpeNotes}>
        <BarChart data={cpe.points} margin={{ top: 8, right: 16, bottom: 0, left: 24 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="label" fontSize={10} interval={0} angle={-20} textAnchor="end" height={48} />
          <YAxis fontSize={11} tickFormatter={(v: number) => formatMoney(v, currency)} width={52} />
          <Tooltip formatter={(v) => formatMoney(Number(v), currency)} />
          <Bar dataKey="cpe" name="Cost per engagement" fill="#d97706" isAnimationActive={false} />
        </BarChart>
      </Frame>
    </div>
  );
}
