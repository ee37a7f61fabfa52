// The rejected rows of an import as a CSV stream (line, reason, original cells), read in keyset pages
// so a file with a million rejects never sits in memory.
import { NotFoundError } from "@/lib/domain/errors";
import { getImportJob } from "@/lib/queries/import-jobs";
import { iterateRowErrors } from "@/lib/queries/imports";
import { readHeader } from "./read";
import { orderColumns, rejectedHeader, rejectedLine } from "./rejected-csv";

export async function rejectedRowsDownload(importJobId: string): Promise<{ fileName: string; stream: ReadableStream<Uint8Array> }> {
  const job = await getImportJob(importJobId);
  if (!job) throw new NotFoundError("No such import.");
  const first = (await iterateRowErrors(job.id, 1).next()).value?.[0];
  const keys = Object.keys((first?.raw as Record<string, unknown> | null) ?? {});
  const columns = orderColumns(keys.length && job.storagePath ? await readHeader(job.storagePath, job.fileName, job.shape) : null, keys);
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode("\ufeff" + rejectedHeader(columns)));
      for await (const page of iterateRowErrors(job.id)) controller.enqueue(encoder.encode(page.map((e) => rejectedLine(columns, e)).join("")));
      controller.close();
    },
  });
  return { fileName: `${job.fileName.replace(/\.[^.]+$/, "").replace(/[^\w.-]+/g, "_")}-rejected-rows.csv`, stream };
}
