// A plan: what it was computed from, the three options side by side, charts, creators, assumptions.
import { formatInteger, formatMoney } from "@/lib/domain/format";
import { planChartRows } from "@/lib/domain/plan";
import type { PlanResult } from "@/lib/queries/plan";
import type { PlanQuery } from "@/lib/validation/plan";
import { CalibrationOfferView } from "./calibration-offer";
import { PlanAssumptions } from "./plan-assumptions";
import { PlanCharts } from "./plan-charts";
import { OptionCreators } from "./plan-creators";
import { OptionCard } from "./plan-options";
import type { SavePlanOption } from "./save-option";

export function PlanResultView({ plan, query, params, lists, save }: { plan: PlanResult; query: PlanQuery; params: Record<string, unknown>; lists: { id: string; name: string }[]; save: SavePlanOption }) {
  const { pool } = plan;
  const source = pool.source.kind === "list" ? `the list “${pool.source.name}”` : "the creators matching the search filters";
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div className="space-y-4">
      <div className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700" data-testid="plan-summary">
        <p>
          <span className="font-medium">{formatMoney(query.budget)}</span> for the most {query.goal === "balance" ? "reach and engagements together" : query.goal},
          from {source}: {formatInteger(pool.size)} creators{pool.capped ? ` (capped: the ${formatInteger(pool.cap)} best by overall score; more match)` : ""},{" "}
          {formatInteger(plan.plannable)} of them can be planned.
          {plan.brief ? ` Fit is read against the brief “${plan.brief.name}”.` : " No brief: fit is not used."}
          {query.maxCreators ? ` At most ${formatInteger(query.maxCreators)} creators per option.` : ""}
          {plan.calibration.used ? ` Engagements calibrated on your organisation's results (${formatInteger(plan.calibration.offer!.overall.campaigns)} campaigns, ${formatInteger(plan.calibration.offer!.overall.posts)} posts).` : " Engagements from the published benchmarks."}
        </p>
        {plan.notes.length ? <ul className="mt-2 list-disc pl-5 text-amber-900">{plan.notes.map((n) => <li key={n}>{n}</li>)}</ul> : null}
      </div>
      {plan.calibration.offer ? <CalibrationOfferView offer={plan.calibration.offer} used={plan.calibration.used} declined={plan.calibration.declined} params={params} /> : null}
      <div className="grid gap-4 lg:grid-cols-3">
        {plan.options.map((o) => (
          <OptionCard key={o.kind} option={o} best={plan.best === o.kind} goal={query.goal} budget={query.budget} lists={lists} save={save} plan={params} today={today}
            defaultName={`Plan ${today}: ${o.kind}, ${formatMoney(query.budget)}`} />
        ))}
      </div>
      <PlanCharts rows={planChartRows(plan)} />
      <div className="space-y-2">
        <h2 className="font-semibold">Creators in each option</h2>
        {plan.options.map((o) => <OptionCreators key={o.kind} option={o} />)}
      </div>
      <PlanAssumptions options={plan.options} hasBrief={plan.brief !== null} />
    </div>
  );
}
