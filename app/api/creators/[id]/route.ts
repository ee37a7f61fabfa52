// GET /api/creators/:id: one creator with history, score breakdown (optionally for ?brief=) and
// the caller's organisation's shortlists that hold it.
import { NextResponse } from "next/server";
import { withRole } from "@/lib/auth/guard";
import { ANY_ROLE } from "@/lib/auth/roles";
import { getCreatorProfile } from "@/lib/queries/creators";
import { BriefNotFoundError } from "@/lib/queries/search";
import { jsonError, jsonZodError } from "@/lib/validation/errors";
import { parseSearchQueryStrict } from "@/lib/validation/search";

export const GET = withRole<{ id: string }>(ANY_ROLE, async (req, { user, params }) => {
  const parsed = parseSearchQueryStrict(req.nextUrl.searchParams);
  if (!parsed.success) return jsonZodError(parsed.error);
  try {
    const profile = await getCreatorProfile(params.id, parsed.data, user.organizationId);
    if (!profile) return jsonError("not_found", "No such creator.");
    return NextResponse.json(profile);
  } catch (err) {
    if (err instanceof BriefNotFoundError) return jsonError("not_found", err.message, { brief: [err.message] });
    throw err;
  }
});
