// GET /api/plan?budget=…&goal=…&list=… (or search filters) and POST /api/plan with the same fields as
// JSON: the /plan page's micro, macro and mixed options (one schema: lib/validation/plan.ts).
import { route } from "@/lib/http";
import { ANY_ROLE } from "@/lib/auth/roles";
import { readCalibrationOffer } from "@/lib/queries/campaigns";
import { planCampaign, type PlanResult } from "@/lib/queries/plan";
import { planQuerySchema, type PlanQuery } from "@/lib/validation/plan";

function answer(q: PlanQuery, plan: PlanResult) {
  const { budget, goal, maxCreators, minAuth, platforms } = q;
  return { budget, goal, limits: { maxCreators: maxCreators ?? null, minAuthenticity: minAuth ?? null, platforms: platforms ?? null }, ...plan };
}

/** The plan, with the organisation's calibration offer (applied when calibrate=on and there is enough data). */
const plan = async (q: PlanQuery, organizationId: string) => answer(q, await planCampaign(q, organizationId, undefined, await readCalibrationOffer(organizationId)));

export const GET = route({ roles: ANY_ROLE, query: planQuerySchema }, async ({ user, query }) => plan(query, user.organizationId));

export const POST = route({ roles: ANY_ROLE, body: planQuerySchema }, async ({ user, body }) => plan(body, user.organizationId));
