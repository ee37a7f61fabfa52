// GET: an import's status and counts, polled by the progress bar.
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { NotFoundError } from "@/lib/domain/errors";
import { route } from "@/lib/http";
import { jobStatusView } from "@/lib/import/status";
import { getImportJob } from "@/lib/queries/import-jobs";
import { summarizeRowErrors } from "@/lib/queries/imports";
import { importParamsSchema } from "@/lib/validation/imports";

export const GET = route({ roles: ADMIN_ONLY, params: importParamsSchema }, async ({ params }) => {
  const job = await getImportJob(params.id);
  if (!job) throw new NotFoundError("No such import.");
  const reasons = job.status === "completed" || job.status === "failed" ? await summarizeRowErrors(job.id) : [];
  return { job: jobStatusView(job), reasons };
});
