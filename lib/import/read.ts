// Streaming readers for CSV/TSV, XLSX and JSON arrays. Every reader yields the same thing: a header
// (column names) and then rows of text cells with the line they start on, one at a time, so a
// 1,000,000-row file never sits in memory as objects.
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { parse } from "csv-parse";
import iconv from "iconv-lite";
import { cellText, cleanHeaderName, HEADER_LOOKAHEAD, HEADER_SCAN_ROWS, looksLikeHeader, MAX_COLUMNS, pickHeader, type RawRow } from "./cells";
import { ImportFileError, sniff, type Sniffed } from "./detect";
import { xlsxRows, type SheetChoice } from "./xlsx";
import { checkWorkbookSize } from "./zip-guard";

export { cellText, cleanHeaderName, looksLikeHeader, type RawRow };
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

function decodedStream(path: string, s: Sniffed): NodeJS.ReadableStream {
  const enc = s.encoding === "windows-1252" ? "win1252" : s.encoding === "utf16le" ? "utf16le" : "utf8";
  return createReadStream(path, { highWaterMark: 1 << 20 }).pipe(iconv.decodeStream(enc, { stripBOM: true }));
}

async function* csvRows(path: string, s: Sniffed): AsyncGenerator<RawRow> {
  const parser = decodedStream(path, s).pipe(
    // Every line ending, whatever the first line used: hand-edited files mix them (a preamble typed
    // on one system, the export pasted from another), and a stray "\r" would end up in the last cell.
    parse({
      delimiter: s.delimiter, record_delimiter: ["\r\n", "\n", "\r"], relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true, bom: true, trim: false,
      max_record_size: MAX_RECORD_CHARS,
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
    throw csvError(err);
  }
}

/** One row's characters at most (a cell of a few MB is fine; a quote left open swallowing the file is not). */
const MAX_RECORD_CHARS = 32 << 20;
/** Nesting a JSON element may have (exports nest a few levels), and its size. */
const MAX_JSON_DEPTH = 64;
const MAX_JSON_ELEMENT_CHARS = 16 << 20;

const tooWide = (line: number, n: number) =>
  new ImportFileError(`Line ${line.toLocaleString("en-US")} has ${n.toLocaleString("en-US")} columns: an import reads at most ${MAX_COLUMNS.toLocaleString("en-US")}. Is this a list of creators, one per row?`);

function csvError(err: unknown): Error {
  if (err instanceof ImportFileError) return err;
  const e = err as { code?: string; message?: string; lines?: number };
  if (e.code === "CSV_MAX_RECORD_SIZE") {
    return new ImportFileError(`A row near line ${e.lines ?? "?"} is over ${MAX_RECORD_CHARS >> 20} MB: a quote left open, or not a list of creators. Check the quotes near that line.`);
  }
  if (e.code === "CSV_QUOTE_NOT_CLOSED") {
    return new ImportFileError(`A quoted field is never closed: a " opens a value that runs to the end of the file (reached line ${e.lines ?? "?"}). Check the quotes near the last rows imported.`);
  }
  if (e.code?.startsWith("CSV_")) return new ImportFileError(`The file is not valid CSV: ${e.message}`);
  return err as Error;
}

/**
 * A JSON array of objects, one element at a time: a small scanner finds where each top-level element
 * ends (tracking strings and nesting), and only that element is parsed.
 */
async function* jsonRows(path: string, s: Sniffed): AsyncGenerator<RawRow> {
  let keys: string[] | null = null;
  const early: { line: number; obj: Record<string, unknown> }[] = [];
  const toRow = (line: number, obj: Record<string, unknown>): RawRow => {
    const flat = flatten(obj);
    return { line, cells: keys!.map((k) => cellText(flat[k])) };
  };
  for await (const el of jsonElements(path, s)) {
    let obj: unknown;
    try {
      obj = JSON.parse(el.text);
    } catch {
      throw new ImportFileError(`Invalid JSON in the element starting on line ${el.line}.`);
    }
    if (!obj || typeof obj !== "object" || Array.isArray(obj)) {
      throw new ImportFileError(`Element on line ${el.line} is not an object: a JSON import must be an array of objects.`);
    }
    if (keys) {
      yield toRow(el.line, obj as Record<string, unknown>);
      continue;
    }
    early.push({ line: el.line, obj: obj as Record<string, unknown> });
    if (early.length >= 100) {
      keys = unionKeys(early.map((e) => e.obj));
      yield { line: 0, cells: keys };
      for (const e of early) yield toRow(e.line, e.obj);
    }
  }
  if (!keys) {
    if (!early.length) throw new ImportFileError("The JSON array is empty.");
    keys = unionKeys(early.map((e) => e.obj));
    yield { line: 0, cells: keys };
    for (const e of early) yield toRow(e.line, e.obj);
  }
}

function unionKeys(objs: Record<string, unknown>[]): string[] {
  const set = new Set<string>();
  for (const o of objs) for (const k of Object.keys(flatten(o))) set.add(k);
  if (set.size > MAX_COLUMNS) throw tooWide(1, set.size);
  return [...set];
}

/**
 * Nested exports as columns: {"profile": {"username": "a"}} -> "profile.username"; a list of values
 * becomes one cell ("beauty, travel"); a list of objects, one column per item and key ("accounts.0.handle").
 */
export function flatten(o: Record<string, unknown>, prefix = "", out: Record<string, unknown> = {}, depth = 0): Record<string, unknown> {
  for (const [k, v] of Object.entries(o)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (depth < 4 && v && typeof v === "object" && !Array.isArray(v)) flatten(v as Record<string, unknown>, key, out, depth + 1);
    else if (Array.isArray(v) && v.every((x) => x === null || typeof x !== "object")) out[key] = v.filter((x) => x !== null).join(", ");
    else if (Array.isArray(v) && depth < 4) v.slice(0, 3).forEach((x, i) => (x && typeof x === "object" ? flatten(x as Record<string, unknown>, `${key}.${i}`, out, depth + 1) : (out[`${key}.${i}`] = x)));
    else out[key] = v;
  }
  return out;
}

async function* jsonElements(path: string, s: Sniffed): AsyncGenerator<{ line: number; text: string }> {
  let depth = 0;
  let inString = false;
  let escape = false;
  let started = false;
  let ended = false;
  let buf = "";
  let line = 1;
  let elLine = 1;
  for await (const chunk of decodedStream(path, s) as AsyncIterable<string>) {
    for (const ch of chunk) {
      if (ch === "\n") line++;
      if (ended) {
        if (!/\s/.test(ch)) throw new ImportFileError(`Unexpected text after the end of the JSON array (line ${line}).`);
        continue;
      }
      if (!started) {
        if (ch === "[") started = true;
        else if (!/\s/.test(ch)) throw new ImportFileError("A JSON import must be an array of objects: [{...}, {...}].");
        continue;
      }
      if (inString) {
        buf += ch;
        if (escape) escape = false;
        else if (ch === "\\") escape = true;
        else if (ch === '"') inString = false;
        continue;
      }
      if (depth === 0) {
        if (ch === "]") {
          if (buf.trim()) yield { line: elLine, text: buf };
          buf = "";
          ended = true;
        } else if (ch === ",") {
          if (!buf.trim()) throw new ImportFileError(`Empty element in the JSON array (line ${line}).`);
          yield { line: elLine, text: buf };
          buf = "";
        } else if (!/\s/.test(ch)) {
          if (!buf) elLine = line;
          buf += ch;
          if (ch === "{" || ch === "[") depth++;
          else if (ch === '"') inString = true;
        }
        continue;
      }
      buf += ch;
      if (buf.length > MAX_JSON_ELEMENT_CHARS) throw new ImportFileError(`The element starting on line ${elLine} is over ${MAX_JSON_ELEMENT_CHARS >> 20} MB: a JSON import is an array of creator objects.`);
      if (ch === '"') inString = true;
      else if (ch === "{" || ch === "[") {
        if (++depth > MAX_JSON_DEPTH) throw new ImportFileError(`The element starting on line ${elLine} is nested more than ${MAX_JSON_DEPTH} levels deep: a JSON import is an array of creator objects.`);
      } else if (ch === "}" || ch === "]") depth--;
    }
  }
  if (!ended) throw new ImportFileError("The JSON array is not closed: the file ends before the final ].");
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
