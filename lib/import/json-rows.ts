// JSON imports: an array of objects, read one element at a time, each flattened into the columns of
// one row (nested exports become dotted columns). What is held at once is one element, at most
// MAX_ROW_BYTES.
import { cellText, MAX_COLUMNS, type RawRow } from "./cells";
import { ImportFileError, type Sniffed } from "./detect";
import { decodedStream, MAX_ROW_BYTES, tooWide } from "./text-source";

/** Nesting a JSON element may have (exports nest a few levels). */
const MAX_JSON_DEPTH = 64;

/**
 * A JSON array of objects, one element at a time: a small scanner finds where each top-level element
 * ends (tracking strings and nesting), and only that element is parsed.
 */
export async function* jsonRows(path: string, s: Sniffed): AsyncGenerator<RawRow> {
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

const SPACE = /\s/;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || (c >= 0x80 && SPACE.test(String.fromCharCode(c)));
const QUOTE = 34, BACKSLASH = 92, COMMA = 44, OPEN_BRACE = 123, CLOSE_BRACE = 125, OPEN_BRACKET = 91, CLOSE_BRACKET = 93, NEWLINE = 10;

/**
 * The top-level elements' text. An element is kept as slices of the chunks it spans, joined once when
 * it ends: appending it a character at a time made a string node per character (some 32 bytes each,
 * so an element of 8 MB took hundreds of MB before JSON.parse saw it).
 */
async function* jsonElements(path: string, s: Sniffed): AsyncGenerator<{ line: number; text: string }> {
  let depth = 0;
  let inString = false;
  let escape = false;
  let started = false;
  let ended = false;
  let parts: string[] = [];
  let size = 0; // characters of the element in earlier chunks
  let open = false;
  let line = 1;
  let elLine = 1;
  const tooBig = () => new ImportFileError(`The element starting on line ${elLine} is over ${MAX_ROW_BYTES >> 20} MB: a JSON import is an array of creator objects.`);
  for await (const chunk of decodedStream(path, s) as AsyncIterable<string>) {
    let from = open ? 0 : -1; // where the element's text starts in this chunk
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === NEWLINE) line++;
      if (ended) {
        if (!isSpace(c)) throw new ImportFileError(`Unexpected text after the end of the JSON array (line ${line}).`);
        continue;
      }
      if (!started) {
        if (c === OPEN_BRACKET) started = true;
        else if (!isSpace(c)) throw new ImportFileError("A JSON import must be an array of objects: [{...}, {...}].");
        continue;
      }
      if (open && size + (i - from) >= MAX_ROW_BYTES) throw tooBig();
      if (inString) {
        if (escape) escape = false;
        else if (c === BACKSLASH) escape = true;
        else if (c === QUOTE) inString = false;
        continue;
      }
      if (depth === 0) {
        if (c === CLOSE_BRACKET || c === COMMA) {
          if (!open && c === COMMA) throw new ImportFileError(`Empty element in the JSON array (line ${line}).`);
          if (open) {
            parts.push(chunk.slice(from, i));
            const text = parts.join("");
            parts = [];
            size = 0;
            open = false;
            from = -1;
            yield { line: elLine, text };
          }
          if (c === CLOSE_BRACKET) ended = true;
        } else if (!isSpace(c)) {
          if (!open) {
            open = true;
            elLine = line;
            from = i;
          }
          if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
          else if (c === QUOTE) inString = true;
        }
        continue;
      }
      if (c === QUOTE) inString = true;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (++depth > MAX_JSON_DEPTH) throw new ImportFileError(`The element starting on line ${elLine} is nested more than ${MAX_JSON_DEPTH} levels deep: a JSON import is an array of creator objects.`);
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--;
    }
    if (open) {
      parts.push(chunk.slice(from));
      size += chunk.length - from;
    }
  }
  if (!ended) throw new ImportFileError("The JSON array is not closed: the file ends before the final ].");
}
