import type { Metadata } from "next";
import { PlanForm } from "@/components/plan/plan-form";
import { PlanResultView } from "@/components/plan/plan-result";
import { savePlanOptionAction } from "./actions";
import { RefusedInputNotice } from "@/components/errors/refused-input";
import { requirePageUser } from "@/lib/auth/guard";
import { pageQuery } from "@/lib/http/page";
import { NotFoundError, InvalidInputError } from "@/lib/domain/errors";
import { listBriefsForOrg } from "@/lib/queries/search";
import { readCalibrationOffer } from "@/lib/queries/campaigns";
import { planCampaign, type PlanResult } from "@/lib/queries/plan";
import { listShortlistNamesForOrg } from "@/lib/queries/shortlists";
import { zodFieldErrors } from "@/lib/validation/errors";
import { planQuerySchema } from "@/lib/validation/plan";

export const metadata: Metadata = { title: "Plan a campaign" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PlanPage({ searchParams }: Props) {
  const user = await requirePageUser(undefined, "/plan");
  const { params, refused } = await pageQuery(searchParams);
  const [lists, briefs] = await Promise.all([listShortlistNamesForOrg(user.organizationId), listBriefsForOrg(user.organizationId)]);
  const asked = params.budget !== undefined;
  const parsed = asked ? planQuerySchema.safeParse(params) : null;
  let error: { message: string; fields?: Record<string, string[]> } | null = null;
  let plan: PlanResult | null = null;
  if (parsed && !parsed.success) error = { message: "Check the inputs.", fields: zodFieldErrors(parsed.error) };
  else if (parsed?.success) {
    try {
      plan = await planCampaign(parsed.data, user.organizationId, undefined, await readCalibrationOffer(user.organizationId));
    } catch (err) {
      // Another organisation's list or brief reads exactly as one that does not exist (the API answers 404).
      if (err instanceof NotFoundError || err instanceof InvalidInputError) error = { message: err.message, fields: err.fields };
      else throw err;
    }
  }
  return (
    <main className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">Plan a campaign: micro or macro?</h1>
        <p className="text-sm text-slate-600">One budget, three ways to spend it: micro creators, macro creators, or the best mix of any tier.</p>
      </div>
      <RefusedInputNotice refused={refused} />
      <PlanForm params={{ ...params }} lists={lists} briefs={briefs} fields={error?.fields} />
      {error ? (
        <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-800" data-testid="plan-error">
          <p className="font-medium">{error.message}</p>
          {error.fields ? <ul className="mt-1 list-disc pl-5">{Object.entries(error.fields).flatMap(([k, ms]) => ms.map((m) => <li key={k + m}>{m}</li>))}</ul> : null}
        </div>
      ) : null}
      {!asked ? <p className="text-sm text-slate-600">Enter a budget and pick a pool (a shortlist, or search filters), then press Plan.</p> : null}
      {plan && parsed?.success ? <PlanResultView plan={plan} query={parsed.data} params={{ ...params }} lists={lists} save={savePlanOptionAction} /> : null}
    </main>
  );
}
