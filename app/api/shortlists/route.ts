// GET /api/shortlists: the caller's organisation's shortlists.
import { NextResponse } from "next/server";
import { withRole } from "@/lib/auth/guard";
import { ANY_ROLE } from "@/lib/auth/roles";
import { listShortlistsForOrg } from "@/lib/queries/shortlists";

export const GET = withRole(ANY_ROLE, async (_req, { user }) => {
  const lists = await listShortlistsForOrg(user.organizationId);
  return NextResponse.json({ items: lists.map((l) => ({ id: l.id, name: l.name, description: l.description, size: l._count.items })) });
});
