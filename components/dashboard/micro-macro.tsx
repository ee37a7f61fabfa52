// Micro against macro, per platform, from the catalog's own numbers beside the published benchmarks
// docs/scoring.md cites. The usual claim is checked against the medians, never asserted.
import { EngagementByTierChart } from "./charts";
import { ChartFigure, Omissions } from "./figure";
import { Badge } from "@/components/ui/badge";
import { formatCompact, formatInteger, formatMoney, formatPercent, formatPlatform, formatUnitCost } from "@/lib/domain/format";
import { engagementChartSeries, type PlatformComparison } from "@/lib/domain/insights/series";
import { TIER_LABELS } from "@/lib/domain/tiers";

// One line a cell ("Mid-tier", "0.71%–1.37%"): the table scrolls inside its box on a phone instead.
const th = "whitespace-nowrap px-2 py-1 text-left text-xs font-semibold uppercase tracking-wide text-slate-500";
const td = "whitespace-nowrap px-2 py-1 tabular-nums";

export function MicroMacro({ comparisons }: { comparisons: PlatformComparison[] }) {
  return (
    <section aria-labelledby="mm-h" className="space-y-3">
      <h2 id="mm-h" className="text-lg font-semibold">Micro against macro, from the catalog&apos;s own data</h2>
      <p className="text-sm text-slate-600">
        Engagement rate is (likes + comments) / followers (docs/scoring.md). Medians and interquartile ranges leave out creators whose rate is over 100% or
        flagged implausible, and creators with no rate; each platform says how many. Prices are Scout&apos;s estimates; cost per engagement is the estimate&apos;s
        middle divided by expected engagements per post. The benchmark is the published &quot;average&quot; band for the platform and tier.
      </p>
      {comparisons.length === 0 ? <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">No platform has enough measured creators to compare.</p> : null}
      {comparisons.map((c) => <PlatformBlock key={c.platform} c={c} />)}
    </section>
  );
}

function ClaimLine({ holds, text, testId }: { holds: boolean | null; text: string; testId: string }) {
  return (
    <li data-testid={testId} className="flex items-start gap-2">
      <Badge tone={holds === null ? "slate" : holds ? "green" : "amber"}>{holds === null ? "unknown" : holds ? "agrees" : "disagrees"}</Badge>
      <span>{text}</span>
    </li>
  );
}

function PlatformBlock({ c }: { c: PlatformComparison }) {
  const series = engagementChartSeries(c);
  return (
    <ChartFigure title={`${formatPlatform(c.platform)}: engagement rate by tier`} n={c.n} testId={`mm-${c.platform}`}
      chart={
        <>
          <ul className="mb-2 space-y-1 text-sm" aria-label={`The usual claim on ${formatPlatform(c.platform)}`}>
            <ClaimLine {...c.claims.engagesMore} testId={`claim-engagement-${c.platform}`} />
            <ClaimLine {...c.claims.cheaperPerEngagement} testId={`claim-cpe-${c.platform}`} />
          </ul>
          <EngagementByTierChart rows={series} platform={c.platform} />
        </>
      }
      note={
        <>
          Left out of the medians: {formatInteger(c.implausible)} with an implausible rate (over 100% or flagged), {formatInteger(c.unknownRate)} with no rate.{" "}
          <Omissions omitted={c.omitted.map((o) => ({ ...o, label: TIER_LABELS[o.label as keyof typeof TIER_LABELS] ?? o.label }))} what="tiers" />
        </>
      }
      table={
        <table className="min-w-full text-sm" data-testid={`table-mm-${c.platform}`}>
          <thead>
            <tr>
              <th className={th}>Tier</th><th className={th}>n</th><th className={th}>Median ER</th><th className={th}>IQR</th><th className={th}>Benchmark</th>
              <th className={th}>Expected engagements / post</th><th className={th}>Est. price</th><th className={th}>Cost / engagement</th><th className={th}>With authenticity warnings</th>
            </tr>
          </thead>
          <tbody>
            {c.rows.map((r) => (
              <tr key={r.tier} data-testid={`mm-row-${c.platform}-${r.tier}`}>
                <td className="whitespace-nowrap px-2 py-1">{TIER_LABELS[r.tier]}</td>
                <td className={td}>{formatInteger(r.measured)}</td>
                <td className={td} data-testid={`median-er-${c.platform}-${r.tier}`}>{formatPercent(r.erMedian, 2)}</td>
                <td className={td}>{formatPercent(r.erP25, 2)}–{formatPercent(r.erP75, 2)}</td>
                <td className={td} title={r.benchmarkSource}>
                  {formatPercent(r.benchmarkLow, 2)}–{formatPercent(r.benchmarkHigh, 2)}
                  {r.versusBenchmark ? <span className="ml-1 text-xs text-slate-500">({r.versusBenchmark})</span> : null}
                </td>
                <td className={td}>{formatCompact(r.medianEngagements)}</td>
                <td className={td}>{formatMoney(r.medianPrice)}</td>
                <td className={td}>{formatUnitCost(r.medianCpe)}</td>
                <td className={td}>{formatPercent(r.warningShare)} <span className="text-xs text-slate-500">of {formatInteger(r.creators)}</span></td>
              </tr>
            ))}
          </tbody>
        </table>
      } />
  );
}
