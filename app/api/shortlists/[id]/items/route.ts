// GET /api/shortlists/:id/items: the list's creators as rows.
// POST { creatorIds: [...] } (or { creatorId }): add several; already there is "already", never an error.
// PATCH { itemIds, status }: one status for several. DELETE { itemIds }: remove several.
import { NextResponse } from "next/server";
import { z } from "zod";
import { ANY_ROLE } from "@/lib/auth/roles";
import { NotFoundError } from "@/lib/domain/errors";
import { route } from "@/lib/http";
import { actorOf, listItemRows, removeItems, setItemsStatus } from "@/lib/queries/shortlist";
import { addCreatorsToShortlist } from "@/lib/queries/shortlists";
import { addManySchema, bulkStatusSchema, itemIdsSchema, shortlistParamsSchema } from "@/lib/validation/shortlist";

// The profile's and search's one-click button sends { creatorId }; lists send { creatorIds }.
const addBody = z.preprocess((v) => (v && typeof v === "object" && "creatorId" in v && !("creatorIds" in v) ? { creatorIds: [(v as { creatorId: unknown }).creatorId] } : v), addManySchema);

export const GET = route({ roles: ANY_ROLE, params: shortlistParamsSchema }, async ({ user, params }) => ({ items: await listItemRows(user.organizationId, params.id) }));

export const POST = route({ roles: ANY_ROLE, params: shortlistParamsSchema, body: addBody }, async ({ user, params, body }) => {
  const result = await addCreatorsToShortlist(user.organizationId, params.id, body.creatorIds, actorOf(user));
  if (result.added.length === 0 && result.already.length === 0) throw new NotFoundError("No such creator.", { creatorIds: ["No such creator."] });
  const status = result.added.length ? "added" : "already";
  return NextResponse.json({ status, ...result }, { status: result.added.length ? 201 : 200 });
});

export const PATCH = route({ roles: ANY_ROLE, params: shortlistParamsSchema, body: bulkStatusSchema }, async ({ user, params, body }) =>
  setItemsStatus(user.organizationId, params.id, body.itemIds, body.status, actorOf(user)),
);

export const DELETE = route({ roles: ANY_ROLE, params: shortlistParamsSchema, body: itemIdsSchema }, async ({ user, params, body }) =>
  removeItems(user.organizationId, params.id, body.itemIds, actorOf(user)),
);
