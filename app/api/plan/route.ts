// GET /api/plan?budget=…&goal=…&list=… (or search filters) and POST /api/plan with the same fields as
// JSON: the /plan page's micro, macro and mixed options (one schema: lib/validation/plan.ts).
import { route } from "@/lib/http";
import { ANY_ROLE } from "@/lib/auth/roles";
import { planCampaign, type PlanResult } from "@/lib/queries/plan";
import { planQuerySchema, type PlanQuery } from "@/lib/validation/plan";

function answer(q: PlanQuery, plan: PlanResult) {
  const { budget, goal, maxCreators, minAuth, platforms } = q;
  return { budget, goal, limits: { maxCreators: maxCreators ?? null, minAuthenticity: minAuth ?? null, platforms: platforms ?? null }, ...plan };
}

export const GET = route({ roles: ANY_ROLE, query: planQuerySchema }, async ({ user, query }) => answer(query, await planCampaign(query, user.organizationId)));

export const POST = route({ roles: ANY_ROLE, body: planQuerySchema }, async ({ user, body }) => answer(body, await planCampaign(body, user.organizationId)));
