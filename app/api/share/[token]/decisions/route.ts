// POST /api/share/:token/decisions { itemId, decision: "approved" | "rejected", comment? }: the client's
// answer on one creator (answering again replaces it). Logged with "client" as the author.
import { NextResponse } from "next/server";
import { publicRoute } from "@/lib/http";
import { recordClientDecision } from "@/lib/queries/shortlist";
import { clientDecisionSchema, shareTokenParamsSchema } from "@/lib/validation/shortlist";
import { SHARE_HEADERS } from "@/lib/security/share-headers";

export const POST = publicRoute({ roles: "public", params: shareTokenParamsSchema, body: clientDecisionSchema }, async ({ params, body }) =>
  NextResponse.json(await recordClientDecision(params.token, body), { headers: SHARE_HEADERS }),
);
