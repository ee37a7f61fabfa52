// GET: the rejected rows of an import as CSV (line, reason, original cells), streamed.
import { withRole } from "@/lib/auth/guard";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { readHeader } from "@/lib/import/read";
import { orderColumns, rejectedHeader, rejectedLine } from "@/lib/import/rejected-csv";
import { getImportJob, iterateRowErrors } from "@/lib/queries/imports";
import { jsonError } from "@/lib/validation/errors";

export const GET = withRole<{ id: string }>(ADMIN_ONLY, async (_req, { params }) => {
  const job = await getImportJob(params.id);
  if (!job) return jsonError("not_found", "No such import.");
  const first = (await iterateRowErrors(job.id, 1).next()).value?.[0];
  const keys = Object.keys((first?.raw as Record<string, unknown> | null) ?? {});
  const columns = orderColumns(keys.length && job.storagePath ? await readHeader(job.storagePath, job.fileName) : null, keys);
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode("\ufeff" + rejectedHeader(columns)));
      for await (const page of iterateRowErrors(job.id)) controller.enqueue(encoder.encode(page.map((e) => rejectedLine(columns, e)).join("")));
      controller.close();
    },
  });
  const name = job.fileName.replace(/\.[^.]+$/, "").replace(/[^\w.-]+/g, "_");
  return new Response(stream, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}-rejected-rows.csv"` },
  });
});
