"use client";
// Thin recharts wrappers: the rows come from planChartRows (lib/domain/plan).
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompact, formatMoney } from "@/lib/domain/format";

type Row = { option: string; engagements: number; costLow: number; costMid: number; costHigh: number };

export function PlanCharts({ rows }: { rows: Row[] }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <figure className="rounded-lg border border-slate-200 bg-white p-4">
        <figcaption className="text-sm font-semibold">Expected engagements per post</figcaption>
        <div className="h-56" role="img" aria-label="Bar chart of expected engagements per option">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
              <XAxis dataKey="option" fontSize={11} />
              <YAxis fontSize={11} tickFormatter={formatCompact} width={48} />
              <Tooltip formatter={(v) => [formatCompact(Number(v)), "Engagements"]} />
              <Bar dataKey="engagements" name="Engagements" fill="#059669" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
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
              <Legend wrapperStyle={{ fontSize: 11 }} />
              <Bar dataKey="costLow" name="Low" fill="#93c5fd" isAnimationActive={false} />
              <Bar dataKey="costMid" name="Mid" fill="#1d4ed8" isAnimationActive={false} />
              <Bar dataKey="costHigh" name="High" fill="#1e3a8a" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </figure>
    </div>
  );
}
