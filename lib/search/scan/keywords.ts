// A brief's keywords in the bios, read from the catalog instead of the database: the words that
// the database's "fitTerms" holds (migration *_fit_terms: lower(), translate() with the tables
// below, split on [^a-z0-9#@]+), and for a phrase its words next to each other, as the regular
// expression of lib/queries/search/fit-sql.ts says. The catalog's bios are lower-cased as the
// database lower-cases them (./trgm.ts pgLower), so a slot holds a keyword here exactly when the
// SQL says it does (tests/integration/search-keywords.test.ts). Pure.
import type { Catalog } from "./catalog";
import type { SlotList } from "./kept";
import { each, finish, STEP, type Steps } from "./steps";
import { substringSlots } from "./text";

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
 * The slots whose bio holds the normalised `keyword` as a whole word or phrase, in steps
 * (./steps.ts). A bio without a letter to fold is its own folded text, so it can hold the keyword
 * only when it holds the first word as written: with a first word of three characters or more, only
 * the free text's trigram candidates for it (./text.ts substringSlots) and the bios with a letter to
 * fold (kept, below) are read. A shorter first word: one pass over the bios. A write between two
 * steps is the caller's to test again (./kept.ts ofSteps).
 */
export function* keywordSlotSteps(cat: Catalog, keyword: string): Steps<Int32Array> {
  const test = keywordTest(keyword);
  const bios = cat.texts.bioLow;
  const found: number[] = [];
  const lists = substringSlots(cat, keyword.split(" ")[0]!);
  if (lists === null) return yield* slotsWhere(cat, (i) => test(bios.get(i)));
  // A slot may be in several lists: each is read once. Work space of this search alone; a slot
  // added since it began can only be in the last list, once.
  const n = cat.size;
  const mark = new Uint8Array(n);
  const read = (i: number) => {
    if (i < n) {
      if (mark[i]) return;
      mark[i] = 1;
    }
    if (test(bios.get(i))) found.push(i);
  };
  for (const list of [...lists, yield* foldableBioSteps(cat)]) yield* each(list, read);
  return Int32Array.from(found).sort();
}

/** The slots whose bio holds the keyword, at once. */
export function keywordSlots(cat: Catalog, keyword: string): Int32Array {
  return finish(keywordSlotSteps(cat, keyword));
}

/** The key of the bios with a letter to fold among a catalog's kept lists: every keyword reads them. */
export const FOLDABLE_BIOS = "bios with a letter to fold";

/** The slots whose bio holds a letter to fold (ACCENTED), kept between searches like a keyword. */
export function foldableBioSteps(cat: Catalog): Steps<Int32Array> {
  const holds = (i: number) => (FOLDABLE.test(cat.texts.bioLow.get(i) ?? "") ? 0 : -1);
  return slotsOf(cat.kept.ofSteps(FOLDABLE_BIOS, () => slotsFound(slotsWhere(cat, (i) => holds(i) === 0)), () => holds));
}

/** One pass over the catalog, in steps: the slots (ascending) for which `pred` holds. */
function* slotsWhere(cat: Catalog, pred: (i: number) => boolean): Steps<Int32Array> {
  const found: number[] = [];
  for (let i = 0; i < cat.size; i++) {
    if (pred(i)) found.push(i);
    if (i % STEP === STEP - 1) yield;
  }
  return Int32Array.from(found);
}

function* slotsOf(steps: Steps<SlotList>): Steps<Int32Array> {
  return (yield* steps).slots;
}

/** The keyword's creators in steps, kept by the catalog between searches and caught up after writes (./kept.ts). */
export function keptKeywordSlotSteps(cat: Catalog, keyword: string): Steps<Int32Array> {
  const test = () => {
    const holds = keywordTest(keyword);
    return (i: number) => (holds(cat.texts.bioLow.get(i)) ? 0 : -1);
  };
  return slotsOf(cat.kept.ofSteps(`keyword:${keyword}`, () => slotsFound(keywordSlotSteps(cat, keyword)), test));
}

function* slotsFound(steps: Steps<Int32Array>): Steps<SlotList> {
  return { slots: yield* steps, tags: null };
}

/** The keyword's creators, at once, kept as keptKeywordSlotSteps keeps them. */
export function keptKeywordSlots(cat: Catalog, keyword: string): Int32Array {
  return finish(keptKeywordSlotSteps(cat, keyword));
}
