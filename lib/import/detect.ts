// Sniffing what a file is before reading it: format, text encoding and delimiter, from its first
// bytes only. Pure: takes a Buffer, never touches the disk.
import { UnprocessableError } from "@/lib/domain/errors";
import type { FileFormat, FileShape, TextEncoding } from "@/lib/validation/file-shape";
import { MAX_COLUMNS } from "./cells";

export type { FileFormat, TextEncoding };
/** How a file was read (its shape, kept with the job): format, encoding, delimiter, sheet, header line. */
export type Sniffed = FileShape;

/** The file as a whole cannot be imported: 422 through the request wrapper, exit 1 from the CLI. */
export class ImportFileError extends UnprocessableError {
  constructor(message: string) {
    super(message);
    this.name = "ImportFileError";
  }
}

/** A file over the upload limit: answered 413 rather than 422. */
export class ImportTooLargeError extends ImportFileError {
  override readonly tooLarge = true;
}

const DELIMITERS = [",", ";", "\t", "|"] as const;

/** True when the bytes are valid UTF-8 (a multi-byte sequence cut at the end of the sample is allowed). */
export function isValidUtf8(buf: Buffer): boolean {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    let need = 0;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return false;
    if (i + need >= buf.length) return true;
    for (let k = 1; k <= need; k++) if ((buf[i + k]! & 0xc0) !== 0x80) return false;
    i += need + 1;
  }
  return true;
}

export function detectEncoding(sample: Buffer): TextEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return "utf8-bom";
  if (sample[0] === 0xff && sample[1] === 0xfe) return "utf16le";
  // Windows-1252 is what spreadsheet exports on Windows write when they are not UTF-8; latin-1 is a
  // subset of it for every printable character.
  return isValidUtf8(sample) ? "utf8" : "windows-1252";
}

/** Binary files (images, archives, executables) have NUL bytes or many control characters. */
export function looksBinary(sample: Buffer): boolean {
  if (!sample.length) return false;
  let control = 0;
  const n = Math.min(sample.length, 8192);
  for (let i = 0; i < n; i++) {
    const b = sample[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control / n > 0.05;
}

/** The delimiter that splits the first lines (outside quotes) into the most, and most consistent, fields. */
export function detectDelimiter(text: string): string {
  const lines: string[] = [];
  let cur = "";
  let inQuotes = false;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    if (!inQuotes && (ch === "\n" || ch === "\r")) {
      if (cur.trim()) lines.push(cur);
      cur = "";
      if (lines.length >= 20) break;
      continue;
    }
    cur += ch;
  }
  if (cur.trim() && lines.length < 20) lines.push(cur);
  let best: string = ",";
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => countOutsideQuotes(l, d));
    if (!counts.length || counts[0] === 0) continue;
    const same = counts.filter((c) => c === counts[0]).length / counts.length;
    const score = counts[0]! * same;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let q = false;
  for (const ch of line) {
    if (ch === '"') q = !q;
    else if (!q && ch === d) n++;
  }
  return n;
}

/** Decides how to read a file from its name and first bytes, or explains why it cannot be read. */
export function sniff(fileName: string, sample: Buffer, fileSize: number): Sniffed {
  if (fileSize === 0 || sample.length === 0) throw new ImportFileError("The file is empty (0 bytes).");
  const lower = fileName.toLowerCase();
  if (sample[0] === 0x50 && sample[1] === 0x4b && sample[2] === 0x03 && sample[3] === 0x04) {
    if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) return { format: "xlsx", encoding: "utf8", delimiter: "," };
    throw new ImportFileError("This is a ZIP archive, not a spreadsheet we can read. Upload CSV, TSV, XLSX or JSON.");
  }
  if (lower.endsWith(".xls") && sample[0] === 0xd0 && sample[1] === 0xcf) {
    throw new ImportFileError("Old Excel 97-2003 (.xls) files are not supported. Save the sheet as .xlsx or CSV and upload again.");
  }
  const encoding = detectEncoding(sample);
  if (encoding !== "utf16le" && looksBinary(sample)) {
    throw new ImportFileError("This file is binary, not text: it is not a CSV, TSV, XLSX or JSON file.");
  }
  const text = decodeSample(sample, encoding);
  const firstChar = text.replace(/^[\s\ufeff]+/, "")[0];
  if (!text.trim()) throw new ImportFileError("The file has no data: only blank lines.");
  if (lower.endsWith(".json") || firstChar === "[") {
    if (firstChar !== "[") throw new ImportFileError("A JSON import must be an array of objects: [{...}, {...}].");
    return { format: "json", encoding, delimiter: "," };
  }
  const delimiter = lower.endsWith(".tsv") || lower.endsWith(".tab") ? "\t" : detectDelimiter(text);
  // Said before a parser builds a row of millions of cells: the first line alone is too wide.
  const lineEnd = text.search(/[\r\n]/);
  const firstLine = lineEnd < 0 ? text : text.slice(0, lineEnd);
  const columns = countOutsideQuotes(firstLine, delimiter) + 1;
  if (columns > MAX_COLUMNS) {
    throw new ImportFileError(`The first line has ${lineEnd < 0 ? "over " : ""}${columns.toLocaleString("en-US")} columns: an import reads at most ${MAX_COLUMNS.toLocaleString("en-US")}. Is this a list of creators, one per row?`);
  }
  return { format: "csv", encoding, delimiter };
}

export function decodeSample(sample: Buffer, encoding: TextEncoding): string {
  if (encoding === "utf16le") return sample.subarray(2).toString("utf16le");
  if (encoding === "windows-1252") return new TextDecoder("windows-1252").decode(sample);
  return new TextDecoder("utf-8").decode(encoding === "utf8-bom" ? sample.subarray(3) : sample);
}
