// What the numbers assume, in plain words (docs/scoring.md "Planner" has the details).
import type { PlanOption } from "@/lib/domain/plan";
import { PLAN_LIMITS } from "@/lib/domain/plan";
import { formatInteger } from "@/lib/domain/format";

export function PlanAssumptions({ options, hasBrief }: { options: PlanOption[]; hasBrief: boolean }) {
  const inexact = options.filter((o) => o.creators.length && !o.exact);
  return (
    <section aria-labelledby="assumptions" className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700">
      <h2 id="assumptions" className="font-semibold text-slate-900">Assumptions</h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        <li>Reach is the sum of followers. It is not de-duplicated: someone who follows two of the creators is counted twice.</li>
        <li>Engagements are per post: the creators&apos; average likes + comments on one post each. Creators without engagement data are never counted as 0 or as perfect: the engagements and balance goals leave them out; under the reach goal their engagements are shown as unknown.</li>
        <li>Prices are estimates (the middle of each creator&apos;s price range, from imported prices, or estimated from the platform&apos;s published rate cards for the creator&apos;s follower count) unless a price was agreed on the shortlist. The mid cost stays within the budget; the high end may not.</li>
        <li>Micro means the micro tier (10K–50K followers); macro means the macro and mega tiers (500K followers and more); mixed may take any tier.</li>
        <li>
          The goal decides what is maximised: reach = followers; engagements = expected engagements; balance = half reach and half
          engagements, each divided by the pool&apos;s average so they count equally.{hasBrief ? " With a brief, each creator counts in proportion to their fit (fit 60 = 60% of their reach or engagements)." : ""}
        </li>
        <li>
          How the options were chosen: an exact optimiser (a knapsack under the budget and the creator limit) that proves its answer is the best,
          within a limit of {formatInteger(PLAN_LIMITS.nodeLimit)} search steps per option.{" "}
          {inexact.length
            ? `It hit that limit for ${inexact.map((o) => o.kind).join(" and ")}: the answer shown is the best found, at most ${Math.max(...inexact.map((o) => o.gap * 100)).toFixed(2)}% below the best possible.`
            : "Every option shown was proven the best possible."}
        </li>
      </ul>
    </section>
  );
}
