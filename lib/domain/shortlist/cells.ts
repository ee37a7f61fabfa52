// Spreadsheet-safe cells. A text cell that starts with = + - @, a tab or a carriage return is read as a
// formula by Excel, LibreOffice and Google Sheets (CSV injection), so it gets a leading single quote.
// Numbers stay numbers. Pure.

const FORMULA_START = /^[=+\-@\t\r]/;

export type Cell = string | number | null;

export function neutraliseText(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/** A cell for a spreadsheet: text neutralised, finite numbers as they are, anything else empty. */
export function safeCell(v: Cell): string | number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (v === null) return null;
  return neutraliseText(v);
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
export function csvField(v: Cell): string {
  const safe = safeCell(v);
  if (safe === null) return "";
  if (typeof safe === "number") return String(safe);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One CSV record with its CRLF. */
export function csvLine(values: readonly Cell[]): string {
  return values.map(csvField).join(",") + "\r\n";
}
