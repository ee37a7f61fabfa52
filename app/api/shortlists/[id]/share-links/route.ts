// GET /api/shortlists/:id/share-links: the list's client links with their state.
// POST { label?, days? (1-180, default 30), columns? }: a new link; its token is in this answer only.
// AGENCY, ADMIN, or the MARKETER who created the list.
import { NextResponse } from "next/server";
import { ANY_ROLE } from "@/lib/auth/roles";
import { route } from "@/lib/http";
import { publicUrl } from "@/lib/http/public-url";
import { createShareLink, listShareLinks } from "@/lib/queries/shortlist";
import { createShareLinkSchema, shortlistParamsSchema } from "@/lib/validation/shortlist";

export const GET = route({ roles: ANY_ROLE, params: shortlistParamsSchema }, async ({ user, params }) => ({ items: await listShareLinks(user, params.id) }));

export const POST = route({ roles: ANY_ROLE, params: shortlistParamsSchema, body: createShareLinkSchema }, async ({ req, user, params, body }) => {
  const link = await createShareLink(user, params.id, body);
  return NextResponse.json({ ...link, url: publicUrl(`/share/${link.token}`, req.nextUrl.origin) }, { status: 201 });
});
