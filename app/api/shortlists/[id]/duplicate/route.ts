// POST /api/shortlists/:id/duplicate { name }: a copy with items, statuses, notes and agreed prices.
import { NextResponse } from "next/server";
import { ANY_ROLE } from "@/lib/auth/roles";
import { route } from "@/lib/http";
import { actorOf, duplicateList } from "@/lib/queries/shortlist";
import { duplicateShortlistSchema, shortlistParamsSchema } from "@/lib/validation/shortlist";

export const POST = route({ roles: ANY_ROLE, params: shortlistParamsSchema, body: duplicateShortlistSchema }, async ({ user, params, body }) =>
  NextResponse.json(await duplicateList(user.organizationId, params.id, body.name, actorOf(user)), { status: 201 }),
);
