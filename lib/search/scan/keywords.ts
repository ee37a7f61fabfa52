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

/** Whether a lower-cased bio holds the keyword: read only when it holds the first word as written, or has a letter to fold. */
function keywordTest(keyword: string): (low: string | null | undefined) => boolean {
  const first = keyword.split(" ")[0]!;
  const pattern = keywordPattern(keyword);
  return (low) => low !== null && low !== undefined && (low.includes(first) || FOLDABLE.test(low)) && pattern.test(foldAccents(low));
}

/**
 * The slots whose bio holds the normalised `keyword` as a whole word or phrase: one pass over the
 * bios. A bio without a letter to fold is its own folded text, so it is read only when it holds the
 * keyword's first word as written.
 */
export function keywordSlots(cat: Catalog, keyword: string): Int32Array {
  const test = keywordTest(keyword);
  const bios = cat.texts.bioLow;
  const found: number[] = [];
  for (let i = 0; i < cat.size; i++) if (test(bios[i])) found.push(i);
  return Int32Array.from(found);
}

/**
 * A keyword's slots (`held`, from keywordSlots) after the slots `written` were written (changed or
 * added): those are tested again, the others kept. Costs the slots held and written, not a pass.
 */
export function updateKeywordSlots(cat: Catalog, keyword: string, held: Int32Array, written: readonly number[]): Int32Array {
  const test = keywordTest(keyword);
  const again = new Set(written);
  const out: number[] = [];
  for (const i of held) if (!again.has(i)) out.push(i);
  for (const i of again) if (test(cat.texts.bioLow[i])) out.push(i);
  return Int32Array.from(out);
}

/**
 * The keywords' slots of one catalog, kept between searches. Writes are logged (`wrote`) and a
 * keyword catches up only when a search next asks for it, so a catch-up read costs nothing per
 * keyword kept. Bounded: the `limit` keywords asked last, and a log of at most a tenth of the
 * catalog (and 10,000) before everything is found again.
 */
export class KeywordSlots {
  private readonly kept = new Map<string, { slots: Int32Array; seen: number }>();
  private readonly log: number[] = [];

  constructor(private readonly limit = 64) {}

  /** Slots written (changed or added) since the last call. */
  wrote(slots: readonly number[], size: number): void {
    for (const i of slots) this.log.push(i);
    if (this.log.length > Math.max(10_000, size / 10)) {
      this.log.length = 0;
      this.kept.clear();
    }
  }

  /** The keyword's slots as the catalog holds them now. */
  of(cat: Catalog, keyword: string): Int32Array {
    const entry = this.kept.get(keyword);
    let slots: Int32Array;
    if (!entry) slots = keywordSlots(cat, keyword);
    else if (entry.seen < this.log.length) slots = updateKeywordSlots(cat, keyword, entry.slots, this.log.slice(entry.seen));
    else slots = entry.slots;
    // Asked last goes last: the first in the map is the one to drop.
    this.kept.delete(keyword);
    this.kept.set(keyword, { slots, seen: this.log.length });
    if (this.kept.size > this.limit) this.kept.delete(this.kept.keys().next().value!);
    return slots;
  }
}
