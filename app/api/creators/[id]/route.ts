// GET /api/creators/:id: one creator with history, score breakdown (optionally for ?brief=) and
// the caller's organisation's shortlists that hold it.
import { ANY_ROLE } from "@/lib/auth/roles";
import { NotFoundError } from "@/lib/domain/errors";
import { route } from "@/lib/http";
import { getCreatorProfile } from "@/lib/queries/creators";
import { searchQuerySchema } from "@/lib/validation/search";
import { idParamsSchema } from "@/lib/validation/params";
import { onReplica } from "@/lib/queries/replica";

export const GET = route({ roles: ANY_ROLE, params: idParamsSchema, query: searchQuerySchema }, async ({ user, params, query }) => {
  const profile = await onReplica(() => getCreatorProfile(params.id, query, user.organizationId));
  if (!profile) throw new NotFoundError("No such creator.");
  return profile;
});
