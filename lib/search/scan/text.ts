// Free text on the catalog: the creators whose handle, name or bio holds the text (ILIKE), or whose
// handle or name holds a word close to it (pg_trgm's `<%`), each with its relevance rank (0 the
// handle is the text, 1 the handle starts with it, 2 any other match), exactly as the SQL of
// lib/queries/search/where.ts decides (textCond, relevanceRankSql). Candidates come from the
// trigram indexes (./text-index.ts), then each is tested on its text. A text under three characters
// has no trigram to look up, so every creator's text is read: the one case linear in the text
// rather than in the candidates (docs/search.md, "Free text in the scan"). Pure.
import type { Catalog } from "./catalog";
import type { SlotList, SlotTest } from "./kept";
import { each, finish, STEP, type Steps } from "./steps";
import { bucketOf, charBit, eachRawBucket, type BucketIndex, type TextIndex } from "./text-index";
import { eachWordTrigram, pgLower, trigramKey, WORD_SIMILARITY_THRESHOLD, wordSimilar, wordTrigrams, type TextRules } from "./trgm";

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

/**
 * The slots whose lower-cased handle, name or bio may hold `p`: those the trigram index holds every
 * one of its trigrams for, and those written since the index was built (not yet in it); some hold
 * it, the caller tests each. Null when `p` is under three characters (no trigram to look up). Both
 * lists as they are now: the written list is copied, since a rebuild of the index empties the
 * catalog's own (a find in steps may outlive one).
 */
export function substringSlots(cat: Catalog, p: string): readonly ArrayLike<number>[] | null {
  const sub = substringCandidates(cat.textIndexFresh().sub, p);
  return sub === null ? null : [sub, cat.textWritten.list.slice()];
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
 * `hits`: zeros, one per slot, left as zeros.
 */
function* typoCandidates(ix: BucketIndex, q: { keys: number[]; buckets: number[] }, hits: Uint16Array): Steps<number[]> {
  if (!q.keys.length) return [];
  const need = Math.max(1, Math.ceil(WORD_SIMILARITY_THRESHOLD * q.keys.length - 1e-6) - (q.keys.length - q.buckets.length));
  const out: number[] = [];
  for (const b of q.buckets) {
    const list = ix.list(b);
    for (let k = 0; k < list.length; k++) {
      const i = list[k]!;
      if (++hits[i]! === need) out.push(i);
      if (k % STEP === STEP - 1) yield;
    }
  }
  for (const b of q.buckets) for (const i of ix.list(b)) hits[i] = 0;
  return out;
}

/** A text's tests of one slot: its substring (`holds`), a close word (`similar`) and its relevance rank. */
function slotText(cat: Catalog, text: string) {
  const t = cat.texts;
  const rules = cat.rules;
  const p = pgLower(text, rules);
  const query = queryTrigrams(text, rules);
  const tri: number[] = [];
  return {
    p,
    query,
    holds: (i: number) => t.handleLow.get(i)!.includes(p) || (t.nameLow.get(i)?.includes(p) ?? false) || (t.bioLow.get(i)?.includes(p) ?? false),
    similar: (i: number) => {
      if (wordSimilar(query.keys, wordTrigrams(t.handle.get(i)!, rules, tri))) return true;
      const name = t.name.get(i);
      return name !== null && wordSimilar(query.keys, wordTrigrams(name, rules, tri));
    },
    rankOf: (i: number) => {
      const h = t.handleLow.get(i)!;
      return h === p ? 0 : h.startsWith(p) ? 1 : 2;
    },
  };
}

/** Whether slot i matches the text: its relevance rank, or -1 (how a kept list catches up: ./kept.ts). */
export function textTest(cat: Catalog, text: string): SlotTest {
  const { holds, similar, rankOf } = slotText(cat, text);
  return (i) => (holds(i) || similar(i) ? rankOf(i) : -1);
}

/**
 * Every slot whose text matches, each with its relevance rank (`tags`), in steps (./steps.ts).
 * Candidates come from the trigram indexes; a text under three characters has none, so every slot
 * is read (its characters' bits first, when they are ASCII). The slots written since the indexes
 * were built are read as they were listed at the start; a write between two steps is the caller's
 * to test again (./kept.ts ofSteps).
 */
export function* textMatchSteps(cat: Catalog, text: string): Steps<SlotList> {
  const ix = cat.textIndexFresh();
  const written = cat.textWritten.list.slice();
  // Work space of this search alone (another may run between its steps), returned clean when it
  // ends; a find that never ends (or throws) leaves its own to the garbage collector.
  const w = acquireWork(cat);
  const list = yield* findMatches(cat, text, ix, written, w);
  releaseWork(cat, w);
  return list;
}

/** Per slot: taken yet (`hit`, zeros between finds), typo counts (`hits`, zeros), and the slots taken (`out`). */
type Work = { hit: Uint8Array; hits: Uint16Array; out: Int32Array };
/**
 * Each catalog's idle work spaces, at most MAX_IDLE (7.7 MB each at a million creators): the finds
 * of a process's first seconds run side by side, dozens at once, and keeping one for each would
 * hold hundreds of MB for good. Beyond those, a find allocates its own and leaves it to the collector.
 */
const idle = new WeakMap<Catalog, Work[]>();
const MAX_IDLE = 2;
function acquireWork(cat: Catalog): Work {
  const free = idle.get(cat) ?? [];
  idle.set(cat, free);
  const n = Math.max(1024, cat.size);
  for (let w = free.pop(); w; w = free.pop()) if (w.hit.length >= n) return w;
  const m = Math.ceil(n * 1.1);
  return { hit: new Uint8Array(m), hits: new Uint16Array(m), out: new Int32Array(m) };
}
function releaseWork(cat: Catalog, w: Work): void {
  const free = idle.get(cat);
  if (free && free.length < MAX_IDLE) free.push(w);
}

function* findMatches(cat: Catalog, text: string, ix: TextIndex, written: number[], w: Work): Steps<SlotList> {
  const { hit, out } = w;
  const n = hit.length;
  let count = 0;
  const { p, query, holds, similar, rankOf } = slotText(cat, text);
  const take = (i: number) => {
    if (i >= n || hit[i]) return;
    hit[i] = 1;
    out[count++] = i;
  };
  const sub = substringCandidates(ix.sub, p);
  const mask = sub === null ? charMask(p) : null;
  if (sub !== null) yield* each(sub, (i) => holds(i) && take(i));
  else {
    // Under three characters: no trigram to look up. All ASCII: the slots holding each character
    // (one character is proven by its bit, unless slots were written since the masks were taken);
    // else every slot's text is read.
    const { chars } = ix;
    const built = chars.length / 2;
    const proven = p.length === 1 && written.length === 0;
    for (let i = 0; i < Math.min(n, cat.size); i++) {
      if (i % STEP === STEP - 1) yield;
      if (mask !== null && i < built) {
        if ((chars[2 * i]! & mask[0]) !== mask[0] || (chars[2 * i + 1]! & mask[1]) !== mask[1]) continue;
        if (proven || holds(i)) take(i);
      } else if (holds(i)) take(i);
    }
  }
  if (sub !== null || mask !== null) yield* each(written, (i) => holds(i) && take(i));
  const maybeSimilar = (i: number) => !hit[i] && similar(i) && take(i);
  yield* each(yield* typoCandidates(ix.typo, query, w.hits), maybeSimilar);
  yield* each(written, maybeSimilar);
  const slots = out.slice(0, count);
  const tags = new Uint8Array(count);
  for (let k = 0; k < count; k++) {
    hit[slots[k]!] = 0;
    tags[k] = rankOf(slots[k]!);
  }
  return { slots, tags };
}

/** The text's matches and ranks, at once. */
export function textMatches(cat: Catalog, text: string): SlotList {
  return finish(textMatchSteps(cat, text));
}

/** The text's matches and ranks, kept by the catalog between searches and caught up after writes (./kept.ts). */
export function keptTextMatches(cat: Catalog, text: string): SlotList {
  return cat.kept.of(`text:${text}`, () => textMatches(cat, text), () => textTest(cat, text));
}

/** As keptTextMatches, in steps (./steps.ts). */
export function keptTextMatchSteps(cat: Catalog, text: string): Steps<SlotList> {
  return cat.kept.ofSteps(`text:${text}`, () => textMatchSteps(cat, text), () => textTest(cat, text));
}
