// GET: the rejected rows of an import as CSV (line, reason, original cells), streamed.
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { route } from "@/lib/http";
import { rejectedRowsDownload } from "@/lib/import/rejected-download";
import { importParamsSchema } from "@/lib/validation/imports";

export const GET = route({ roles: ADMIN_ONLY, params: importParamsSchema }, async ({ params }) => {
  const { fileName, stream } = await rejectedRowsDownload(params.id);
  return new Response(stream, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${fileName}"` } });
});
