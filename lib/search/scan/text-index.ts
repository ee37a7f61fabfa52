// Where free text can match, without reading every creator's text: two inverted indexes over the
// catalog's slots, each trigram hashed to one of 2^21 buckets, each bucket the sorted list of slots
// holding a trigram of that hash (compressed sparse rows: one offsets array, one slots array).
// - `sub`: every three consecutive characters of the lower-cased handle, name and bio. A substring
//   of three or more characters occurs only where all of its trigrams do.
// - `typo`: pg_trgm's word trigrams of the handle and the name. `q <% field` needs at least 60% of
//   the query's trigrams in the field.
// A bucket shared by two trigrams only adds candidates; every candidate is then tested on its text
// (lib/search/scan/text.ts), so the answer is exact. Slots written after the build are candidates
// always (`dirty`), until the next build. Pure.
import { wordTrigrams, type TextRules } from "./trgm";

const BITS = 21;
const BUCKETS = 1 << BITS;

/** The bucket of three code points. */
export function bucketOf(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77) ^ Math.imul(c + 0x165667b1, 0xc2b2ae3d)) >>> (32 - BITS);
}

/** The distinct buckets of a string's consecutive code-point triples. */
export function rawBuckets(s: string, out: number[]): void {
  let a = -1;
  let b = -1;
  for (let i = 0; i < s.length; ) {
    const c = s.codePointAt(i)!;
    i += c > 0xffff ? 2 : 1;
    if (a >= 0) out.push(bucketOf(a, b, c));
    a = b;
    b = c;
  }
}

/** The buckets of pg_trgm's word trigrams. */
export function trigramBuckets(trigrams: readonly string[], out: number[]): void {
  for (const t of trigrams) {
    const cps = Array.from(t, (ch) => ch.codePointAt(0)!);
    out.push(bucketOf(cps[0]!, cps[1]!, cps[2]!));
  }
}

export class BucketIndex {
  constructor(readonly offsets: Int32Array, readonly slots: Int32Array) {}
  /** The slots of bucket b (ascending). */
  list(b: number): Int32Array {
    return this.slots.subarray(this.offsets[b]!, this.offsets[b + 1]!);
  }
  size(b: number): number {
    return this.offsets[b + 1]! - this.offsets[b]!;
  }
}

/** An index over slots 0..n-1; `each(i, out)` pushes slot i's buckets (repeats allowed). Two passes: count, then fill. */
function build(n: number, each: (i: number, out: number[]) => void): BucketIndex {
  const counts = new Int32Array(BUCKETS + 1);
  const tmp: number[] = [];
  const distinct = (i: number) => {
    tmp.length = 0;
    each(i, tmp);
    tmp.sort((x, y) => x - y);
    let k = 0;
    for (let j = 0; j < tmp.length; j++) if (j === 0 || tmp[j] !== tmp[j - 1]) tmp[k++] = tmp[j]!;
    tmp.length = k;
    return tmp;
  };
  for (let i = 0; i < n; i++) for (const b of distinct(i)) counts[b + 1]!++;
  for (let b = 0; b < BUCKETS; b++) counts[b + 1]! += counts[b]!;
  const offsets = counts;
  const slots = new Int32Array(offsets[BUCKETS]!);
  const fill = offsets.slice(0, BUCKETS);
  for (let i = 0; i < n; i++) for (const b of distinct(i)) slots[fill[b]!++] = i;
  return new BucketIndex(offsets, slots);
}

/** The texts the indexes read: lower-cased (`*Low`) and as stored (for pg_trgm's word splitting). */
export type SlotTexts = { handle: string[]; name: (string | null)[]; handleLow: string[]; nameLow: (string | null)[]; bioLow: (string | null)[] };

export type TextIndex = { sub: BucketIndex; typo: BucketIndex; built: number };

export function buildTextIndex(t: SlotTexts, n: number, rules: TextRules): TextIndex {
  const sub = build(n, (i, out) => {
    rawBuckets(t.handleLow[i]!, out);
    if (t.nameLow[i]) rawBuckets(t.nameLow[i]!, out);
    if (t.bioLow[i]) rawBuckets(t.bioLow[i]!, out);
  });
  const typo = build(n, (i, out) => {
    trigramBuckets(wordTrigrams(t.handle[i]!, rules), out);
    if (t.name[i]) trigramBuckets(wordTrigrams(t.name[i]!, rules), out);
  });
  return { sub, typo, built: n };
}
