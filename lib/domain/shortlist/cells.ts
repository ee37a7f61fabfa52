// Spreadsheet-safe cells. A CSV text cell that starts with = + - @, a tab or a carriage return (also
// after leading spaces or control characters, which spreadsheets skip) is read as a formula by Excel,
// LibreOffice and Google Sheets (CSV injection), so it gets a leading single quote. An XLSX cell is
// typed text already and is written as it is. Numbers stay numbers. Pure.

const FORMULA_START = /^[\t\r]|^[\p{White_Space}\p{Cc}\p{Cf}]*[=+\-@]/u;

export type Cell = string | number | null;

/** Whether a spreadsheet could read this text as a formula. */
export function looksLikeFormula(s: string): boolean {
  return FORMULA_START.test(s);
}

export function neutraliseText(s: string): string {
  return looksLikeFormula(s) ? `'${s}` : s;
}

/** A CSV cell: text neutralised, finite numbers as they are, anything else empty. */
export function safeCell(v: Cell): string | number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (v === null) return null;
  return neutraliseText(v);
}

/** An XLSX cell: text as written (a string cell is never a formula), finite numbers, else empty. */
export function xlsxCell(v: Cell): string | number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  return v;
}

/**
 * A worksheet name Excel accepts: none of \\ / ? * [ ] :, no leading or trailing apostrophe, not
 * "History" (reserved), at most 31 UTF-16 units without splitting a character; else "Shortlist".
 */
export function xlsxSheetName(name: string): string {
  let out = "";
  for (const ch of name.replace(/[\\/?*[\]:\p{Cc}]/gu, " ").trim()) {
    if (out.length + ch.length > 31) break;
    out += ch;
  }
  out = out.replace(/^[' ]+|[' ]+$/g, "");
  if (!out || !out.isWellFormed()) return "Shortlist";
  return out.toLowerCase() === "history" ? "History list" : out;
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
