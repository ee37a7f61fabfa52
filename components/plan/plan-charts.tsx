"use client";
// Thin recharts wrappers: the rows come from planChartRows (lib/domain/plan). Engagements span
// orders of magnitude (a micro option's 15K beside a macro option's 5M): a log axis then, so every
// bar is seen. The cost legend lists Low, Mid, High: the order of the bars.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartTable } from "@/components/charts/chart-table";
import { logDomain, logTicks, needsLogScale } from "@/lib/domain/chart-scale";
import { formatCompact, formatInteger, formatMoney } from "@/lib/domain/format";

type Row = { option: string; engagements: number; costLow: number; costMid: number; costHigh: number };

const COST_BARS = [
  { key: "costLow", name: "Low", fill: "#93c5fd" },
  { key: "costMid", name: "Mid", fill: "#1d4ed8" },
  { key: "costHigh", name: "High", fill: "#1e3a8a" },
] as const;

export function PlanCharts({ rows }: { rows: Row[] }) {
  const values = rows.map((r) => r.engagements);
  const log = needsLogScale(values);
  const domain = logDomain(values);
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <figure className="rounded-lg border border-slate-200 bg-white p-4">
        <figcaption className="text-sm font-semibold">Expected engagements per post</figcaption>
        {log ? <p className="text-xs text-slate-500" data-testid="log-scale-note">Log scale: each gridline is ten times the one below, so small and large options both show.</p> : null}
        <div className="h-56" role="img" aria-label="Bar chart of expected engagements per option" data-scale={log ? "log" : "linear"}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
              <XAxis dataKey="option" fontSize={11} />
              {log ? (
                <YAxis fontSize={11} scale="log" domain={domain} ticks={logTicks(domain)} allowDataOverflow tickFormatter={formatCompact} width={48} />
              ) : (
                <YAxis fontSize={11} tickFormatter={formatCompact} width={48} />
              )}
              <Tooltip formatter={(v) => [formatInteger(Number(v)), "Engagements"]} />
              <Bar dataKey="engagements" name="Engagements" fill="#059669" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <ChartTable caption="Expected engagements per post, per option" columns={["Option", "Engagements / post"]} rows={rows.map((r) => [r.option, formatInteger(r.engagements)])} testId="engagements-table" />
      </figure>
      <figure className="rounded-lg border border-slate-200 bg-white p-4">
        <figcaption className="text-sm font-semibold">Cost: low, mid and high ends of the prices</figcaption>
        <div className="h-56" role="img" aria-label="Bar chart of cost per option">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
              <XAxis dataKey="option" fontSize={11} />
              <YAxis fontSize={11} tickFormatter={(v) => formatMoney(Number(v))} width={56} />
              <Tooltip formatter={(v, name) => [formatMoney(Number(v)), String(name)]} />
              {/* recharts sorts a legend by name by default ("High, Low, Mid"); this one keeps the bars' order. */}
              <Legend wrapperStyle={{ fontSize: 11 }} itemSorter={(item) => COST_BARS.findIndex((b) => b.name === item.value)} />
              {COST_BARS.map((b) => <Bar key={b.key} dataKey={b.key} name={b.name} fill={b.fill} isAnimationActive={false} />)}
            </BarChart>
          </ResponsiveContainer>
        </div>
        <ChartTable caption="Cost per option: low, mid and high" columns={["Option", "Low", "Mid", "High"]} rows={rows.map((r) => [r.option, formatMoney(r.costLow), formatMoney(r.costMid), formatMoney(r.costHigh)])} testId="cost-table" />
      </figure>
    </div>
  );
}
