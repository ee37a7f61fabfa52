// GET: an import's status and counts, polled by the progress bar.
import { withRole } from "@/lib/auth/guard";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { jobStatusView } from "@/lib/import/status";
import { getImportJob, summarizeRowErrors } from "@/lib/queries/imports";
import { jsonError } from "@/lib/validation/errors";

export const GET = withRole<{ id: string }>(ADMIN_ONLY, async (_req, { params }) => {
  const job = await getImportJob(params.id);
  if (!job) return jsonError("not_found", "No such import.");
  const reasons = job.status === "completed" || job.status === "failed" ? await summarizeRowErrors(job.id) : [];
  return Response.json({ job: jobStatusView(job), reasons });
});
