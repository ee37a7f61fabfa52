// A campaign results export (CSV, TSV, XLSX or JSON) read with the creator import's readers
// (lib/import/read.ts: encoding, delimiter, header row, sheets, the file's shape kept with an import
// job), its columns matched by columns.ts (or as chosen in the wizard / on the command line), into rows
// for lib/queries/campaigns writeCampaignPosts, each with its line number.
// No "server-only": the command line (npm run import -- --kind campaign-results) loads it.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PostInputFields } from "@/lib/domain/campaigns";
import { UnprocessableError } from "@/lib/domain/errors";
import type { Sniffed } from "../detect";
import { cleanFileName } from "../files";
import { openTable } from "../read";
import { RESULT_FIELDS, suggestResultColumns, type ResultField } from "./columns";

export const MAX_RESULTS_FILE_BYTES = 10 * 1024 * 1024;

/** Which column (by its header) holds which field. */
export type ResultColumns = Partial<Record<ResultField, string>>;

export type ResultsFile = {
  fileName: string;
  shape: Sniffed;
  header: string[];
  columns: ResultColumns;
  ignored: string[];
  rows: { line: number; fields: PostInputFields }[];
};

/** The suggested columns by header name (the wizard's and the command line's starting point). */
export function suggestedResultColumns(header: readonly string[]): { columns: ResultColumns; ignored: string[] } {
  const m = suggestResultColumns(header);
  return { columns: Object.fromEntries(Object.entries(m.columns).map(([f, i]) => [f, header[i as number]!])) as ResultColumns, ignored: m.ignored };
}

/** Problems with chosen columns against the file's header: the URL is required, every named column must exist. */
export function checkResultColumns(columns: ResultColumns, header: readonly string[]): string[] {
  const problems: string[] = [];
  if (!columns.url) problems.push(`No column holds the posts' URLs (columns: ${header.join(", ")}). Name it "url" or "post url", or choose it.`);
  for (const [f, col] of Object.entries(columns)) if (col && !header.includes(col)) problems.push(`${f} is mapped to a column "${col}" that this file does not have.`);
  return problems;
}

/**
 * Reads the whole stored file (at most maxRows data rows; more is an error, nothing is imported),
 * with the job's `shape` when known and the chosen `columns` (else the suggestion).
 */
export async function readResultsTable(path: string, rawName: string, opts: { maxRows: number; shape?: Sniffed | null; columns?: ResultColumns }): Promise<ResultsFile> {
  const fileName = cleanFileName(rawName);
  const table = await openTable(path, fileName, opts.shape);
  const suggested = suggestedResultColumns(table.header);
  const columns = opts.columns ?? suggested.columns;
  const problems = checkResultColumns(columns, table.header);
  if (problems.length) {
    await table.rows.return(undefined);
    throw new UnprocessableError(problems.join(" "));
  }
  const index = RESULT_FIELDS.flatMap((f) => (columns[f] ? [[f, table.header.indexOf(columns[f]!)] as const] : []));
  const rows: ResultsFile["rows"] = [];
  for await (const r of table.rows) {
    if (r.cells.every((c) => !c.trim())) continue;
    if (rows.length >= opts.maxRows) {
      await table.rows.return(undefined);
      throw new UnprocessableError(`The file has more than ${opts.maxRows.toLocaleString("en-US")} posts: split it.`);
    }
    const fields: PostInputFields = {};
    for (const [field, i] of index) fields[field] = r.cells[i] ?? "";
    rows.push({ line: r.line, fields });
  }
  if (!rows.length) throw new UnprocessableError("The file has a header but no posts.");
  const used = new Set(Object.values(columns));
  return { fileName, shape: table.sniffed, header: table.header, columns, ignored: table.header.filter((h) => !used.has(h)), rows };
}

/** The same from bytes (the campaign page's upload): written to a scratch file, read, removed. */
export async function readResultsFile(bytes: Uint8Array, rawName: string, maxRows: number, columns?: ResultColumns): Promise<ResultsFile> {
  const fileName = cleanFileName(rawName);
  const dir = await mkdtemp(join(tmpdir(), "scout-campaign-results-"));
  const path = join(dir, fileName);
  try {
    await writeFile(path, bytes);
    return await readResultsTable(path, fileName, { maxRows, columns });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The wizard's step 2: the file's shape, columns, first rows and the suggested columns. */
export async function analyzeResultsFile(path: string, rawName: string, sampleRows = 5) {
  const table = await openTable(path, cleanFileName(rawName));
  const sample: string[][] = [];
  try {
    for await (const r of table.rows) {
      sample.push(r.cells.map((c) => c.slice(0, 200)));
      if (sample.length >= sampleRows) break;
    }
  } finally {
    await table.rows.return(undefined);
  }
  return { sniffed: table.sniffed, header: table.header, sample, suggestion: suggestedResultColumns(table.header) };
}
