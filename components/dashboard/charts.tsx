"use client";
// The dashboard's charts: thin recharts wrappers over series from lib/domain/insights/series.ts.
import { Bar, BarChart, CartesianGrid, ErrorBar, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { linearTicks } from "@/lib/domain/chart-scale";
import { formatCompact, formatPlatform } from "@/lib/domain/format";
import { TIER_LABELS } from "@/lib/domain/tiers";
import { TIERS } from "@/lib/domain/types";

const TIER_COLORS = { nano: "#94a3b8", micro: "#2563eb", mid: "#7c3aed", macro: "#db2777", mega: "#ea580c" } as const;
/** Legend text in the page's ink, not in the series' colour (a pale benchmark grey would not be read). */
const legendText = (v: string) => <span style={{ color: "#334155" }}>{v}</span>;
/**
 * An axis title. A rotated one is centred on its axis (textAnchor "middle"): anchored at the start, as
 * recharts places "insideLeft", it ran up from the axis' middle past its top, and out of a phone's chart.
 */
const axisLabel = (value: string, angle = 0) => ({
  value, angle, position: angle ? ("insideLeft" as const) : ("insideBottom" as const), offset: angle ? 10 : -4, fontSize: 11, fill: "#475569",
  ...(angle ? { textAnchor: "middle" as const } : {}),
});

export function PlatformTierChart({ rows }: { rows: ({ platform: string } & Record<string, number | string>)[] }) {
  return (
    <div className="h-64" role="img" aria-label="Creators per platform, stacked by tier">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 16, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="platform" fontSize={11} tickFormatter={(v: string) => formatPlatform(v)} label={axisLabel("Platform")} />
          <YAxis fontSize={11} tickFormatter={(v: number) => formatCompact(v)} width={56} label={axisLabel("Creators", -90)} />
          <Tooltip labelFormatter={(v) => formatPlatform(String(v))} formatter={(v, name) => [Number(v).toLocaleString("en-US"), TIER_LABELS[name as keyof typeof TIER_LABELS] ?? String(name)]} />
          <Legend itemSorter={(item) => TIERS.indexOf(item.dataKey as (typeof TIERS)[number])} formatter={(v: string) => legendText(TIER_LABELS[v as keyof typeof TIER_LABELS] ?? v)} wrapperStyle={{ fontSize: 11, paddingTop: 8 }} />
          {TIERS.map((t) => <Bar key={t} dataKey={t} stackId="tiers" fill={TIER_COLORS[t]} isAnimationActive={false} />)}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function CountBarChart({ rows, label, ariaLabel }: { rows: { key: string; count: number }[]; label: string; ariaLabel: string }) {
  // The axis ends at its last round tick: ending at the data's maximum put that tick's label at the wrong place.
  const xTicks = linearTicks(rows.map((r) => r.count));
  return (
    <div className="h-64" role="img" aria-label={ariaLabel}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 16, bottom: 16, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis type="number" fontSize={11} domain={[0, xTicks[xTicks.length - 1]!]} ticks={xTicks} tickFormatter={(v: number) => formatCompact(v)} label={axisLabel("Creators")} />
          {/* Every bar named (interval 0): a label skipped would leave a bar nobody can read. */}
          <YAxis type="category" dataKey="key" fontSize={10} width={110} interval={0} label={axisLabel(label, -90)} />
          <Tooltip formatter={(v) => [Number(v).toLocaleString("en-US"), "Creators"]} />
          <Bar dataKey="count" fill="#2563eb" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

type ErPoint = { tier: string; median: number; p25: number; p75: number; iqr: [number, number]; benchLow: number; benchHigh: number; n: number };

/** Median engagement rate per tier with its interquartile range as error bars, beside the published band's middle. */
export function EngagementByTierChart({ rows, platform }: { rows: ErPoint[]; platform: string }) {
  const data = rows.map((r) => ({
    ...r, label: TIER_LABELS[r.tier as keyof typeof TIER_LABELS], err: [r.median - r.p25, r.p75 - r.median] as [number, number],
    bench: (r.benchLow + r.benchHigh) / 2, benchErr: [(r.benchHigh - r.benchLow) / 2, (r.benchHigh - r.benchLow) / 2] as [number, number],
  }));
  // Round ticks that reach the top of the highest whisker (an interquartile range or a benchmark band).
  const yTicks = linearTicks(rows.flatMap((r) => [r.p75, r.benchHigh]));
  return (
    <div className="h-64" role="img" aria-label={`Engagement rate by tier on ${formatPlatform(platform)}: catalog median with interquartile range, and the published benchmark band`}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 16, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="label" fontSize={11} label={axisLabel("Tier")} />
          <YAxis fontSize={11} domain={[0, yTicks[yTicks.length - 1]!]} ticks={yTicks} tickFormatter={(v: number) => `${v}%`} width={56} label={axisLabel("Engagement rate", -90)} />
          <Tooltip
            formatter={(v, name, item) => {
              const p = (item as { payload: (typeof data)[number] }).payload;
              return name === "Catalog median"
                ? [`${p.median.toFixed(2)}% (IQR ${p.p25.toFixed(2)}–${p.p75.toFixed(2)}%, n = ${p.n.toLocaleString("en-US")})`, name]
                : [`${p.benchLow.toFixed(2)}–${p.benchHigh.toFixed(2)}%`, name];
            }}
          />
          <Legend formatter={legendText} wrapperStyle={{ fontSize: 11, paddingTop: 8 }} />
          <Bar dataKey="median" name="Catalog median" fill="#2563eb" isAnimationActive={false}>
            <ErrorBar dataKey="err" width={6} stroke="#0f172a" />
          </Bar>
          <Bar dataKey="bench" name="Published benchmark" fill="#cbd5e1" isAnimationActive={false}>
            <ErrorBar dataKey="benchErr" width={6} stroke="#64748b" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
