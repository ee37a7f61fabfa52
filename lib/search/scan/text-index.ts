// Where free text can match, without reading every creator's text: two inverted indexes over the
// catalog's slots, each trigram hashed to one of 2^21 buckets, each bucket the ascending list of
// slots holding a trigram of that hash (compressed sparse rows: one offsets array, one slots array).
// - `sub`: every three consecutive characters of the lower-cased handle, name and bio. A substring
//   of three or more characters occurs only where all of its trigrams do.
// - `typo`: pg_trgm's word trigrams of the handle and the name. `q <% field` needs at least 60% of
//   the query's trigrams in the field.
// And `chars`: per slot, which of 64 ASCII characters its texts hold, for texts under three
// characters. A bucket shared by two trigrams only adds candidates; every candidate is then tested
// on its text (./text.ts), so the answer is exact. Slots written after the build are candidates
// always (`dirty`), until the next build. Pure.
import { TextColumn } from "./text-column";
import { eachWordTrigram, type TextRules } from "./trgm";

const BITS = 21;
const BUCKETS = 1 << BITS;

/** The bucket of three code points. */
export function bucketOf(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77) ^ Math.imul(c + 0x165667b1, 0xc2b2ae3d)) >>> (32 - BITS);
}

/** Calls emit with the bucket of each three consecutive code points of s (a query's; the index uses rawInto). */
export function eachRawBucket(s: string, emit: (b: number) => void): void {
  let a = -1;
  let b = -1;
  for (let i = 0; i < s.length; ) {
    const c = s.codePointAt(i)!;
    i += c > 0xffff ? 2 : 1;
    if (a >= 0) emit(bucketOf(a, b, c));
    a = b;
    b = c;
  }
}

/** The bit of an ASCII character in `chars` (two 32-bit words per slot): a-z, 0-9, then common punctuation; -1 for others. */
const CHAR_BIT = new Int8Array(128).fill(-1);
[..."abcdefghijklmnopqrstuvwxyz0123456789 ._-@#&!?'/:,+()*|~$%=^;\"[]{}<>\\`"].slice(0, 64).forEach((ch, k) => (CHAR_BIT[ch.charCodeAt(0)] = k));
export function charBit(cp: number): number {
  return cp < 128 ? CHAR_BIT[cp]! : -1;
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

/** Scratch for one slot's buckets, grown as texts require. */
let scratch = new Int32Array(1024);
function room(n: number): Int32Array {
  if (n > scratch.length) {
    const next = new Int32Array(Math.max(n, 2 * scratch.length));
    next.set(scratch);
    scratch = next;
  }
  return scratch;
}

/** Writes the buckets of s's consecutive code-point triples at out[n..]; the new length. */
function rawInto(s: string, n: number): number {
  const out = room(n + s.length);
  let a = -1;
  let b = -1;
  for (let i = 0; i < s.length; ) {
    const c = s.codePointAt(i)!;
    i += c > 0xffff ? 2 : 1;
    if (a >= 0) out[n++] = bucketOf(a, b, c);
    a = b;
    b = c;
  }
  return n;
}

/** Writes the buckets of s's pg_trgm word trigrams at out[n..]; the new length. */
function wordInto(s: string, rules: TextRules, n: number): number {
  const out = room(n + 2 * s.length + 2);
  eachWordTrigram(s, rules, (a, b, c) => {
    out[n++] = bucketOf(a, b, c);
  });
  return n;
}

/**
 * An index over slots 0..n-1; `fill(i)` writes slot i's buckets to the scratch (repeats allowed:
 * `seen` keeps one per slot) and returns how many. Two passes, count then place, so that memory is
 * the index itself.
 */
function build(n: number, fill: (i: number) => number): BucketIndex {
  const seen = new Int32Array(BUCKETS).fill(-1);
  const offsets = new Int32Array(BUCKETS + 1);
  for (let i = 0; i < n; i++) {
    const k = fill(i);
    for (let j = 0; j < k; j++) {
      const b = scratch[j]!;
      if (seen[b] !== i) {
        seen[b] = i;
        offsets[b + 1]!++;
      }
    }
  }
  for (let b = 0; b < BUCKETS; b++) offsets[b + 1]! += offsets[b]!;
  const slots = new Int32Array(offsets[BUCKETS]!);
  const at = offsets.slice(0, BUCKETS);
  seen.fill(-1);
  for (let i = 0; i < n; i++) {
    const k = fill(i);
    for (let j = 0; j < k; j++) {
      const b = scratch[j]!;
      if (seen[b] !== i) {
        seen[b] = i;
        slots[at[b]!++] = i;
      }
    }
  }
  return new BucketIndex(offsets, slots);
}

/** The texts the indexes read: lower-cased (`*Low`) and as stored (for pg_trgm's word splitting). */
export type SlotTexts = { handle: TextColumn; name: TextColumn; handleLow: TextColumn; nameLow: TextColumn; bioLow: TextColumn };

export function slotTexts(): SlotTexts {
  return { handle: new TextColumn(), name: new TextColumn(), handleLow: new TextColumn(), nameLow: new TextColumn(), bioLow: new TextColumn() };
}

export type TextIndex = { sub: BucketIndex; typo: BucketIndex; chars: Uint32Array };

export function buildTextIndex(t: SlotTexts, n: number, rules: TextRules): TextIndex {
  const sub = build(n, (i) => {
    let k = rawInto(t.handleLow.get(i)!, 0);
    const name = t.nameLow.get(i);
    if (name) k = rawInto(name, k);
    const bio = t.bioLow.get(i);
    if (bio) k = rawInto(bio, k);
    return k;
  });
  const typo = build(n, (i) => {
    const k = wordInto(t.handle.get(i)!, rules, 0);
    const name = t.name.get(i);
    return name ? wordInto(name, rules, k) : k;
  });
  const chars = new Uint32Array(2 * n);
  for (let i = 0; i < n; i++) {
    for (const s of [t.handleLow.get(i)!, t.nameLow.get(i), t.bioLow.get(i)]) {
      if (!s) continue;
      for (let k = 0; k < s.length; k++) {
        const bit = charBit(s.charCodeAt(k));
        if (bit >= 0) chars[2 * i + (bit >> 5)]! |= 1 << (bit & 31);
      }
    }
  }
  return { sub, typo, chars };
}
