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

/** A trigram as one exact number: three BMP code points packed in 48 bits; others interned (negative). */
const interned = new Map<string, number>();
export function trigramKey(a: number, b: number, c: number): number {
  if (a < 0x10000 && b < 0x10000 && c < 0x10000) return a * 0x100000000 + b * 0x10000 + c;
  const k = `${a},${b},${c}`;
  let v = interned.get(k);
  if (v === undefined) interned.set(k, (v = -1 - interned.size));
  return v;
}

/**
 * pg_trgm's trigrams of `s`, in order and with repeats (generate_trgm_only), as they come: every
 * run of word characters, lower-cased and padded with two spaces before and one after, gives each
 * three consecutive characters. No strings are built (the scan calls this for every candidate).
 */
export function eachWordTrigram(s: string, rules: TextRules, emit: (a: number, b: number, c: number) => void): void {
  const { word, lower } = rules;
  let p1 = 32;
  let p2 = 32;
  let inWord = false;
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    if (word[cp] === 1) {
      const l = cp < 128 ? (cp >= 65 && cp <= 90 ? cp + 32 : cp) : (lower.get(cp) ?? cp);
      if (!inWord) {
        inWord = true;
        p1 = 32;
        p2 = 32;
      }
      emit(p1, p2, l);
      p1 = p2;
      p2 = l;
    } else if (inWord) {
      emit(p1, p2, 32);
      inWord = false;
    }
  }
  if (inWord) emit(p1, p2, 32);
}

/**
 * pg_trgm's trigrams of `s` as trigramKey numbers, in order. (pg_trgm stores a trigram with
 * non-ASCII characters as a 24-bit hash; two such trigrams sharing a hash would count as equal
 * there and not here: about one pair in 16 million.)
 */
export function wordTrigrams(s: string, rules: TextRules, out: number[] = []): number[] {
  out.length = 0;
  eachWordTrigram(s, rules, (a, b, c) => out.push(trigramKey(a, b, c)));
  return out;
}

/** Work space of wordSimilar, reused (it runs for every typo candidate). */
const ws = { keys: [] as number[], idx: new Int32Array(256), seen: new Uint8Array(256), lastpos: new Int32Array(512) };
function wsFor(n: number, m: number) {
  if (ws.idx.length < n) ws.idx = new Int32Array(2 * n);
  if (ws.seen.length < m) ws.seen = new Uint8Array(2 * m);
  if (ws.lastpos.length < n + m) ws.lastpos = new Int32Array(2 * (n + m));
  return ws;
}

/** pg_trgm's default `pg_trgm.word_similarity_threshold` (a float4 0.6, compared as such). */
export const WORD_SIMILARITY_THRESHOLD = Math.fround(0.6);

/**
 * Whether word_similarity(query, text) >= the threshold, i.e. `query <% text`: pg_trgm's
 * calc_word_similarity and iterate_word_similarity followed step by step (the greatest similarity
 * between the query's trigram set and any run of the text's trigram sequence, each similarity a
 * float4). `query` is wordTrigrams of the query.
 */
export function wordSimilar(query: readonly number[], text: readonly number[]): boolean {
  if (query.length === 0 || text.length === 0) return false;
  // Number the distinct trigrams: the query's first (found), then the text's others.
  const { keys, idx, seen, lastpos } = wsFor(text.length, query.length);
  keys.length = 0;
  for (const t of query) if (!keys.includes(t)) keys.push(t);
  const ulen1 = keys.length;
  seen.fill(0, 0, ulen1);
  let shared = 0;
  for (let i = 0; i < text.length; i++) {
    let j = keys.indexOf(text[i]!);
    if (j < 0) {
      j = keys.length;
      keys.push(text[i]!);
    } else if (j < ulen1 && !seen[j]) {
      seen[j] = 1;
      shared++;
    }
    idx[i] = j;
  }
  // No run of the text can score more than all the shared trigrams over the query's own.
  if (Math.fround(shared / ulen1) < WORD_SIMILARITY_THRESHOLD) return false;
  const found = (j: number) => j < ulen1;
  const sml = (count: number, ulen2: number) => Math.fround(count / (ulen1 + ulen2 - count));
  lastpos.fill(-1, 0, keys.length);
  let ulen2 = 0;
  let count = 0;
  let lower = -1;
  let best = 0;
  for (let i = 0; i < text.length; i++) {
    const ti = idx[i]!;
    if (lower >= 0 || found(ti)) {
      if (lastpos[ti]! < 0) {
        ulen2++;
        if (found(ti)) count++;
      }
      lastpos[ti] = i;
    }
    if (!found(ti)) continue;
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
        if (found(tj)) tmpCount--;
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
