// POST /api/shortlists/:id/items { creatorId, note? }: add a creator to one of the caller's
// organisation's shortlists. Another organisation's shortlist is a 404.
import { NextResponse } from "next/server";
import { withRole } from "@/lib/auth/guard";
import { ANY_ROLE } from "@/lib/auth/roles";
import { addCreatorToShortlist } from "@/lib/queries/shortlists";
import { jsonError, jsonZodError } from "@/lib/validation/errors";
import { addToShortlistSchema } from "@/lib/validation/shortlist";

export const POST = withRole<{ id: string }>(ANY_ROLE, async (req, { user, params }) => {
  const body: unknown = await req.json().catch(() => null);
  const parsed = addToShortlistSchema.safeParse(body);
  if (!parsed.success) return jsonZodError(parsed.error);
  const result = await addCreatorToShortlist(user.organizationId, params.id, parsed.data.creatorId, parsed.data.note);
  if (result === "no_shortlist") return jsonError("not_found", "No such shortlist in your organisation.");
  if (result === "no_creator") return jsonError("not_found", "No such creator.", { creatorId: ["No such creator."] });
  return NextResponse.json({ status: result }, { status: result === "added" ? 201 : 200 });
});
