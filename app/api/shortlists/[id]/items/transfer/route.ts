// POST /api/shortlists/:id/items/transfer { itemIds, targetId, mode: "move" | "copy" }: to another of
// the organisation's lists, with status, note and agreed price.
import { ANY_ROLE } from "@/lib/auth/roles";
import { route } from "@/lib/http";
import { actorOf, transferItems } from "@/lib/queries/shortlist";
import { shortlistParamsSchema, transferSchema } from "@/lib/validation/shortlist";

export const POST = route({ roles: ANY_ROLE, params: shortlistParamsSchema, body: transferSchema }, async ({ user, params, body }) =>
  transferItems(user.organizationId, params.id, body.itemIds, body.targetId, body.mode, actorOf(user)),
);
