// DELETE /api/shortlists/:id/share-links/:linkId: revoke a link; it answers 404 from then on.
import { ANY_ROLE } from "@/lib/auth/roles";
import { route } from "@/lib/http";
import { revokeShareLink } from "@/lib/queries/shortlist";
import { shareLinkParamsSchema } from "@/lib/validation/shortlist";

export const DELETE = route({ roles: ANY_ROLE, params: shareLinkParamsSchema }, async ({ user, params }) => revokeShareLink(user, params.id, params.linkId));
