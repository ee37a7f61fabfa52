// What the preview says about every row it read, before anything is written (issue 20): values that
// cannot be true (those rows will be refused), engagement rates far above what accounts of that size
// reach (imported, marked implausible, never ranked first), and categories that match no niche.
// Pure: the preview gathers one entry per row it read.
import { formatInteger, formatPercent } from "@/lib/domain/format";

export type RowForFlags =
  | { line: number; ok: false; reason: string }
  | { line: number; ok: true; rate: number | null; rankable: boolean; category: string | null; niches: readonly string[] };

/** A refusal for a value no account can have (lib/import/number-columns.ts), not for a missing one. */
const IMPOSSIBLE = /not possible|beyond any real account/;
const MAX_LINES = 8;

function lines(xs: number[]): string {
  const shown = xs.slice(0, MAX_LINES).map((l) => formatInteger(l)).join(", ");
  return xs.length > MAX_LINES ? `${shown} and ${formatInteger(xs.length - MAX_LINES)} more` : shown;
}
const rows = (n: number) => `${formatInteger(n)} row${n === 1 ? "" : "s"}`;

export function previewFlags(read: RowForFlags[], categoryColumn: string | undefined): string[] {
  const out: string[] = [];
  const of = `of the first ${formatInteger(read.length)}`;
  const impossible = read.filter((r): r is Extract<RowForFlags, { ok: false }> => !r.ok && IMPOSSIBLE.test(r.reason));
  if (impossible.length) {
    out.push(`${rows(impossible.length)} ${of} hold a value that cannot be true and will be refused (lines ${lines(impossible.map((r) => r.line))}), e.g. line ${formatInteger(impossible[0]!.line)}: ${impossible[0]!.reason}.`);
  }
  const ok = read.filter((r): r is Extract<RowForFlags, { ok: true }> => r.ok);
  const high = ok.filter((r) => !r.rankable && r.rate !== null);
  if (high.length) {
    const shown = high.slice(0, MAX_LINES).map((r) => `${formatInteger(r.line)} (${formatPercent(r.rate, 1)})`).join(", ");
    out.push(`${rows(high.length)} ${of} have an engagement rate far above what accounts of their size reach (lines ${shown}${high.length > MAX_LINES ? ", …" : ""}): they are imported, marked implausible, and never ranked first. Check the rate column.`);
  }
  const unmatched = ok.filter((r) => r.category && r.niches.length === 0);
  if (unmatched.length && categoryColumn) {
    const values = [...new Set(unmatched.map((r) => r.category!))];
    out.push(`${rows(unmatched.length)} ${of} have a category that matches no niche: “${categoryColumn}” values ${values.slice(0, 5).join(", ")}${values.length > 5 ? ", …" : ""}. They get no niche; each creator keeps the category as written, as its own label.`);
  }
  return out;
}
