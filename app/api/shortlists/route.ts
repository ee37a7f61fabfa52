// GET /api/shortlists: the organisation's lists (active and archived) with sizes.
// POST /api/shortlists { name, description?, briefId? }: create one (409 when the name is taken).
import { NextResponse } from "next/server";
import { ANY_ROLE } from "@/lib/auth/roles";
import { route } from "@/lib/http";
import { actorOf, createList, listShortlistIndex } from "@/lib/queries/shortlist";
import { createShortlistSchema } from "@/lib/validation/shortlist";

export const GET = route({ roles: ANY_ROLE }, async ({ user }) => {
  const lists = await listShortlistIndex(user.organizationId);
  return {
    items: lists.map((l) => ({ id: l.id, name: l.name, description: l.description, size: l.size, archived: l.archivedAt !== null, archivedAt: l.archivedAt, brief: l.brief, updatedAt: l.updatedAt })),
  };
});

export const POST = route({ roles: ANY_ROLE, body: createShortlistSchema }, async ({ user, body }) => {
  const list = await createList(user.organizationId, actorOf(user), body);
  return NextResponse.json(list, { status: 201 });
});
