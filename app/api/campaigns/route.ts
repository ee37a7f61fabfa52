// GET /api/campaigns: your organisation's campaigns. POST: start one { from: "shortlist", shortlistId,
// budget, … } or { from: "plan", plan: {…the planner's parameters}, option: micro|macro|mixed, … }.
import { ANY_ROLE } from "@/lib/auth/roles";
import { route } from "@/lib/http";
import { createCampaign, listCampaigns } from "@/lib/queries/campaigns";
import { createCampaignSchema } from "@/lib/validation/campaigns";

export const GET = route({ roles: ANY_ROLE }, async ({ user }) => ({ items: await listCampaigns(user.organizationId) }));

export const POST = route({ roles: ANY_ROLE, body: createCampaignSchema }, async ({ user, body }) => {
  const created = await createCampaign(user, body);
  return Response.json(created, { status: 201 });
});
