// POST: import for real, in the background; answers with the new import's id.
import { ADMIN_ONLY, userLabel } from "@/lib/auth/roles";
import { route } from "@/lib/http";
import { startCommit } from "@/lib/import/service";
import { importParamsSchema } from "@/lib/validation/imports";

export const POST = route({ roles: ADMIN_ONLY, params: importParamsSchema }, async ({ params, user }) => {
  const job = await startCommit(params.id, { id: user.id, label: userLabel(user) });
  return Response.json({ id: job.id }, { status: 202 });
});
