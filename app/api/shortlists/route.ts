// GET /api/shortlists: the caller's organisation's shortlists.
import { ANY_ROLE } from "@/lib/auth/roles";
import { route } from "@/lib/http";
import { listShortlistsForOrg } from "@/lib/queries/shortlists";

export const GET = route({ roles: ANY_ROLE }, async ({ user }) => {
  const lists = await listShortlistsForOrg(user.organizationId);
  return { items: lists.map((l) => ({ id: l.id, name: l.name, description: l.description, size: l._count.items })) };
});
