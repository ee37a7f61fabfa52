// What a cell and a header row are, for every reader (CSV, XLSX, JSON).

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
    return JSON.stringify(v);
  }
  return String(v);
}

const NUMERICISH = /^[\s$€£+\-]*[0-9][0-9.,\s%kmb]*$/i;

/** A header row has at least two filled cells and mostly non-numbers (title rows above it are skipped). */
export function looksLikeHeader(cells: string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  if (filled.length < 2) return false;
  const numeric = filled.filter((c) => NUMERICISH.test(c)).length;
  return numeric / filled.length < 0.5;
}
