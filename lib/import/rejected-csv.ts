// The rejected rows as a CSV people open in a spreadsheet: line, reason, then the row's own cells.
// Cells go through the shortlist export's spreadsheet-safe field (lib/domain/shortlist/cells.ts), one
// rule for both files: a formula start (= + - @, tab, CR) is neutralised also after leading spaces,
// NBSP, control characters, a BOM or a zero-width character, which spreadsheets skip.
import { csvField } from "@/lib/domain/shortlist/cells";

export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return "";
  return csvField(typeof v === "number" ? v : String(v));
}

export function rejectedHeader(columns: string[]): string {
  return ["line", "reason", ...columns].map(csvCell).join(",") + "\r\n";
}

export function rejectedLine(columns: string[], e: { line: number; reason: string; raw: unknown }): string {
  const raw = (e.raw && typeof e.raw === "object" ? e.raw : {}) as Record<string, unknown>;
  return [e.line, e.reason, ...columns.map((c) => raw[c])].map(csvCell).join(",") + "\r\n";
}

/**
 * The columns of the rejected-rows file in the uploaded file's own order. Row errors keep their cells
 * as JSONB, which does not keep key order, so the order comes from the stored file's header when it
 * is still there; cells beyond the header ("Column 9") follow.
 */
export function orderColumns(fileHeader: readonly string[] | null, keys: readonly string[]): string[] {
  if (!fileHeader) return [...keys];
  const extra = keys.filter((k) => !fileHeader.includes(k)).sort((a, b) => (Number(a.replace(/\D+/g, "")) || 0) - (Number(b.replace(/\D+/g, "")) || 0));
  return [...fileHeader, ...extra];
}
