// Free text on the catalog: the creators whose handle, name or bio holds the text (ILIKE), or whose
// handle or name holds a word close to it (pg_trgm's `<%`), each with its relevance rank (0 the
// handle is the text, 1 the handle starts with it, 2 any other match), exactly as the SQL of
// lib/queries/search/where.ts decides (textCond, relevanceRankSql). Candidates come from the
// trigram indexes (./text-index.ts), then each is tested on its text. A text under three characters
// has no trigram to look up, so every creator's text is read: the one case linear in the text
// rather than in the candidates (docs/search.md, "Free text in the scan"). Pure.
import type { Catalog } from "./catalog";
import { bucketOf, charBit, eachRawBucket, type BucketIndex } from "./text-index";
import { eachWordTrigram, pgLower, trigramKey, WORD_SIMILARITY_THRESHOLD, wordSimilar, wordTrigrams, type TextRules } from "./trgm";

export type TextMatches = { slots: Int32Array; count: number; rank: Uint8Array };

type Work = { hit: Uint8Array; hits: Uint16Array; rank: Uint8Array; out: Int32Array };
const works = new WeakMap<Catalog, Work>();
function workFor(cat: Catalog): Work {
  let w = works.get(cat);
  if (!w || w.hit.length < cat.size) {
    const n = Math.max(1024, cat.ids.length, cat.size);
    w = { hit: new Uint8Array(n), hits: new Uint16Array(n), rank: new Uint8Array(n), out: new Int32Array(n) };
    works.set(cat, w);
  }
  return w;
}

/** Sorted ascending a ∩ b. */
function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      out[k++] = a[i]!;
      i++;
      j++;
    }
  }
  return out.subarray(0, k);
}

/** Slots that hold every trigram of `p` (its three rarest lists intersected), or null when `p` has none (under three characters). */
function substringCandidates(ix: BucketIndex, p: string): Int32Array | null {
  const buckets = new Set<number>();
  eachRawBucket(p, (b) => buckets.add(b));
  if (!buckets.size) return null;
  const rare = [...buckets].sort((x, y) => ix.size(x) - ix.size(y)).slice(0, 3);
  return rare.map((b) => ix.list(b)).reduce(intersect);
}

/** The masks (`chars`, two words) of a text under three characters, or null when one of them has no bit. */
function charMask(p: string): [number, number] | null {
  const m: [number, number] = [0, 0];
  for (let k = 0; k < p.length; k++) {
    const bit = charBit(p.charCodeAt(k));
    if (bit < 0) return null;
    m[bit >> 5] |= 1 << (bit & 31);
  }
  return m;
}

/** The query's distinct word trigrams (pg_trgm's), as keys and as buckets. */
function queryTrigrams(text: string, rules: TextRules): { keys: number[]; buckets: number[] } {
  const keys = new Set<number>();
  const buckets = new Set<number>();
  eachWordTrigram(text, rules, (a, b, c) => {
    keys.add(trigramKey(a, b, c));
    buckets.add(bucketOf(a, b, c));
  });
  return { keys: [...keys], buckets: [...buckets] };
}

/**
 * Slots that may be `query <% handle` or `<% name`: a similarity of 0.6 needs at least 60% of the
 * query's distinct trigrams in the field (count / (query + field - count), and the field holds
 * every counted one). Buckets shared by two of the query's trigrams lower the bar by as many.
 */
function typoCandidates(ix: BucketIndex, q: { keys: number[]; buckets: number[] }, hits: Uint16Array): number[] {
  if (!q.keys.length) return [];
  const need = Math.max(1, Math.ceil(WORD_SIMILARITY_THRESHOLD * q.keys.length - 1e-6) - (q.keys.length - q.buckets.length));
  const out: number[] = [];
  for (const b of q.buckets) for (const i of ix.list(b)) if (++hits[i]! === need) out.push(i);
  for (const b of q.buckets) for (const i of ix.list(b)) hits[i] = 0;
  return out;
}

/**
 * Every slot whose text matches, and each one's relevance rank (in `rank`, by slot; valid for the
 * slots returned). `within` (its first `wm` entries): test only these slots (the filters' matches,
 * when the text is too short to narrow anything itself). `admit`: test only the slots it admits (the
 * filters, asked of each candidate before its text is read).
 */
export function textMatches(cat: Catalog, text: string, within: Int32Array | null = null, wm = 0, admit: ((i: number) => boolean) | null = null): TextMatches {
  const ix = cat.textIndexFresh();
  const w = workFor(cat);
  const { hit, rank, out } = w;
  const t = cat.texts;
  const rules = cat.rules;
  const p = pgLower(text, rules);
  // hit: 1 taken; `open` may be taken (2: among `within`; 0: any slot).
  const open = within ? 2 : 0;
  if (within) for (let k = 0; k < wm; k++) hit[within[k]!] = 2;
  let count = 0;
  const take = (i: number) => {
    if (hit[i] !== open) return;
    hit[i] = 1;
    const h = t.handleLow[i]!;
    rank[i] = h === p ? 0 : h.startsWith(p) ? 1 : 2;
    out[count++] = i;
  };
  // `admit` (the filters) is asked first: a candidate they refuse is never read.
  const holds = (i: number) =>
    (admit === null || admit(i)) && (t.handleLow[i]!.includes(p) || (t.nameLow[i]?.includes(p) ?? false) || (t.bioLow[i]?.includes(p) ?? false));
  const sub = substringCandidates(ix.sub, p);
  const mask = sub === null ? charMask(p) : null;
  if (sub !== null) {
    for (const i of sub) if (holds(i)) take(i);
  } else {
    // Under three characters: no trigram to look up. All ASCII: the slots holding each character
    // (one character is proven by its bit, unless slots were written since the masks were taken);
    // else every slot's text is read.
    const { chars } = ix;
    const built = chars.length / 2;
    const proven = p.length === 1 && cat.textWritten.list.length === 0;
    const test = (i: number) => {
      if (mask !== null && i < built) {
        if ((chars[2 * i]! & mask[0]) !== mask[0] || (chars[2 * i + 1]! & mask[1]) !== mask[1]) return;
        if (proven || holds(i)) take(i);
      } else if (holds(i)) take(i);
    };
    if (within) for (let k = 0; k < wm; k++) test(within[k]!);
    else for (let i = 0; i < cat.size; i++) test(i);
  }
  if (sub !== null || mask !== null) for (const i of cat.textWritten.list) if (holds(i)) take(i);
  const query = queryTrigrams(text, rules);
  const tri: number[] = [];
  const similar = (i: number) => {
    if (hit[i] || (admit !== null && !admit(i))) return;
    if (wordSimilar(query.keys, wordTrigrams(t.handle[i]!, rules, tri)) || (t.name[i] !== null && wordSimilar(query.keys, wordTrigrams(t.name[i]!, rules, tri)))) take(i);
  };
  for (const i of typoCandidates(ix.typo, query, w.hits)) similar(i);
  for (const i of cat.textWritten.list) similar(i);
  const slots = out.slice(0, count);
  for (const i of slots) hit[i] = 0;
  if (within) for (let k = 0; k < wm; k++) hit[within[k]!] = 0;
  return { slots, count, rank };
}
