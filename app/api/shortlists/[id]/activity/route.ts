// GET /api/shortlists/:id/activity: who changed what and when, newest first (the last 100).
import { ANY_ROLE } from "@/lib/auth/roles";
import { route } from "@/lib/http";
import { listActivity } from "@/lib/queries/shortlist";
import { shortlistParamsSchema } from "@/lib/validation/shortlist";

export const GET = route({ roles: ANY_ROLE, params: shortlistParamsSchema }, async ({ user, params }) => ({ items: await listActivity(user.organizationId, params.id) }));
