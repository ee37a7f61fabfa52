// GET /api/campaigns/:id: the campaign, its creators, posts and report (figures per post, creator,
// tier and campaign; docs/campaigns.md). PATCH: name, dates, budget, goal, currency, shareWithClient.
// DELETE: the campaign and its results (AGENCY, ADMIN, or whoever created it).
import { ANY_ROLE } from "@/lib/auth/roles";
import { route } from "@/lib/http";
import { deleteCampaign, getCampaignReport, updateCampaign } from "@/lib/queries/campaigns";
import { campaignParamsSchema, updateCampaignSchema } from "@/lib/validation/campaigns";
import { reportJson } from "./report-json";

export const GET = route({ roles: ANY_ROLE, params: campaignParamsSchema }, async ({ user, params }) => reportJson(await getCampaignReport(user.organizationId, params.id)));

export const PATCH = route({ roles: ANY_ROLE, params: campaignParamsSchema, body: updateCampaignSchema }, async ({ user, params, body }) => updateCampaign(user, params.id, body));

export const DELETE = route({ roles: ANY_ROLE, params: campaignParamsSchema }, async ({ user, params }) => deleteCampaign(user, params.id));
