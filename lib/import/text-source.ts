// A text file as the readers see it: decoded, a small chunk at a time, and the limits one row (CSV) or
// one element (JSON) must keep within. Whatever a reader holds at once is bounded by these, not by
// the file's size.
import { createReadStream } from "node:fs";
import iconv from "iconv-lite";
import { MAX_COLUMNS } from "./cells";
import { ImportFileError, type Sniffed } from "./detect";

/**
 * Bytes read (and so parsed) at a time: Node's default for file streams. csv-parse turns a whole chunk
 * into records at once, and they wait in its buffer until the import takes them: 64 KB is about a
 * thousand rows, where 1 MB chunks were some 17,000 rows of objects, held long enough to reach V8's
 * old generation on every pass over the file (the malformed-file bench's open-quote files grew the
 * heap to 250 MB for files under 1 MB; docs/reliability.md).
 */
export const READ_CHUNK_BYTES = 64 * 1024;

/**
 * The longest row (CSV) or element (JSON) an import reads: 8 MB. The import keeps at most 2,000
 * characters of a cell and 2,000 columns (4 million characters), so a longer row holds nothing it
 * could store: it is a quote left open swallowing the rest of the file, or no list of creators. csv-parse
 * gathers a field in a buffer that doubles as it fills: this bound keeps it at 10 MB (at 32 MB it
 * reached 40 MB, plus the 20 MB it was copied from).
 */
export const MAX_ROW_BYTES = 8 << 20;

export function decodedStream(path: string, s: Sniffed): NodeJS.ReadableStream {
  const enc = s.encoding === "windows-1252" ? "win1252" : s.encoding === "utf16le" ? "utf16le" : "utf8";
  return createReadStream(path, { highWaterMark: READ_CHUNK_BYTES }).pipe(iconv.decodeStream(enc, { stripBOM: true }));
}

export const tooWide = (line: number, n: number) =>
  new ImportFileError(`Line ${line.toLocaleString("en-US")} has ${n.toLocaleString("en-US")} columns: an import reads at most ${MAX_COLUMNS.toLocaleString("en-US")}. Is this a list of creators, one per row?`);
