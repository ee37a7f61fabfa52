// GET /api/share/:token: what the client sees, as JSON. No account; the token opens this one list.
// An unknown, revoked or expired token is a 404.
import { NextResponse } from "next/server";
import { NotFoundError } from "@/lib/domain/errors";
import { publicRoute } from "@/lib/http";
import { getSharedList } from "@/lib/queries/shortlist";
import { shareTokenParamsSchema } from "@/lib/validation/shortlist";
import { SHARE_HEADERS } from "@/lib/security/share-headers";

export const GET = publicRoute({ roles: "public", params: shareTokenParamsSchema }, async ({ params }) => {
  const list = await getSharedList(params.token);
  if (!list) throw new NotFoundError("This link does not exist or no longer works.");
  return NextResponse.json(list, { headers: SHARE_HEADERS });
});
