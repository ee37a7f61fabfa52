// GET /api/shortlists/:id: the list, its creators as rows and its totals.
// PATCH { name?, description?, briefId?, archived? }: rename, describe, attach/remove a brief, archive/restore.
// DELETE: delete the list (AGENCY, ADMIN, or the MARKETER who created it).
import { ANY_ROLE } from "@/lib/auth/roles";
import { shortlistTotals } from "@/lib/domain/shortlist";
import { route } from "@/lib/http";
import { actorOf, deleteList, getShortlistForOrg, listItemRows, updateList } from "@/lib/queries/shortlist";
import { shortlistParamsSchema, updateShortlistSchema } from "@/lib/validation/shortlist";

export const GET = route({ roles: ANY_ROLE, params: shortlistParamsSchema }, async ({ user, params }) => {
  const [list, items] = await Promise.all([getShortlistForOrg(user.organizationId, params.id), listItemRows(user.organizationId, params.id)]);
  const { brief, ...rest } = list;
  return { ...rest, brief: brief && { id: brief.id, name: brief.name }, items, totals: shortlistTotals(items) };
});

export const PATCH = route({ roles: ANY_ROLE, params: shortlistParamsSchema, body: updateShortlistSchema }, async ({ user, params, body }) => {
  return updateList(user.organizationId, params.id, body, actorOf(user));
});

export const DELETE = route({ roles: ANY_ROLE, params: shortlistParamsSchema }, async ({ user, params }) => {
  const deleted = await deleteList(user, params.id);
  return { deleted: deleted.id };
});
