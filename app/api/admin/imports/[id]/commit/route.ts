// POST ?asOf=YYYY-MM-DD: import for real, in the background; answers with the new import's id.
// asOf: when the file's metrics were measured (default: now); an older date adds history only.
import { ADMIN_ONLY, userLabel } from "@/lib/auth/roles";
import { route } from "@/lib/http";
import { startCommit } from "@/lib/import/service";
import { commitQuerySchema, importParamsSchema } from "@/lib/validation/imports";

export const POST = route({ roles: ADMIN_ONLY, params: importParamsSchema, query: commitQuerySchema }, async ({ params, query, user }) => {
  const job = await startCommit(params.id, { id: user.id, label: userLabel(user) }, query.asOf ?? null);
  return Response.json({ id: job.id }, { status: 202 });
});
