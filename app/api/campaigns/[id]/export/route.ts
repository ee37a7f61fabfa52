// GET /api/campaigns/:id/export?format=csv|xlsx: the report, a row per post, creator, tier and the campaign.
import { ANY_ROLE } from "@/lib/auth/roles";
import { reportCsv, reportFileName, reportXlsx } from "@/lib/export/campaign-export";
import { EXPORT_CONTENT_TYPE } from "@/lib/export/list-export";
import { route } from "@/lib/http";
import { getCampaignReport } from "@/lib/queries/campaigns";
import { campaignParamsSchema, reportExportQuerySchema } from "@/lib/validation/campaigns";

export const GET = route({ roles: ANY_ROLE, params: campaignParamsSchema, query: reportExportQuerySchema }, async ({ user, params, query }) => {
  const d = await getCampaignReport(user.organizationId, params.id);
  const body = query.format === "csv" ? reportCsv(d.report) : await reportXlsx(d.report, d.campaign.name);
  return new Response(body as BodyInit, {
    headers: {
      "content-type": EXPORT_CONTENT_TYPE[query.format],
      "content-disposition": `attachment; filename="${reportFileName(d.campaign.name, query.format)}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
