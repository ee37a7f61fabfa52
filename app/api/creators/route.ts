// GET /api/creators: the search page's query as JSON (same schema, same auth, org-scoped briefs).
import { NextResponse } from "next/server";
import { withRole } from "@/lib/auth/guard";
import { ANY_ROLE } from "@/lib/auth/roles";
import { BriefNotFoundError, searchCreators } from "@/lib/queries/search";
import { jsonError, jsonZodError } from "@/lib/validation/errors";
import { parseSearchQueryStrict } from "@/lib/validation/search";

export const GET = withRole(ANY_ROLE, async (req, { user }) => {
  const parsed = parseSearchQueryStrict(req.nextUrl.searchParams);
  if (!parsed.success) return jsonZodError(parsed.error);
  try {
    const { items, total, totalCapped, countCap, page, pageSize, brief, weights } = await searchCreators(parsed.data, user.organizationId);
    // totalCapped: more than `total` (= countCap: 1,000 with free text, else 10,000) creators match.
    return NextResponse.json({ items, total, totalCapped, countCap, page, pageSize, brief: brief && { id: brief.id, name: brief.name }, weights });
  } catch (err) {
    if (err instanceof BriefNotFoundError) return jsonError("not_found", err.message, { brief: [err.message] });
    throw err;
  }
});
