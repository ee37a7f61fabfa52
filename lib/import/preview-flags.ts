// What the rows of a file say before (the preview) and after (the dry run, the import's summary) they
// are written (issue 20): values that cannot be true (those rows are refused), engagement rates far
// above what accounts of that size reach (imported, marked implausible, never ranked first), and
// categories that match no niche (kept as the creator's own label). One tally, fed one row at a
// time, so the preview's first rows and an import's every row are read by the same code. Pure.
import { formatInteger, formatPercent } from "@/lib/domain/format";
import type { RowVerdict } from "./rows";

export type RowForFlags =
  | { line: number; ok: false; reason: string }
  | { line: number; ok: true; rate: number | null; rankable: boolean; category: string | null; niches: readonly string[] };

/** A refusal for a value no account can have (lib/import/number-columns.ts), not for a missing one. */
const IMPOSSIBLE = /not possible|beyond any real account/;
const MAX_LINES = 8;
const MAX_VALUES = 5;

/** Counts and the first few of each kind: bounded, whatever the file's size. */
export type FlagTally = {
  rows: number;
  impossible: { count: number; lines: number[]; first: string | null };
  high: { count: number; first: { line: number; rate: number }[] };
  unmatched: { count: number; values: string[] };
};

export const newFlagTally = (): FlagTally => ({ rows: 0, impossible: { count: 0, lines: [], first: null }, high: { count: 0, first: [] }, unmatched: { count: 0, values: [] } });

export function tallyRow(t: FlagTally, r: RowForFlags): void {
  t.rows++;
  if (!r.ok) {
    if (!IMPOSSIBLE.test(r.reason)) return;
    t.impossible.count++;
    if (t.impossible.lines.length < MAX_LINES) t.impossible.lines.push(r.line);
    t.impossible.first ??= r.reason;
    return;
  }
  if (!r.rankable && r.rate !== null) {
    t.high.count++;
    if (t.high.first.length < MAX_LINES) t.high.first.push({ line: r.line, rate: r.rate });
  }
  if (r.category && r.niches.length === 0) {
    t.unmatched.count++;
    if (t.unmatched.values.length <= MAX_VALUES && !t.unmatched.values.includes(r.category)) t.unmatched.values.push(r.category);
  }
}

/** When the flags are said: before anything is written, after a dry run, after an import. */
export type FlagMoment = "preview" | "dry run" | "import";

const rows = (n: number) => `${formatInteger(n)} row${n === 1 ? "" : "s"}`;
const more = (shown: string, total: number, listed: number) => (total > listed ? `${shown} and ${formatInteger(total - listed)} more` : shown);

/** The tally in words. `categoryColumn`: the column mapped to the category (no column, no category flag). */
export function flagMessages(t: FlagTally, categoryColumn: string | undefined, moment: FlagMoment): string[] {
  const out: string[] = [];
  const preview = moment === "preview";
  const of = preview ? `of the first ${formatInteger(t.rows)}` : `of ${formatInteger(t.rows)}`;
  // Verbs agree with the count ("1 row … holds", "3 rows … hold").
  const will = (n: number) => (preview ? "will be" : moment === "dry run" ? "would be" : n === 1 ? "was" : "were");
  const are = (n: number) => (preview ? (n === 1 ? "it is" : "they are") : moment === "dry run" ? (n === 1 ? "it would be" : "they would be") : n === 1 ? "it was" : "they were");
  const verb = (n: number, one: string, many: string) => (n === 1 ? one : many);
  const lineWord = (n: number) => (n === 1 ? "line" : "lines");
  const i = t.impossible;
  if (i.count) {
    const shown = more(i.lines.map(formatInteger).join(", "), i.count, i.lines.length);
    out.push(`${rows(i.count)} ${of} ${verb(i.count, "holds", "hold")} a value that cannot be true and ${will(i.count)} refused (${lineWord(i.count)} ${shown}), e.g. line ${formatInteger(i.lines[0]!)}: ${i.first}.`);
  }
  const h = t.high;
  if (h.count) {
    const shown = more(h.first.map((r) => `${formatInteger(r.line)} (${formatPercent(r.rate, 1)})`).join(", "), h.count, h.first.length);
    out.push(`${rows(h.count)} ${of} ${verb(h.count, "has", "have")} an engagement rate far above what accounts of their size reach (${lineWord(h.count)} ${shown}): ${are(h.count)} imported, marked implausible, and never ranked first. Check the rate column.`);
  }
  const u = t.unmatched;
  if (u.count && categoryColumn) {
    const values = u.values.slice(0, MAX_VALUES).join(", ") + (u.values.length > MAX_VALUES ? ", …" : "");
    out.push(`${rows(u.count)} ${of} ${verb(u.count, "has", "have")} a category that matches no niche: “${categoryColumn}” values ${values}${values.endsWith("…") ? "" : "."} They get no niche; each creator keeps the category as written, as its own label.`);
  }
  return out;
}

/** A row as the flags read it: the checker's verdict (lib/import/rows.ts), its derived rate, its category cell. */
export function rowForFlags(raw: { line: number; cells: readonly string[] }, verdict: RowVerdict, nicheAt: number | undefined, derived: { engagementRate: number | null; engagementRankable: boolean } | null): RowForFlags {
  if (!verdict.ok) return { line: raw.line, ok: false, reason: verdict.reason };
  const category = nicheAt === undefined ? null : (raw.cells[nicheAt] ?? "").trim() || null;
  return { line: raw.line, ok: true, rate: derived?.engagementRate ?? null, rankable: derived?.engagementRankable ?? true, category, niches: verdict.creator.niches };
}
