// GET /api/shortlists/:id/export?format=csv|xlsx[&sort=…&order=asc|desc]: the list as a download, its
// rows in the list page's order (the page's links carry the sort the user chose). The list is found in
// the caller's organisation before the first byte, so another organisation's list is a plain 404.
import { ANY_ROLE } from "@/lib/auth/roles";
import { csvStream, EXPORT_CONTENT_TYPE, exportFileName, xlsxStream } from "@/lib/export/list-export";
import { route } from "@/lib/http";
import { openListExport } from "@/lib/queries/shortlist";
import { exportQuerySchema, shortlistParamsSchema } from "@/lib/validation/shortlist";

export const GET = route({ roles: ANY_ROLE, params: shortlistParamsSchema, query: exportQuerySchema }, async ({ user, params, query }) => {
  const { name, rows } = await openListExport(user.organizationId, params.id, { sort: query.sort, order: query.order });
  const body = query.format === "csv" ? csvStream(rows) : xlsxStream(rows, name);
  const file = exportFileName(name, query.format);
  return new Response(body, {
    headers: {
      "content-type": EXPORT_CONTENT_TYPE[query.format],
      "content-disposition": `attachment; filename="${file}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
