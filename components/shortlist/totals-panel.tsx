// What the list adds up to. Agreed prices replace estimates and are said; creators without a price
// are counted and named, never summed as $0.
import { TierBadge } from "@/components/catalog/tier-badge";
import { formatCompact, formatInteger, formatMoneyExact, formatUnitCost } from "@/lib/domain/format";
import { countPhrase, SHORTLIST_STATUSES, type ShortlistTotals } from "@/lib/domain/shortlist";
import { TIERS } from "@/lib/domain/types";
import { STATUS_LABEL } from "./labels";

function Stat({ label, value, note, testId }: { label: string; value: string; note?: string; testId?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3" data-testid={testId}>
      <div className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</div>
      <div className="mt-1 text-xl font-semibold tabular-nums">{value}</div>
      {note ? <div className="mt-0.5 text-xs text-slate-600">{note}</div> : null}
    </div>
  );
}

export function TotalsPanel({ t }: { t: ShortlistTotals }) {
  // Only when every creator has both a price and engagements: a partial ratio would flatter the list.
  const complete = t.pricedCount === t.count && t.engagementsMissingCount === 0;
  const cpe = t.cost && complete && t.engagements > 0 ? t.cost.mid / t.engagements : null;
  const costNotes = [
    t.agreedCount ? `${t.agreedCount} agreed (${formatMoneyExact(t.agreedTotal, t.currency)})${t.pricedCount > t.agreedCount ? ", the rest estimated" : ""}` : t.pricedCount ? "all estimated" : "",
    countPhrase(t.missingPriceCount, "without a price"),
    countPhrase(t.otherCurrencyCount, `priced in another currency (not in the ${t.currency} total)`),
  ].filter(Boolean);
  return (
    <section aria-labelledby="totals-h" className="space-y-2">
      <h2 id="totals-h" className="sr-only">Totals</h2>
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-4">
        <Stat
          testId="total-cost" label="Estimated cost (mid)"
          value={t.cost ? formatMoneyExact(t.cost.mid, t.currency) : "—"}
          note={t.count === 0 ? "no creators yet" : [t.cost ? `range ${formatMoneyExact(t.cost.low, t.currency)}–${formatMoneyExact(t.cost.high, t.currency)}` : "no creator has a price", ...costNotes].join(" · ")}
        />
        <Stat testId="total-reach" label="Reach" value={formatCompact(t.reach)} note={`${formatInteger(t.reach)} followers summed, not de-duplicated${t.reachMissingCount ? ` · ${countPhrase(t.reachMissingCount, "without a follower count")}` : ""}`} />
        <Stat testId="total-engagements" label="Expected engagements" value={formatCompact(t.engagements)} note={`${formatInteger(t.engagements)} per post, summed${t.engagementsMissingCount ? ` · ${countPhrase(t.engagementsMissingCount, "without engagement data")}` : ""}`} />
        <Stat label="Creators" value={formatInteger(t.count)} note={cpe === null ? undefined : `${formatUnitCost(cpe, t.currency)} per expected engagement (mid cost ÷ engagements)`} />
      </div>
      <div className="flex flex-wrap gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-3 text-sm">
        <div className="flex flex-wrap items-center gap-2" data-testid="by-tier">
          <span className="text-xs font-medium uppercase text-slate-500">By tier</span>
          {TIERS.filter((k) => t.byTier[k]).map((k) => <span key={k} className="inline-flex items-center gap-1"><TierBadge tier={k} /> {t.byTier[k]}</span>)}
          {t.count === 0 ? <span className="text-slate-500">—</span> : null}
        </div>
        <div className="flex flex-wrap items-center gap-2" data-testid="by-status">
          <span className="text-xs font-medium uppercase text-slate-500">By status</span>
          {SHORTLIST_STATUSES.filter((s) => t.byStatus[s]).map((s) => <span key={s}>{STATUS_LABEL[s]} {t.byStatus[s]}</span>)}
          {t.count === 0 ? <span className="text-slate-500">—</span> : null}
        </div>
      </div>
    </section>
  );
}
