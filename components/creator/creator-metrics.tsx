// Every metric with how it was computed and how fresh it is.
import { EmailAddress, EngagementBadge, METHOD_LABEL, benchmarkText } from "@/components/creator/creator-bits";
import { formatAge, formatCompact, formatDate, formatInteger, formatMoneyRange, formatPercent, formatPlatform, formatUnitCost } from "@/lib/domain/format";
import type { CreatorProfile } from "@/lib/queries/creators";
import { StaleMark } from "./stale-mark";

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${suffix}`;
}

function Row({ label, value, how, wide = false }: { label: string; value: React.ReactNode; how?: string; wide?: boolean }) {
  return (
    <div className={`border-t border-slate-100 py-1.5${wide ? " col-span-full" : ""}`}>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="tabular-nums">{value}{how ? <div className="text-xs text-slate-500">{how}</div> : null}</dd>
    </div>
  );
}

export function CreatorMetrics({ creator: c, staleDays }: { creator: CreatorProfile["creator"]; staleDays: number }) {
  const asOf = new Date(c.metricsAsOf);
  return (
    <section aria-labelledby="m-h" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="m-h" className="font-semibold">Metrics</h2>
      <p className="text-xs text-slate-500">As of {formatDate(asOf)} ({formatAge(asOf, new Date())})<StaleMark metricsAsOf={asOf} staleDays={staleDays} /> · source: {c.dataSource ?? "unknown"}</p>
      <dl className="mt-2 grid grid-cols-2 gap-x-6 md:grid-cols-3">
        <Row label="Followers" value={formatCompact(c.followers)} how={`${formatInteger(c.followers)} exactly`} />
        <Row label="Following" value={formatCompact(c.following)} />
        <Row label="Posts" value={formatInteger(c.posts)} />
        <Row label="Avg likes / comments" value={`${formatCompact(c.avgLikes)} / ${formatCompact(c.avgComments)}`} how="per post" />
        <Row label="Avg views" value={formatCompact(c.avgViews)} />
        <Row label="Follower growth (30 d)" value={formatPercent(c.followerGrowth30d)} how={c.followerGrowth30d === null ? "unknown: no snapshot 24–60 days before these metrics" : "against the snapshot nearest 30 days earlier"} />
        <Row label="Follower growth (90 d)" value={formatPercent(c.followerGrowth90d)} how={c.followerGrowth90d === null ? "unknown: no snapshot 72–180 days before these metrics" : "against the snapshot nearest 90 days earlier"} />
        <Row label="Engagement trend (90 d)" value={c.engagementTrend90d === null ? "—" : `${c.engagementTrend90d >= 0 ? "+" : ""}${formatPercent(c.engagementTrend90d)}`} how="change of the engagement rate against the snapshot nearest 90 days earlier" />
        <Row
          label="Engagement rate"
          value={<span className="inline-flex items-center gap-1">{formatPercent(c.engagementRate, 2)} <EngagementBadge band={c.engagementBand} platform={c.platform} tier={c.tier} /></span>}
          how={c.engagementMethod ? METHOD_LABEL[c.engagementMethod] : "no engagement data"}
        />
        <Row label="Engagement by views" value={formatPercent(c.engagementRateByViews, 2)} how="(avg likes + avg comments) / avg views" />
        <Row label="Expected engagements" value={formatCompact(c.expectedEngagements)} how="avg likes + avg comments per post" />
        <Row label="Engagement quality" value={c.engagementScore === null ? "—" : Math.round(c.engagementScore)} how={c.engagementRankable ? "0-100 vs tier benchmark" : "not ranked: implausible figure"} />
        <Row
          label="Among its peers"
          value={c.engagementPercentile ? `${ordinal(Math.round(c.engagementPercentile.percentile))} percentile` : "—"}
          how={c.engagementPercentile ? `engagement rate vs ${formatInteger(c.engagementPercentile.peers)} ${formatPlatform(c.platform)} ${c.tier} creators in this catalog` : "no comparable rate"}
        />
        <Row label="Price per post" value={formatMoneyRange(c.priceLow, c.priceHigh, c.priceCurrency)} how={c.priceSource === "estimate" ? "estimated from the platform's published rate cards for this follower count" : "imported"} />
        <Row label="Cost per engagement" value={formatUnitCost(c.costPerEngagement, c.priceCurrency)} how={`mid price / expected engagements; cost score ${c.costScore === null ? "—" : Math.round(c.costScore)}`} />
        {/* The grid's full width: a long address fits on a phone's line, or breaks at its "@", not mid-word. */}
        <Row label="Contact" value={<EmailAddress email={c.contactEmail} />} wide />
      </dl>
      {/* The benchmark is a sentence: across the grid's width, not squeezed into one cell. */}
      {c.engagementMethod ? <p className="border-t border-slate-100 py-1.5 text-xs text-slate-500" data-testid="benchmark-note">Engagement benchmark: {benchmarkText(c.platform, c.tier)}</p> : null}
      <div className="mt-3 border-t border-slate-100 pt-2">
        <h3 className="text-sm font-medium">
          {c.authenticityScore === null ? "Authenticity unknown" : `Authenticity ${c.authenticityScore}/100`}{" "}
          <span className="text-xs font-normal text-slate-500">(confidence: {c.authenticityConfidence ?? "unknown"})</span>
        </h3>
        {c.authenticityScore === null ? (
          <p className="text-sm text-slate-500">No signal to check: no engagement, following, posts, comments or history in the data.</p>
        ) : c.authenticityFlags.length ? (
          <ul className="mt-1 space-y-1 text-sm">
            {c.authenticityFlags.map((f) => <li key={f.code} className="text-amber-800">⚠ {f.message} <span className="text-slate-500">(−{f.penalty})</span></li>)}
          </ul>
        ) : <p className="text-sm text-slate-500">No warning signs found.</p>}
      </div>
    </section>
  );
}
