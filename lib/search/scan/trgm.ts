// Free text as PostgreSQL tests it, so that the scan finds exactly the rows the SQL would:
// `ILIKE '%text%'` (both sides lower-cased by the database's lower()) and pg_trgm's `text <% field`
// (word_similarity at its threshold). How the database lower-cases and which characters it counts
// as parts of words depend on its locale, so both are read from it (catalog-sync's textRules) rather
// than assumed. Pure.

/** The database's rules: which code points pg_trgm counts as word characters, and lower() of each code point it changes. */
export type TextRules = { word: Uint8Array; lower: Map<number, number> };

const ASCII = /^[\x00-\x7f]*$/;

/** lower() as the database applies it: one code point at a time. */
export function pgLower(s: string, rules: TextRules): string {
  // ASCII folds the same way in every locale PostgreSQL supports.
  if (ASCII.test(s)) return s.toLowerCase();
  let out = "";
  for (const ch of s) {
    const l = rules.lower.get(ch.codePointAt(0)!);
    out += l === undefined ? ch : String.fromCodePoint(l);
  }
  return out;
}

/**
 * pg_trgm's trigrams of `s`, in order and with repeats (generate_trgm_only): every run of word
 * characters, lower-cased and padded with two spaces before and one after, gives each three
 * consecutive characters. (pg_trgm stores a trigram with non-ASCII characters as a 24-bit hash;
 * two such trigrams sharing a hash would count as equal there and not here: about one pair in 16
 * million.)
 */
export function wordTrigrams(s: string, rules: TextRules): string[] {
  const out: string[] = [];
  let word = "";
  const flush = () => {
    if (!word) return;
    const w = Array.from(`  ${pgLower(word, rules)} `);
    for (let k = 0; k + 3 <= w.length; k++) out.push(w[k]! + w[k + 1]! + w[k + 2]!);
    word = "";
  };
  for (const ch of s) {
    if (rules.word[ch.codePointAt(0)!] === 1) word += ch;
    else flush();
  }
  flush();
  return out;
}

/** pg_trgm's default `pg_trgm.word_similarity_threshold` (a float4 0.6, compared as such). */
export const WORD_SIMILARITY_THRESHOLD = Math.fround(0.6);

/**
 * Whether word_similarity(query, text) >= the threshold, i.e. `query <% text`: pg_trgm's
 * calc_word_similarity and iterate_word_similarity followed step by step (the greatest similarity
 * between the query's trigram set and any run of the text's trigram sequence, each similarity a
 * float4). `query` is wordTrigrams of the query.
 */
export function wordSimilar(query: readonly string[], text: readonly string[]): boolean {
  if (query.length === 0 || text.length === 0) return false;
  // Number the distinct trigrams; `found`: the query holds it.
  const index = new Map<string, number>();
  const found: boolean[] = [];
  for (const t of query) if (!index.has(t)) {
    index.set(t, found.length);
    found.push(true);
  }
  const ulen1 = found.length;
  const idx = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    let j = index.get(text[i]!);
    if (j === undefined) {
      j = found.length;
      index.set(text[i]!, j);
      found.push(false);
    }
    idx[i] = j;
  }
  const sml = (count: number, ulen2: number) => Math.fround(count / (ulen1 + ulen2 - count));
  const lastpos = new Int32Array(found.length).fill(-1);
  let ulen2 = 0;
  let count = 0;
  let lower = -1;
  let best = 0;
  for (let i = 0; i < idx.length; i++) {
    const ti = idx[i]!;
    if (lower >= 0 || found[ti]) {
      if (lastpos[ti]! < 0) {
        ulen2++;
        if (found[ti]) count++;
      }
      lastpos[ti] = i;
    }
    if (!found[ti]) continue;
    const upper = i;
    if (lower === -1) {
      lower = i;
      ulen2 = 1;
    }
    let cur = sml(count, ulen2);
    // Also try raising the lower bound for a greater similarity.
    let tmpCount = count;
    let tmpUlen2 = ulen2;
    const prevLower = lower;
    for (let tl = lower; tl <= upper; tl++) {
      const s = sml(tmpCount, tmpUlen2);
      if (s > cur) {
        cur = s;
        ulen2 = tmpUlen2;
        lower = tl;
        count = tmpCount;
      }
      if (cur >= WORD_SIMILARITY_THRESHOLD) return true;
      const tj = idx[tl]!;
      if (lastpos[tj] === tl) {
        tmpUlen2--;
        if (found[tj]) tmpCount--;
      }
    }
    best = Math.max(best, cur);
    if (best >= WORD_SIMILARITY_THRESHOLD) return true;
    for (let tl = prevLower; tl < lower; tl++) {
      const tj = idx[tl]!;
      if (lastpos[tj] === tl) lastpos[tj] = -1;
    }
  }
  return false;
}

/**
 * Rules from JavaScript's Unicode tables, for catalogs built without a database (benchmarks, unit
 * tests): letters, marks counted as alphabetic and decimal digits are word characters. glibc
 * differs on a few thousand rarer code points, which is why the catalog asks the database.
 */
export function jsTextRules(): TextRules {
  return (jsRules ??= readJsRules());
}
let jsRules: TextRules | null = null;
function readJsRules(): TextRules {
  const word = new Uint8Array(0x110000);
  const lower = new Map<number, number>();
  const isWord = /[\p{Alphabetic}\p{Nd}]/u;
  for (let cp = 0; cp < 0x110000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    if (cp < 128 ? /[A-Za-z0-9]/.test(ch) : isWord.test(ch)) word[cp] = 1;
    const l = ch.toLowerCase();
    const first = l.codePointAt(0)!;
    if (first !== cp) lower.set(cp, first);
  }
  return { word, lower };
}
