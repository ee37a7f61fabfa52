// Totals and summary rows at the end (or middle) of a spreadsheet: "TOTAL", "Average", "Summe",
// "합계"… in the handle (or name) cell. They are not creators. Pure; whole cell only, so a handle such
// as "totally.real" or "avg_joe" is never caught.

/** Summary words, accent-folded and lower-case, in the languages the mapper reads and a few more. */
export const SUMMARY_WORDS: ReadonlySet<string> = new Set([
  // English
  "total", "totals", "grand total", "sub total", "subtotal", "sub-total", "sum", "sums", "average", "averages", "avg", "avg.",
  "mean", "median", "overall", "summary",
  // German, Dutch
  "gesamt", "insgesamt", "gesamtsumme", "summe", "zwischensumme", "durchschnitt", "mittelwert", "median", "totaal", "subtotaal", "gemiddelde", "som",
  // Spanish, Portuguese, Italian
  "suma", "total general", "subtotal general", "promedio", "media", "mediana", "soma", "totale", "somma", "subtotale",
  // French
  "moyenne", "somme", "total general", "sous-total", "sous total", "mediane",
  // Korean, Japanese, Chinese
  "합계", "총계", "소계", "평균", "총합", "合計", "総計", "小計", "平均", "合计", "总计", "小计", "均值",
]);

/** A cell as compared with the list: accents folded, case and spacing folded, a trailing ":" or "*" dropped. */
export function summaryKey(cell: string): string {
  return cell
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC") // Hangul syllables decomposed by NFKD are put back together
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s:*=]+$/, "")
    .replace(/^[\s*=]+/, "")
    .toLowerCase();
}

/** The summary word a cell holds (as written), or null when the cell is anything else. */
export function summaryWord(cell: string): string | null {
  const k = summaryKey(cell);
  return k && SUMMARY_WORDS.has(k) ? cell.trim() : null;
}
