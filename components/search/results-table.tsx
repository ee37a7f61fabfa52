// Search results: what a marketer decides on, one row per creator. Numbers are formatted for
// people and each says how it was computed (title attributes).
import Link from "next/link";
import { TierBadge } from "@/components/catalog/tier-badge";
import { Avatar, daysSince, EngagementBadge, METHOD_LABEL, WarningIcon } from "@/components/creator/creator-bits";
import { ScoreConfidenceMark } from "@/components/creator/score-confidence";
import { StaleMark } from "@/components/creator/stale-mark";
import { AddToShortlistButton } from "@/components/shortlist/add-to-shortlist";
import { RowCheckbox } from "@/components/shortlist/search-selection";
import { FIT_POINTS_TEXT } from "@/lib/domain/fit";
import { formatCompact, formatInteger, formatMoneyRange, formatPercent, formatScore, formatUnitCost, formatPlatform } from "@/lib/domain/format";
import type { SearchRow } from "@/lib/queries/search";
import { formatHandle } from "@/lib/domain/handles";

const th = "whitespace-nowrap px-3 py-2";
const td = "px-3 py-2 align-top";

function daysAgo(d: Date): string {
  const days = daysSince(d);
  return days === 0 ? "today" : days === 1 ? "1 day ago" : `${days} days ago`;
}

export function ResultsTable({ rows, hasBrief, profileQuery, staleDays }: { rows: SearchRow[]; hasBrief: boolean; profileQuery: string; staleDays: number }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className={th}><span className="sr-only">Select</span></th>
            <th scope="col" className={th}>Creator</th>
            <th scope="col" className={th}>Tier</th>
            <th scope="col" className={`${th} text-right`}>Followers</th>
            <th scope="col" className={th} title="Engagement rate and its band against the platform/tier benchmark (hover a value for the formula)">Engagement</th>
            <th scope="col" className={`${th} text-right`} title="Average likes + comments per post">Exp. eng.</th>
            {hasBrief ? <th scope="col" className={`${th} text-right`} title={`Niche fit to the brief, 0-100 (${FIT_POINTS_TEXT})`}>Fit</th> : null}
            <th scope="col" className={`${th} text-right`} title="Authenticity 0-100: starts at 100, minus explained penalties">Auth.</th>
            <th scope="col" className={th}>Price / post</th>
            <th scope="col" className={`${th} text-right`} title="Overall score 0-100: weighted mean of engagement, fit, authenticity and cost scores. A % marker: the share of the score backed by the creator's data; the rest counted at priors (hover it). At equal scores, more data ranks first.">Score</th>
            <th scope="col" className={th}><span className="sr-only">Shortlist</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((c) => (
            <tr key={c.id} className="hover:bg-slate-50" data-testid="result-row">
              <td className={td}><RowCheckbox creatorId={c.id} handle={c.handle} /></td>
              <td className={td}>
                <div className="flex items-center gap-2">
                  <Avatar name={c.displayName} handle={c.handle} />
                  <div className="min-w-0">
                    <Link href={`/creators/${c.id}${profileQuery}`} className="font-medium text-brand-700 hover:underline">{formatHandle(c.handle)}</Link>
                    <div className="truncate text-xs text-slate-500">
                      {formatPlatform(c.platform)}{c.displayName ? ` · ${c.displayName}` : ""}{c.country ? ` · ${c.country}` : ""}
                    </div>
                  </div>
                </div>
              </td>
              <td className={td}><TierBadge tier={c.tier} /></td>
              <td className={`${td} text-right tabular-nums`} title={`${formatInteger(c.followers)} followers, as of ${daysAgo(c.metricsAsOf)}`}>
                {formatCompact(c.followers)}<StaleMark metricsAsOf={c.metricsAsOf} staleDays={staleDays} />
                <div className="whitespace-nowrap text-xs text-slate-500" data-testid="metrics-age">{daysAgo(c.metricsAsOf)}</div>
              </td>
              <td className={td}>
                <div className="flex items-center gap-1.5">
                  <span className="tabular-nums" title={c.engagementMethod ? `${METHOD_LABEL[c.engagementMethod]}; metrics ${daysAgo(c.metricsAsOf)}` : "no engagement data"}>
                    {formatPercent(c.engagementRate, 2)}
                  </span>
                  <EngagementBadge band={c.engagementBand} platform={c.platform} tier={c.tier} />
                  {!c.engagementRankable ? <WarningIcon title="Implausible engagement figure: not ranked first" /> : null}
                </div>
              </td>
              <td className={`${td} text-right tabular-nums`}>{formatCompact(c.expectedEngagements)}</td>
              {hasBrief ? <td className={`${td} text-right tabular-nums`}>{c.fit ?? "—"}</td> : null}
              <td className={`${td} text-right tabular-nums`}>
                <span className="inline-flex items-center gap-1">
                  {c.authenticityFlags.length ? <WarningIcon title={c.authenticityFlags.map((f) => `${f.message} (−${f.penalty})`).join(" ")} /> : null}
                  {c.authenticityScore ?? <span title="No authenticity signal in the data: unknown">—</span>}
                </span>
              </td>
              <td className={`${td} whitespace-nowrap tabular-nums`} title={c.priceSource === "estimate" ? "Estimated from the platform's published rate cards for this follower count" : "Price from the imported data"}>
                {formatMoneyRange(c.priceLow, c.priceHigh, c.priceCurrency)}
                {c.costPerEngagement !== null ? <div className="text-xs text-slate-500">{formatUnitCost(c.costPerEngagement, c.priceCurrency)} / eng.</div> : null}
              </td>
              <td className={`${td} whitespace-nowrap text-right text-base font-semibold tabular-nums`}>
                <span data-testid="score-value">{formatScore(c.score)}</span>
                <ScoreConfidenceMark confidence={c.scoreConfidence} missing={c.missing} />
              </td>
              <td className={td}><AddToShortlistButton creatorId={c.id} handle={c.handle} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
