// A campaign results import job, for the wizard (its dry run and its import) and the command line:
// the stored file read with the job's shape and columns, every row checked and written in one
// transaction by writeCampaignPosts (the same path as the campaign page's upload, the typed row and
// the JSON API), the outcome (counts, each wrong row by line) kept on the job. Nothing is half-written:
// one wrong row and no post is written.
import { UnprocessableError } from "@/lib/domain/errors";
import { findCampaignById } from "@/lib/queries/campaigns/access";
import { MAX_POST_ROWS, writeCampaignPosts, type PostWriteOutcome } from "@/lib/queries/campaigns/posts";
import { getImportJob, recordResultsOutcome } from "@/lib/queries/import-jobs";
import { resultsMappingSchema } from "@/lib/validation/imports";
import { ImportFileError } from "../detect";
import { readResultsTable, type ResultColumns } from "./read";

export type ResultsJobOutcome = (PostWriteOutcome | { ok: false; rows: 0; errors: []; fileError: string }) & {
  campaign: { id: string; name: string; organizationId: string };
  columns: ResultColumns;
  dryRun: boolean;
};

export async function runResultsJob(jobId: string): Promise<ResultsJobOutcome> {
  const job = await getImportJob(jobId);
  if (!job || job.kind !== "campaign-results" || !job.campaignId) throw new ImportFileError(`No campaign results import with id ${jobId}.`);
  if (!job.storagePath) throw new ImportFileError("The uploaded file is no longer stored; upload it again.");
  const campaign = await findCampaignById(job.campaignId);
  const mapping = resultsMappingSchema.safeParse(job.mapping ?? {});
  const columns = mapping.success ? mapping.data.columns : undefined;
  let file;
  try {
    file = await readResultsTable(job.storagePath, job.fileName, { maxRows: MAX_POST_ROWS, shape: job.shape, columns });
  } catch (err) {
    if (!(err instanceof UnprocessableError)) throw err;
    await recordResultsOutcome(jobId, { rows: 0, created: 0, updated: 0, errors: [], fileError: err.message });
    return { ok: false, rows: 0, errors: [], fileError: err.message, campaign, columns: columns ?? {}, dryRun: job.dryRun };
  }
  const out = await writeCampaignPosts(campaign.organizationId, campaign.id, file.rows, "import", { dryRun: job.dryRun });
  await recordResultsOutcome(jobId, out.ok ? { rows: out.rows, created: out.created, updated: out.updated, errors: [] } : { rows: out.rows, created: 0, updated: 0, errors: out.errors });
  return { ...out, campaign, columns: file.columns, dryRun: job.dryRun };
}
