// GET /api/creators: the search page's query as JSON (same schema, same auth, org-scoped briefs).
import { ANY_ROLE } from "@/lib/auth/roles";
import { route } from "@/lib/http";
import { searchCreators } from "@/lib/queries/search";
import { searchQuerySchema } from "@/lib/validation/search";
import { onReplica } from "@/lib/queries/replica";

export const GET = route({ roles: ANY_ROLE, query: searchQuerySchema }, async ({ user, query }) => {
  const { items, total, totalCapped, countCap, page, pageSize, brief, weights, conflicts, path } = await onReplica(() => searchCreators(query, user.organizationId));
  // totalCapped: more than `total` (= countCap: 1,000 with free text, else 10,000) creators match.
  // conflicts: filters that exclude each other (the page is then empty; docs/search.md).
  return {
    items, total, totalCapped, countCap, page, pageSize, brief: brief && { id: brief.id, name: brief.name }, weights, conflicts,
    ...(query.debug ? { debug: { path } } : {}),
  };
});
