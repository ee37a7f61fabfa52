// Checks on the first batch of a file, before anything is written: a handle column that repeats
// its values (category words, a country, a platform taken for handles), or a file where most rows
// would be rejected for one reason (a wrong column, a wrong platform). Pure. The admin can import
// anyway, knowingly (mapping.force: "Import anyway" in the wizard, --force on the command line).
import { parsePlatform } from "./platform-names";

/** A real creator list is nearly all distinct: past this share of repeated handles the column is suspect. */
export const MAX_DUPLICATE_SHARE = 0.1;
/** Past this share of rows rejected for the same reason, the mapping (not the rows) is the likely fault. */
export const MAX_SAME_REASON_SHARE = 0.3;
/** Below this many rows, shares say little: a five-row file with two bad rows is not a pattern. */
export const MIN_ROWS = 20;

/**
 * The first batch: its handle cells, and (when the platform comes from a column) each row's platform
 * cell, so the same handle on Instagram and on TikTok counts as two creators, as the import keys them.
 */
export type GuardSample = { handleColumn: string; handleCells: readonly string[]; platformCells?: readonly string[]; rejectReasons: readonly string[] };

const OVERRIDE = "If that is really what you want, import anyway: tick “Import anyway” in the wizard, or pass --force to npm run import.";

const quote = (v: string) => `“${v.length > 30 ? `${v.slice(0, 30)}…` : v}”`;

/** A reason with its row-specific parts (values, line numbers, handles) blanked, so like reasons group. */
export function reasonKind(reason: string): string {
  return reason.replace(/"[^"]*"/g, '"…"').replace(/@\S+/g, "@…").replace(/[0-9]+/g, "N");
}

/** The message that stops the import, or null when the sample looks like a creator list. */
export function guardProblem(s: GuardSample): string | null {
  const n = s.handleCells.length;
  if (n < MIN_ROWS) return null;
  const counts = new Map<string, { shown: string; n: number }>();
  for (const [i, raw] of s.handleCells.entries()) {
    const handle = raw.trim().toLowerCase();
    if (!handle) continue;
    const platformCell = s.platformCells?.[i]?.trim() ?? "";
    const k = s.platformCells ? `${parsePlatform(platformCell) ?? platformCell.toLowerCase()}\u0000${handle}` : handle;
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { shown: raw.trim(), n: 1 });
  }
  const repeated = [...counts.values()].reduce((sum, c) => sum + (c.n - 1), 0);
  if (repeated / n > MAX_DUPLICATE_SHARE) {
    const top = [...counts.values()].sort((a, b) => b.n - a.n).slice(0, 3).map((c) => `${quote(c.shown)} ×${c.n}`).join(", ");
    return `Stopped before writing anything: the handle column “${s.handleColumn}” repeats its values: ${repeated} of ${n} rows repeat a handle already seen (${top}). ` +
      `A creator list names each creator once, so these rows would be dropped as duplicates. Check that “${s.handleColumn}” holds handles, not names or categories. ${OVERRIDE}`;
  }
  const kinds = new Map<string, { example: string; n: number }>();
  for (const r of s.rejectReasons) {
    const k = reasonKind(r);
    const c = kinds.get(k);
    if (c) c.n++;
    else kinds.set(k, { example: r, n: 1 });
  }
  const worst = [...kinds.values()].sort((a, b) => b.n - a.n)[0];
  if (worst && worst.n / n > MAX_SAME_REASON_SHARE) {
    return `Stopped before writing anything: ${worst.n} of the first ${n} rows (${Math.round((worst.n / n) * 100)}%) would be rejected for the same reason, for example: ${worst.example}. ` +
      `That usually means a column or the platform is mapped wrongly (handle column “${s.handleColumn}”). ${OVERRIDE}`;
  }
  return null;
}
