// PATCH /api/shortlists/:id/items/:itemId { status?, note?, agreedPrice? }: edit one creator on a list
// (note "" and agreedPrice null clear them). DELETE: take it off the list.
import { ANY_ROLE } from "@/lib/auth/roles";
import { NotFoundError } from "@/lib/domain/errors";
import { route } from "@/lib/http";
import { actorOf, removeItems, updateItem } from "@/lib/queries/shortlist";
import { itemParamsSchema, updateItemSchema } from "@/lib/validation/shortlist";

export const PATCH = route({ roles: ANY_ROLE, params: itemParamsSchema, body: updateItemSchema }, async ({ user, params, body }) =>
  updateItem(user.organizationId, params.id, params.itemId, body, actorOf(user)),
);

export const DELETE = route({ roles: ANY_ROLE, params: itemParamsSchema }, async ({ user, params }) => {
  const result = await removeItems(user.organizationId, params.id, [params.itemId], actorOf(user));
  if (result.removed === 0) throw new NotFoundError("No such creator on this list.");
  return result;
});
