// PATCH /api/campaigns/:id/creators/:creatorId { fee?, deliverables? }: a booked creator's agreed fee
// and deliverables after launch (every role that edits campaigns). Each change is recorded (who, when,
// old -> new); the predictions frozen at launch stay as they were. A wrong fee or deliverable is a 400
// naming the field.
import { ANY_ROLE } from "@/lib/auth/roles";
import { route } from "@/lib/http";
import { updateCampaignDeal } from "@/lib/queries/campaigns";
import { campaignCreatorParamsSchema, updateDealSchema } from "@/lib/validation/campaigns";

export const PATCH = route({ roles: ANY_ROLE, params: campaignCreatorParamsSchema, body: updateDealSchema }, async ({ user, params, body }) => updateCampaignDeal(user, params.id, params.creatorId, body));
