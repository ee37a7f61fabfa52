// POST /api/shortlists/:id/items { creatorId, note? }: add a creator to one of the caller's
// organisation's shortlists. Another organisation's shortlist is a 404.
import { NextResponse } from "next/server";
import { route } from "@/lib/http";
import { ANY_ROLE } from "@/lib/auth/roles";
import { NotFoundError } from "@/lib/domain/errors";
import { addCreatorToShortlist } from "@/lib/queries/shortlists";
import { addToShortlistSchema, shortlistParamsSchema } from "@/lib/validation/shortlist";

export const POST = route({ roles: ANY_ROLE, params: shortlistParamsSchema, body: addToShortlistSchema }, async ({ user, params, body }) => {
  const result = await addCreatorToShortlist(user.organizationId, params.id, body.creatorId, body.note);
  if (result === "no_shortlist") throw new NotFoundError("No such shortlist in your organisation.");
  if (result === "no_creator") throw new NotFoundError("No such creator.", { creatorId: ["No such creator."] });
  return NextResponse.json({ status: result }, { status: result === "added" ? 201 : 200 });
});
