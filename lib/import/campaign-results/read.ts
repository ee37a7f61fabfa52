// A campaign results export (CSV, TSV, XLSX or JSON) read with the creator import's readers
// (lib/import/read.ts: encoding, delimiter, header row, sheets), its columns matched by
// columns.ts, into rows for lib/queries/campaigns writeCampaignPosts, each with its line number.
import "server-only";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PostInputFields } from "@/lib/domain/campaigns";
import { UnprocessableError } from "@/lib/domain/errors";
import { cleanFileName } from "../files";
import { openTable } from "../read";
import { suggestResultColumns, type ResultField } from "./columns";

export const MAX_RESULTS_FILE_BYTES = 10 * 1024 * 1024;

export type ResultsFile = {
  fileName: string;
  header: string[];
  columns: Partial<Record<ResultField, string>>;
  ignored: string[];
  rows: { line: number; fields: PostInputFields }[];
};

/** Reads the whole file (at most maxRows data rows; more is an error, nothing is imported). */
export async function readResultsFile(bytes: Uint8Array, rawName: string, maxRows: number): Promise<ResultsFile> {
  const fileName = cleanFileName(rawName);
  const dir = await mkdtemp(join(tmpdir(), "scout-campaign-results-"));
  const path = join(dir, fileName);
  try {
    await writeFile(path, bytes);
    const table = await openTable(path, fileName);
    const mapping = suggestResultColumns(table.header);
    if (mapping.columns.url === undefined) {
      await table.rows.return(undefined);
      throw new UnprocessableError(`No column holds the posts' URLs (columns: ${table.header.join(", ")}). Name it "url" or "post url".`);
    }
    const rows: ResultsFile["rows"] = [];
    for await (const r of table.rows) {
      if (r.cells.every((c) => !c.trim())) continue;
      if (rows.length >= maxRows) {
        await table.rows.return(undefined);
        throw new UnprocessableError(`The file has more than ${maxRows.toLocaleString("en-US")} posts: split it.`);
      }
      const fields: PostInputFields = {};
      for (const [field, i] of Object.entries(mapping.columns) as [ResultField, number][]) fields[field] = r.cells[i] ?? "";
      rows.push({ line: r.line, fields });
    }
    if (!rows.length) throw new UnprocessableError("The file has a header but no posts.");
    const columns = Object.fromEntries(Object.entries(mapping.columns).map(([f, i]) => [f, table.header[i as number]!])) as ResultsFile["columns"];
    return { fileName, header: table.header, columns, ignored: mapping.ignored, rows };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
