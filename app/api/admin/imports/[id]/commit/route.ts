// POST: import for real, in the background; answers with the new import's id.
import { withRole } from "@/lib/auth/guard";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { importErrorResponse, startCommit } from "@/lib/import/service";

export const POST = withRole<{ id: string }>(ADMIN_ONLY, async (_req, { params, user }) => {
  try {
    const job = await startCommit(params.id, user.id);
    return Response.json({ id: job.id }, { status: 202 });
  } catch (err) {
    return importErrorResponse(err);
  }
});
