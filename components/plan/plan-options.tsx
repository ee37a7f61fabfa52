// The three options side by side: totals, how each was computed, and where to save it.
import { Badge } from "@/components/ui/badge";
import { formatCompact, formatInteger, formatMoney, formatMoneyRange, formatUnitCost } from "@/lib/domain/format";
import { OPTION_LABELS, type PlanGoal, type PlanOption, type PlanOptionKind } from "@/lib/domain/plan";
import { SaveOption, type SavePlanOption } from "./save-option";
import { StartCampaign } from "./start-campaign";

/** Costs per engagement can be fractions of a cent, which formatMoney would show as "$0". */

const GOAL_WORD: Record<PlanGoal, string> = { reach: "reach", engagements: "engagements", balance: "reach and engagements together" };
const TIER_TEXT: Record<PlanOptionKind, string> = { micro: "Micro tier only (10K–50K followers)", macro: "Macro and mega tiers (500K+ followers)", mixed: "Any tier" };

function Row({ label, value, title, testId }: { label: string; value: React.ReactNode; title?: string; testId?: string }) {
  return (
    <div className="flex justify-between gap-3 py-1" title={title}>
      <dt className="text-slate-600">{label}</dt>
      <dd className="text-right font-medium tabular-nums" data-testid={testId}>{value}</dd>
    </div>
  );
}

export function OptionCard({ option, best, goal, budget, lists, defaultName, save, plan, today }: {
  option: PlanOption; best: boolean; goal: PlanGoal; budget: number; lists: { id: string; name: string }[]; defaultName: string; save: SavePlanOption;
  /** The planner's parameters as the page read them: "Start a campaign" sends them back. */
  plan: Record<string, unknown>; today: string;
}) {
  const s = option.summary;
  return (
    <section aria-labelledby={`opt-${option.kind}`} data-testid={`option-${option.kind}`} className="flex flex-col rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex items-start justify-between gap-2">
        <div>
          <h2 id={`opt-${option.kind}`} className="font-semibold">{OPTION_LABELS[option.kind]}</h2>
          <p className="text-xs text-slate-500">{TIER_TEXT[option.kind]}</p>
        </div>
        {best ? <Badge tone="green" title={`Highest ${GOAL_WORD[goal]} for the budget`}>Best for {goal}</Badge> : null}
      </div>
      {option.emptyReason ? (
        <p className="mt-3 rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="empty-reason">{option.emptyReason}</p>
      ) : (
        <>
          <dl className="mt-3 divide-y divide-slate-100 text-sm">
            <Row label="Creators to manage" value={formatInteger(s.creators)} testId="creators" />
            <Row label="Total reach" value={formatCompact(s.reach)} title="Sum of followers; the same person following two creators counts twice" testId="reach" />
            <Row
              label="Expected engagements / post"
              value={<>{formatCompact(s.engagements)}{s.engagementsUnknown ? <span className="block text-xs font-normal text-slate-500">{s.engagementsUnknown} without data, not counted</span> : null}</>}
              title="Sum of average likes + comments per post"
              testId="engagements"
            />
            <Row label="Cost (mid)" value={formatMoney(s.costMid)} title={option.unspent?.text ?? `Middle of each price range; ${formatMoney(budget - s.costMid)} of the budget left`} testId="cost" />
            <Row label="Cost range" value={formatMoneyRange(s.costLow, s.costHigh)} title="Sum of the low and high ends of each price" />
            <Row label="Cost per engagement" value={formatUnitCost(s.cpe)} title="Mid cost of the creators with engagement data ÷ their expected engagements" testId="cpe" />
            <Row label="CPM" value={formatMoney(s.cpm)} title="Mid cost × 1,000 ÷ total reach (per thousand followers)" />
            <Row label="Average fit" value={s.avgFit === null ? "no brief" : Math.round(s.avgFit)} title="Mean fit to the brief, 0–100" />
            <Row
              label="Average authenticity"
              value={<>{s.avgAuthenticity === null ? "—" : Math.round(s.avgAuthenticity)}{s.authenticityUnknown ? <span className="block text-xs font-normal text-slate-500">{s.authenticityUnknown} unknown, excluded</span> : null}</>}
              title="Mean authenticity score, 0–100, over the creators that have one"
            />
          </dl>
          {option.unspent && option.unspent.reason !== "next_too_expensive" ? (
            <p className="mt-2 rounded-md bg-amber-50 p-2 text-xs text-amber-900" data-testid="unspent">{option.unspent.text}</p>
          ) : null}
          <p className="mt-2 text-xs text-slate-500">
            {s.agreedPrices ? `${s.agreedPrices} agreed ${s.agreedPrices === 1 ? "price" : "prices"}, the rest estimates. ` : "Prices are estimates. "}
            {option.exact ? "Proven the best choice for the goal." : `Best found within the search limit: at most ${(option.gap * 100).toFixed(2)}% below the best possible.`}
          </p>
          <div className="mt-auto space-y-3 pt-3">
            <StartCampaign kind={option.kind} plan={plan} defaultName={`Campaign ${today}: ${option.kind}, ${formatMoney(budget)}`} today={today} />
            <SaveOption kind={option.kind} creatorIds={option.creators.map((c) => c.id)} lists={lists} defaultName={defaultName} save={save} />
          </div>
        </>
      )}
    </section>
  );
}
