// POST /api/campaigns/:id/results?fileName=results.csv[&dryRun=1]: a results export (CSV, TSV, XLSX or
// JSON, at most 10 MB) as the raw body. dryRun answers the column matching and a preview; otherwise
// every post is written in one transaction, or none when any row is wrong (422, errors by line).
import { ANY_ROLE } from "@/lib/auth/roles";
import { route } from "@/lib/http";
import { readResultsFile, MAX_RESULTS_FILE_BYTES } from "@/lib/import/campaign-results";
import { findCampaignOrThrow, MAX_POST_ROWS, writeCampaignPosts } from "@/lib/queries/campaigns";
import { campaignParamsSchema, resultsUploadQuerySchema } from "@/lib/validation/campaigns";
import { readUpload } from "./upload";

export const POST = route({ roles: ANY_ROLE, params: campaignParamsSchema, query: resultsUploadQuerySchema, bodyKind: "stream" }, async ({ req, user, params, query }) => {
  await findCampaignOrThrow(user.organizationId, params.id);
  const bytes = await readUpload(req, MAX_RESULTS_FILE_BYTES);
  const file = await readResultsFile(bytes, query.fileName, MAX_POST_ROWS);
  const out = await writeCampaignPosts(user.organizationId, params.id, file.rows, "import", { dryRun: query.dryRun });
  const about = { fileName: file.fileName, columns: file.columns, ignored: file.ignored };
  if (!out.ok) return Response.json({ error: { code: "unprocessable", message: `${out.errors.length} of ${out.rows} rows are wrong: nothing was imported.`, rows: out.errors }, ...about }, { status: 422 });
  return { ...about, ...out, dryRun: query.dryRun };
});
