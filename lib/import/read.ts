// Streaming readers for CSV/TSV, XLSX and JSON arrays. Every reader yields the same thing: a header
// (column names) and then rows of text cells with the line they start on, one at a time, so a
// 1,000,000-row file never sits in memory as objects.
import { open, stat } from "node:fs/promises";
import { parse } from "csv-parse";
import { cellText, cleanHeaderName, HEADER_LOOKAHEAD, HEADER_SCAN_ROWS, looksLikeHeader, MAX_COLUMNS, pickHeader, type RawRow } from "./cells";
import { ImportFileError, sniff, type Sniffed } from "./detect";
import { flatten, jsonRows } from "./json-rows";
import { decodedStream, MAX_ROW_BYTES, tooWide } from "./text-source";
import { xlsxRows, type SheetChoice } from "./xlsx";
import { checkWorkbookSize } from "./zip-guard";

export { cellText, cleanHeaderName, flatten, looksLikeHeader, MAX_ROW_BYTES, type RawRow };
export type OpenTable = { sniffed: Sniffed; header: string[]; rows: AsyncGenerator<RawRow> };

const SNIFF_BYTES = 64 * 1024;

export async function readSample(path: string, bytes = SNIFF_BYTES): Promise<{ sample: Buffer; size: number }> {
  const { size } = await stat(path);
  const fh = await open(path, "r");
  try {
    const buf = Buffer.alloc(Math.min(bytes, size));
    await fh.read(buf, 0, buf.length, 0);
    return { sample: buf, size };
  } finally {
    await fh.close();
  }
}

/**
 * The file as a header and a stream of rows. `known`: the shape this job's file was read with before
 * (kept with the job), used as it is: no sniffing, no header search, so every step of one job reads
 * the file alike. Without it the shape is decided here, from the first bytes and rows, and returned
 * as `sniffed` for the caller to keep with the job.
 */
export async function openTable(path: string, fileName: string, known?: Sniffed | null): Promise<OpenTable> {
  let sniffed: Sniffed;
  if (known) sniffed = known;
  else {
    const { sample, size } = await readSample(path);
    sniffed = sniff(fileName, sample, size);
  }
  if (sniffed.format === "xlsx") await checkWorkbookSize(path);
  const sheet: SheetChoice = { name: null, names: [], want: known?.format === "xlsx" ? { sheet: known.sheet, headerLine: known.headerLine } : undefined };
  const source = sniffed.format === "xlsx" ? xlsxRows(path, sheet) : sniffed.format === "json" ? jsonRows(path, sniffed) : csvRows(path, sniffed);
  // Find the header among the first rows (and a few below them, to tell a preamble from the header);
  // whatever precedes it (titles, notes) is not data.
  const first: RawRow[] = [];
  while (first.length < HEADER_SCAN_ROWS + HEADER_LOOKAHEAD) {
    const next = await source.next();
    if (next.done) break;
    first.push(next.value);
    if (sniffed.format === "json") break; // the keys, made by the reader
    if (known?.headerLine !== undefined && next.value.line >= known.headerLine) break;
  }
  const at =
    sniffed.format === "json" ? (first.length ? 0 : -1)
    : known?.headerLine !== undefined ? first.findIndex((r) => r.line === known.headerLine)
    : pickHeader(first.map((r) => r.cells));
  if (at < 0) {
    await source.return(undefined);
    if (known) throw new ImportFileError("The file no longer reads as it did when it was uploaded (its header row moved); upload it again.");
    if (sniffed.format === "xlsx" && sheet.names.length) {
      throw new ImportFileError(`No worksheet has a header row in its first ${HEADER_SCAN_ROWS} rows (sheets: ${sheet.names.join(", ")}): the first row should name the columns (e.g. handle, followers).`);
    }
    throw new ImportFileError(
      first.length
        ? "No header row found in the first rows: the first row should name the columns (e.g. handle, followers)."
        : "The file has no rows.",
    );
  }
  const header = first[at]!;
  const names = header.cells.map((c, i) => cleanHeaderName(c) || `Column ${i + 1}`);
  const said: Sniffed = known ?? { ...(sheet.name === null ? sniffed : { ...sniffed, sheet: sheet.name, sheets: sheet.names }), headerLine: header.line || undefined };
  return { sniffed: said, header: dedupeNames(names), rows: rowsAfter(first.slice(at + 1), source) };
}

/** The rows read ahead while looking for the header, then the rest; closing it closes the reader. */
async function* rowsAfter(ahead: RawRow[], source: AsyncGenerator<RawRow>): AsyncGenerator<RawRow> {
  try {
    yield* ahead;
    yield* source;
  } finally {
    await source.return(undefined);
  }
}

function dedupeNames(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const k = n.toLowerCase();
    const c = (seen.get(k) ?? 0) + 1;
    seen.set(k, c);
    return c === 1 ? n : `${n} (${c})`;
  });
}

async function* csvRows(path: string, s: Sniffed): AsyncGenerator<RawRow> {
  const parser = decodedStream(path, s).pipe(
    // Every line ending, whatever the first line used: hand-edited files mix them (a preamble typed
    // on one system, the export pasted from another), and a stray "\r" would end up in the last cell.
    parse({
      delimiter: s.delimiter, record_delimiter: ["\r\n", "\n", "\r"], relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true, bom: true, trim: false,
      max_record_size: MAX_ROW_BYTES,
    }),
  );
  let lastLine = 0;
  let lastEmpty = 0;
  try {
    for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number; empty_lines: number } }>) {
      // A record starts on the line after the previous record ended, past any blank lines skipped.
      // (csv-parse's own line counter counts a CRLF inside quotes twice, so the span is counted here.)
      const start = lastLine + 1 + (rec.info.empty_lines - lastEmpty);
      let span = 0;
      for (const cell of rec.record) {
        for (let i = cell.indexOf("\n"); i !== -1; i = cell.indexOf("\n", i + 1)) span++;
      }
      lastLine = start + span;
      lastEmpty = rec.info.empty_lines;
      if (rec.record.length > MAX_COLUMNS) throw tooWide(start, rec.record.length);
      yield { line: start, cells: rec.record };
    }
  } catch (err) {
    // The row that broke starts after the last one read, past the blank lines skipped since.
    const empty = (err as { empty_lines?: number }).empty_lines;
    throw csvError(err, lastLine + 1 + (typeof empty === "number" ? Math.max(0, empty - lastEmpty) : 0));
  }
}

function csvError(err: unknown, rowLine: number): Error {
  if (err instanceof ImportFileError) return err;
  const e = err as { code?: string; message?: string; lines?: number };
  if (e.code === "CSV_MAX_RECORD_SIZE") {
    const at = rowLine.toLocaleString("en-US");
    return new ImportFileError(`The row starting on line ${at} is over ${MAX_ROW_BYTES >> 20} MB (it reached line ${(e.lines ?? rowLine).toLocaleString("en-US")} without ending): a quote left open, or not a list of creators. Check the quotes on line ${at}.`);
  }
  if (e.code === "CSV_QUOTE_NOT_CLOSED") {
    return new ImportFileError(`A quoted field is never closed: a " opens a value that runs to the end of the file (reached line ${e.lines ?? "?"}). Check the quotes near the last rows imported.`);
  }
  if (e.code?.startsWith("CSV_")) return new ImportFileError(`The file is not valid CSV: ${e.message}`);
  return err as Error;
}

/** The header of a stored file, or null when the file is gone or unreadable. */
export async function readHeader(path: string, fileName: string, known?: Sniffed | null): Promise<string[] | null> {
  try {
    const t = await openTable(path, fileName, known);
    await t.rows.return(undefined);
    return t.header;
  } catch {
    return null;
  }
}
