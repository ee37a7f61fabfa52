// What a cell, a row and a header row are, for every reader (CSV, XLSX, JSON).

/** One row of a file as text cells, with the line (CSV, JSON) or sheet row (XLSX) it starts on. */
export type RawRow = { line: number; cells: string[] };

/** Columns an import reads at most: a wider row is no creator list (and would take memory for nothing). */
export const MAX_COLUMNS = 2_000;

/** Rows searched for the header: whatever precedes it (titles, notes) is not data. */
export const HEADER_SCAN_ROWS = 10;

/** Header names as people read them: line breaks and runs of spaces inside a name become one space. */
export function cleanHeaderName(raw: string): string {
  return raw.replace(/^\ufeff/, "").replace(/\s+/g, " ").trim();
}

/** Cells to text, never evaluating anything (a formula's cached result, never the formula). */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  // A spreadsheet date without a time of day reads as the day itself.
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString().replace(/T00:00:00\.000Z$/, "");
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    // A formula cell: its cached result, or nothing when the file has none (never the formula's text).
    if ("formula" in o || "sharedFormula" in o || "result" in o) return cellText(o.result);
    if ("text" in o) return cellText(o.text);
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join("");
    if ("error" in o) return "";
    return boundedJson(v);
  }
  return String(v);
}

/** Longest text a nested value becomes in one cell, and the nesting written out before "…". */
const CELL_JSON_CHARS = 2000;
const CELL_JSON_DEPTH = 8;

/**
 * A nested value as JSON text, cut at CELL_JSON_DEPTH levels and CELL_JSON_CHARS characters. Never
 * JSON.stringify on input: an element nested 100,000 deep overflows its recursion (a RangeError).
 */
export function boundedJson(v: unknown, depth = 0, budget = { left: CELL_JSON_CHARS }): string {
  if (budget.left <= 0) return "…";
  let out: string;
  if (v === null || typeof v !== "object") out = JSON.stringify(v) ?? "null";
  else if (depth >= CELL_JSON_DEPTH) out = Array.isArray(v) ? "[…]" : "{…}";
  else {
    const parts: string[] = [];
    const entries = Array.isArray(v) ? v.map((x) => [null, x] as const) : Object.entries(v as Record<string, unknown>);
    for (const [k, x] of entries) {
      if (budget.left <= 0) {
        parts.push("…");
        break;
      }
      const item = (k === null ? "" : `${JSON.stringify(k)}:`) + boundedJson(x, depth + 1, budget);
      budget.left -= item.length + 1;
      parts.push(item);
    }
    out = Array.isArray(v) ? `[${parts.join(",")}]` : `{${parts.join(",")}}`;
  }
  return depth === 0 ? out.slice(0, CELL_JSON_CHARS) : out;
}

const NUMERICISH = /^[\s$€£+\-]*[0-9][0-9.,\s%kmb]*$/i;

/** A header row has at least two filled cells and mostly non-numbers (title rows above it are skipped). */
export function looksLikeHeader(cells: string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  if (filled.length < 2) return false;
  const numeric = filled.filter((c) => NUMERICISH.test(c)).length;
  return numeric / filled.length < 0.5;
}

/** Rows below a candidate header that are compared with it. */
export const HEADER_LOOKAHEAD = 5;

const filled = (cells: readonly string[]) => cells.filter((c) => c.trim()).length;
const isNumberCell = (c: string) => NUMERICISH.test(c.trim());

/**
 * Which of the first rows is the header (its index), or -1. A metadata preamble above the header
 * ("Creator shortlist - Q3", "Prepared by:,Agency X,,2026-09-01", "Client,Brand Y", a blank line)
 * often has two text cells and would pass for a header, so a header-like row is taken only when the
 * rows below agree:
 * - the next row is not (nearly) empty: a preamble block ends with a blank line, a header does not;
 * - it names about as many columns as the fullest row below it fills (a blank header cell or two in
 *   a wide sheet is allowed: one per five columns);
 * - the next row is data like the rows after it: where those hold numbers, it holds a number at least
 *   once and words in fewer than half of those columns (the real header below a preamble line fails
 *   this, and so does another preamble line).
 * When no row passes, the first header-like row is taken, as before.
 */
export function pickHeader(rows: readonly (readonly string[])[]): number {
  let fallback = -1;
  for (let i = 0; i < Math.min(rows.length, HEADER_SCAN_ROWS); i++) {
    const cells = rows[i]!;
    if (!looksLikeHeader(cells as string[])) continue;
    if (fallback < 0) fallback = i;
    const below = rows.slice(i + 1, i + 1 + HEADER_LOOKAHEAD);
    if (!below.length) return i;
    if (filled(below[0]!) <= 1) continue;
    const widest = Math.max(...below.map(filled));
    if (filled(cells) < widest - Math.floor(widest / 5)) continue;
    if (!nextIsData(rows[i + 1]!, rows.slice(i + 2))) continue;
    return i;
  }
  return fallback;
}

/**
 * Whether `next` reads like the data under it, judged on the columns that hold numbers in most of the
 * last rows read (the rows surest to be data, past any further preamble lines and the header): a
 * number in at least one, words in fewer than half. True when there is nothing to judge.
 */
function nextIsData(next: readonly string[], after: readonly (readonly string[])[]): boolean {
  if (after.length < 2) return true;
  const tail = after.slice(-Math.max(2, Math.ceil(after.length / 2)));
  const width = Math.max(...tail.map((r) => r.length));
  let numericColumns = 0;
  let numbers = 0;
  let words = 0;
  for (let c = 0; c < width; c++) {
    if (tail.filter((r) => isNumberCell(r[c] ?? "")).length * 2 <= tail.length) continue;
    numericColumns++;
    const v = (next[c] ?? "").trim();
    if (!v) continue;
    if (isNumberCell(v)) numbers++;
    else words++;
  }
  return numericColumns === 0 || (numbers > 0 && words * 2 < numericColumns);
}
