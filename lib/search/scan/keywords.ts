// A brief's keywords in the bios, read from the catalog instead of the database: the words that
// the database's "fitTerms" holds (migration *_fit_terms: lower(), translate() with the tables
// below, split on [^a-z0-9#@]+), and for a phrase its words next to each other, as the regular
// expression of lib/queries/search/fit-sql.ts says. The catalog's bios are lower-cased as the
// database lower-cases them (./trgm.ts pgLower), so a slot holds a keyword here exactly when the
// SQL says it does (tests/integration/search-keywords.test.ts). Pure.
import type { Catalog } from "./catalog";

/**
 * The accent folding of `plain()` in lib/domain/fit.ts, as translate() tables: common Latin
 * letters to their NFKD base letter. Accented letters outside the table become spaces in SQL but
 * lose only the accent in TS (documented in docs/search.md). The trigger function scout_fit_terms
 * (migration *_fit_terms) folds bios with the same tables.
 */
export const ACCENTED = "àáâãäåāăąèéêëēĕėęěìíîïĩīĭįòóôõöøōŏőùúûüũūŭůűųýÿçćĉċčñńņňśŝşšźżžďđğĝľĺłŕřţťŧ";
// Each letter's NFKD base letter (letters without one, like ø, map to themselves and become spaces, as in TS).
export const PLAIN_ASCII = [...ACCENTED].map((ch) => ch.normalize("NFKD")[0]!).join("");

const FOLD = new Map([...ACCENTED].map((ch, k) => [ch, [...PLAIN_ASCII][k]!]));
const FOLDABLE = new RegExp(`[${ACCENTED}]`);
const FOLDABLE_ALL = new RegExp(`[${ACCENTED}]`, "g");

/** translate(text, ACCENTED, PLAIN_ASCII), on text already lower-cased. */
export function foldAccents(low: string): string {
  return FOLDABLE.test(low) ? low.replace(FOLDABLE_ALL, (ch) => FOLD.get(ch)!) : low;
}

/** A normalised keyword (words of [a-z0-9#@] and single spaces, briefKeywords) as the SQL's pattern. */
export function keywordPattern(keyword: string): RegExp {
  return new RegExp(`(^|[^a-z0-9#@])${keyword.split(" ").join("[^a-z0-9#@]+")}($|[^a-z0-9#@])`);
}

/** Whether a bio (lower-cased) holds the keyword: read only when it holds the first word as written or has a letter to fold. */
function holds(low: string | null | undefined, first: string, pattern: RegExp): boolean {
  if (low === null || low === undefined) return false;
  return low.includes(first) ? pattern.test(foldAccents(low)) : FOLDABLE.test(low) && pattern.test(foldAccents(low));
}

/**
 * The slots whose bio holds the normalised `keyword` as a whole word or phrase: one pass over the
 * bios. A bio without a letter to fold is its own folded text, so it is read only when it holds the
 * keyword's first word as written.
 */
export function keywordSlots(cat: Catalog, keyword: string): Int32Array {
  const first = keyword.split(" ")[0]!;
  const pattern = keywordPattern(keyword);
  const bios = cat.texts.bioLow;
  const found: number[] = [];
  for (let i = 0; i < cat.size; i++) if (holds(bios[i], first, pattern)) found.push(i);
  return Int32Array.from(found);
}

/**
 * A keyword's slots (`held`, from keywordSlots) after the slots `written` were written (changed or
 * added): those are tested again, the others kept. Costs the slots held and written, not a pass.
 */
export function updateKeywordSlots(cat: Catalog, keyword: string, held: Int32Array, written: readonly number[]): Int32Array {
  const first = keyword.split(" ")[0]!;
  const pattern = keywordPattern(keyword);
  const again = new Set(written);
  const out: number[] = [];
  for (const i of held) if (!again.has(i)) out.push(i);
  for (const i of again) if (holds(cat.texts.bioLow[i], first, pattern)) out.push(i);
  return Int32Array.from(out);
}
