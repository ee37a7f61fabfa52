// POST ?asOf=YYYY-MM-DD: import for real, in the background; answers with the new import's id (a
// campaign results file is imported at once: 201 with its campaign, or 422 when a row is wrong).
// asOf: when the file's metrics were measured (default: now); an older date adds history only.
import { ADMIN_ONLY, userLabel } from "@/lib/auth/roles";
import { route } from "@/lib/http";
import { startCommit } from "@/lib/import/service";
import { commitQuerySchema, importParamsSchema } from "@/lib/validation/imports";

export const POST = route({ roles: ADMIN_ONLY, params: importParamsSchema, query: commitQuerySchema }, async ({ params, query, user }) => {
  const job = await startCommit(params.id, { id: user.id, label: userLabel(user) }, query.asOf ?? null);
  // Campaign results are written at once: the answer says whether they were, and for which campaign.
  if ("campaignId" in job) return Response.json(job, { status: 201 });
  return Response.json({ id: job.id }, { status: 202 });
});
