// "The catalog at a glance": creators per tier and platform, niches, countries, freshness.
import { CountBarChart, PlatformTierChart } from "./charts";
import { ChartFigure, Omissions } from "./figure";
import { formatInteger, formatPercent, formatPlatform } from "@/lib/domain/format";
import { freshnessSeries, platformTierSeries, topCountSeries } from "@/lib/domain/insights/series";
import type { InsightsSummary } from "@/lib/domain/insights/summary";
import { TIER_LABELS } from "@/lib/domain/tiers";
import { TIERS } from "@/lib/domain/types";
import { isNicheId, nicheLabel } from "@/lib/domain/niches";

const th = "px-2 py-1 text-left text-xs font-semibold uppercase tracking-wide text-slate-500";
const td = "px-2 py-1 tabular-nums";

export function CatalogGlance({ summary }: { summary: InsightsSummary }) {
  const pt = platformTierSeries(summary);
  const niches = topCountSeries(summary.niches.map((n) => ({ ...n, key: isNicheId(n.key) ? nicheLabel(n.key) : n.key })), summary.creators);
  const countries = topCountSeries(summary.countries, summary.creators);
  const fresh = freshnessSeries(summary);
  return (
    <section aria-labelledby="glance-h" className="space-y-3">
      <h2 id="glance-h" className="text-lg font-semibold">The catalog at a glance</h2>
      <div className="grid gap-4 lg:grid-cols-2">
        <ChartFigure title="Creators per platform and tier" n={pt.n} testId="chart-platform-tier"
          chart={<PlatformTierChart rows={pt.rows} />}
          table={
            <table className="min-w-full text-sm" data-testid="table-platform-tier">
              <thead><tr><th className={th}>Platform</th>{TIERS.map((t) => <th key={t} className={th}>{TIER_LABELS[t]}</th>)}<th className={th}>Total</th></tr></thead>
              <tbody>{pt.rows.map((r) => <tr key={r.platform}><td className="px-2 py-1">{formatPlatform(r.platform)}</td>{TIERS.map((t) => <td key={t} className={td}>{formatInteger(r[t])}</td>)}<td className={td}>{formatInteger(r.total)}</td></tr>)}</tbody>
            </table>
          } />
        <ChartFigure title="How fresh the metrics are" n={fresh.n} testId="chart-freshness"
          chart={
            <ul className="space-y-2 py-2 text-sm">
              {fresh.rows.map((r) => (
                <li key={r.days}>
                  <div className="flex justify-between"><span>{r.label}</span><span className="tabular-nums">{formatPercent(r.share)} · {formatInteger(r.count)}</span></div>
                  <div className="h-2 rounded bg-slate-100" aria-hidden="true"><div className="h-2 rounded bg-amber-500" style={{ width: `${Math.min(100, r.share * 100)}%` }} /></div>
                </li>
              ))}
            </ul>
          }
          table={
            <table className="min-w-full text-sm"><thead><tr><th className={th}>Metrics</th><th className={th}>Creators</th><th className={th}>Share</th></tr></thead>
              <tbody>{fresh.rows.map((r) => <tr key={r.days}><td className="px-2 py-1">{r.label}</td><td className={td}>{formatInteger(r.count)}</td><td className={td}>{formatPercent(r.share)}</td></tr>)}</tbody></table>
          }
          note="Age of each creator's metrics (their as-of date) when the summary was computed." />
        <ChartFigure title="Top niches" n={niches.n} testId="chart-niches"
          chart={<CountBarChart rows={niches.rows} label="Niche" ariaLabel="Creators per niche" />}
          table={<CountTable rows={niches.rows} label="Niche" />}
          note={<>A creator can have several niches, so the counts add up to more than the catalog. <Omissions omitted={niches.omitted} what="niches" /></>} />
        <ChartFigure title="Top countries" n={countries.n} testId="chart-countries"
          chart={<CountBarChart rows={countries.rows} label="Country" ariaLabel="Creators per country" />}
          table={<CountTable rows={countries.rows} label="Country" />}
          note={<Omissions omitted={countries.omitted} what="countries" />} />
      </div>
    </section>
  );
}

function CountTable({ rows, label }: { rows: { key: string; count: number; share: number }[]; label: string }) {
  return (
    <table className="min-w-full text-sm"><thead><tr><th className={th}>{label}</th><th className={th}>Creators</th><th className={th} title="Share of the catalog's creators">Share</th></tr></thead>
      <tbody>{rows.map((r) => <tr key={r.key}><td className="px-2 py-1">{r.key}</td><td className={td}>{formatInteger(r.count)}</td><td className={td}>{formatPercent(r.share)}</td></tr>)}</tbody></table>
  );
}
