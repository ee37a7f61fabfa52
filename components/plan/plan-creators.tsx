// The creators of one option: who they are, what they bring and what they cost.
import Link from "next/link";
import { TierBadge } from "@/components/catalog/tier-badge";
import { Badge } from "@/components/ui/badge";
import { formatCompact, formatMoney, formatMoneyRange } from "@/lib/domain/format";
import { OPTION_LABELS, type PlanOption } from "@/lib/domain/plan";
import { PLATFORM_LABEL } from "@/lib/search/labels";
import { formatHandle } from "@/lib/domain/handles";

const th = "px-3 py-2";
const td = "px-3 py-1.5";

export function OptionCreators({ option }: { option: PlanOption }) {
  if (!option.creators.length) return null;
  return (
    <details className="rounded-lg border border-slate-200 bg-white" open={option.creators.length <= 25} data-testid={`creators-${option.kind}`}>
      <summary className="cursor-pointer px-4 py-3 text-sm font-semibold">
        {OPTION_LABELS[option.kind]}: {option.creators.length} {option.creators.length === 1 ? "creator" : "creators"}
      </summary>
      <div className="overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className={th}>Creator</th>
              <th scope="col" className={th}>Tier</th>
              <th scope="col" className={`${th} text-right`}>Followers</th>
              <th scope="col" className={`${th} text-right`} title="Average likes + comments per post">Exp. eng.</th>
              <th scope="col" className={`${th} text-right`}>Fit</th>
              <th scope="col" className={`${th} text-right`}>Auth.</th>
              <th scope="col" className={th}>Price / post</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {option.creators.map((c) => (
              <tr key={c.id} data-testid="plan-creator">
                <td className={td}>
                  <Link href={`/creators/${c.id}`} className="font-medium text-brand-700 hover:underline">{formatHandle(c.handle)}</Link>
                  <span className="ml-1 text-xs text-slate-500">{PLATFORM_LABEL[c.platform]}</span>
                </td>
                <td className={td}><TierBadge tier={c.tier} /></td>
                <td className={`${td} text-right tabular-nums`}>{formatCompact(c.followers)}</td>
                <td className={`${td} text-right tabular-nums`}>{c.expectedEngagements === null ? <span title="No engagement data">—</span> : formatCompact(c.expectedEngagements)}</td>
                <td className={`${td} text-right tabular-nums`}>{c.fit ?? "—"}</td>
                <td className={`${td} text-right tabular-nums`}>{c.authenticityScore ?? "—"}</td>
                <td className={`${td} whitespace-nowrap tabular-nums`}>
                  {c.cost.agreed ? <>{formatMoney(c.cost.mid)} <Badge tone="green" title="Agreed on the shortlist">agreed</Badge></> : <span title={`Mid ${formatMoney(c.cost.mid)}; ${c.priceSource === "estimate" ? "estimated from the platform's published rate cards for this follower count" : "from the imported data"}`}>{formatMoneyRange(c.cost.low, c.cost.high)}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
