// Bitsets of the catalog's categorical columns: one bit per creator for each platform, tier,
// engagement band, niche, country, language and "has an email". A search's categorical filters
// become a few word-wise ORs and ANDs over 32 creators at a time (a million creators are 31,250
// words), so only the creators that pass them are visited, and the range filters (followers, rates,
// prices, dates) are tested on those alone. Built from the columns once, and again after writes
// reach a tenth of the catalog; the slots written since are cleared from every answer and tested
// whole by the caller (run.ts), so an answer is exact between builds. Pure.
import { NICHE_IDS } from "@/lib/domain/niches";
import { ENGAGEMENT_BANDS, PLATFORMS, TIERS } from "@/lib/domain/types";
import type { FilterSql } from "@/lib/search/filters";

/** The columns the bitsets are built from (a Catalog). */
export type CategoricalColumns = {
  size: number;
  platform: Uint8Array; tier: Uint8Array; band: Uint8Array; niches: Uint32Array; flags: Uint8Array;
  country: Uint16Array; language: Uint16Array;
  countries: { values: readonly (string | null)[]; find(v: string | null): number };
  languages: { values: readonly (string | null)[]; find(v: string | null): number };
};

export type FilterIndex = {
  /** Creators covered (slots 0..size-1 when built) and the bitsets' length in 32-bit words. */
  size: number; words: number;
  platform: Uint32Array[]; tier: Uint32Array[]; band: Uint32Array[]; niche: Uint32Array[];
  /**
   * By dictionary code; code 0 (NULL) is never set, as NULL matches no value in SQL. A code held by
   * fewer than one creator in 32 is a sorted list of slots instead of a bitset, so a column of
   * thousands of distinct values (a messy import's languages) costs at most 32 bitsets and one slot
   * per creator, never a bitset per value.
   */
  country: Members[]; language: Members[];
  email: Uint32Array; all: Uint32Array;
  /** Scratch for one answer at a time (a scan runs to its end without yielding). */
  out: Uint32Array; tmp: Uint32Array;
};

/** The creators holding one value: a bitset (Uint32Array, a bit a slot) or a sorted list of slots (Int32Array). */
export type Members = Uint32Array | Int32Array;

/** Per code of a dictionary column: a bitset where the code is common, else a list of its slots. */
function membersOf(col: Uint16Array, codes: number, size: number, words: number): Members[] {
  const count = new Int32Array(codes);
  for (let i = 0; i < size; i++) count[col[i]!]!++;
  const out: Members[] = Array.from(count, (n, code) => (code === 0 ? new Int32Array(0) : n * 32 >= size ? new Uint32Array(words) : new Int32Array(n)));
  const at = new Int32Array(codes);
  for (let i = 0; i < size; i++) {
    const code = col[i]!;
    if (code === 0) continue;
    const m = out[code]!;
    if (m instanceof Uint32Array) m[i >>> 5]! |= 1 << (i & 31);
    else m[at[code]!++] = i;
  }
  return out;
}

export function buildFilterIndex(c: CategoricalColumns): FilterIndex {
  const size = c.size;
  const words = (size + 31) >>> 5;
  const sets = (k: number) => Array.from({ length: k }, () => new Uint32Array(words));
  const ix: FilterIndex = {
    size, words,
    platform: sets(PLATFORMS.length), tier: sets(TIERS.length), band: sets(ENGAGEMENT_BANDS.length), niche: sets(32),
    country: membersOf(c.country, c.countries.values.length, size, words), language: membersOf(c.language, c.languages.values.length, size, words),
    email: new Uint32Array(words), all: new Uint32Array(words), out: new Uint32Array(words), tmp: new Uint32Array(words),
  };
  for (let i = 0; i < size; i++) {
    const w = i >>> 5;
    const b = 1 << (i & 31);
    ix.all[w]! |= b;
    ix.platform[c.platform[i]!]![w]! |= b;
    ix.tier[c.tier[i]!]![w]! |= b;
    const band = c.band[i]!;
    if (band < ix.band.length) ix.band[band]![w]! |= b;
    for (let n = c.niches[i]! | 0; n !== 0; ) {
      const low = n & -n;
      ix.niche[31 - Math.clz32(low)]![w]! |= b;
      n ^= low;
    }
    if (c.flags[i]! & 1) ix.email[w]! |= b;
  }
  return ix;
}

/** One categorical filter of a query: its registry declaration and its value. */
export type Categorical = { spec: FilterSql; value: unknown };

/** Whether the filter is answered by the bitsets (every filter but ranges, dates and free text). */
export const isCategorical = (spec: FilterSql) => spec.op === "in" || spec.op === "overlaps" || spec.op === "band" || spec.op === "present";

/** The bitsets whose union is one filter's answer; `complement`: the answer is the others ("no email"). */
function setsOf(ix: FilterIndex, c: CategoricalColumns, { spec, value }: Categorical): { sets: Members[]; complement?: boolean } {
  const pick = (all: readonly string[], by: Members[]) => (value as string[]).flatMap((v) => by[all.indexOf(v)] ?? []);
  switch (spec.op) {
    case "in": {
      if (spec.column === "platform") return { sets: pick(PLATFORMS, ix.platform) };
      if (spec.column === "tier") return { sets: pick(TIERS, ix.tier) };
      const [dict, by] = spec.column === "country" ? [c.countries, ix.country] : [c.languages, ix.language];
      // A value no creator held at the build matches none of them (a creator written since is tested whole).
      return { sets: (value as string[]).flatMap((v) => { const code = dict.find(v); return code > 0 ? (by[code] ?? []) : []; }) };
    }
    case "overlaps": {
      // The bit of a niche is its place in NICHE_IDS (catalog.ts nicheMask).
      const bits = new Set((value as string[]).map((v) => (NICHE_IDS as readonly string[]).indexOf(v)).filter((k) => k >= 0 && k < 32));
      return { sets: [...bits].map((k) => ix.niche[k]!) };
    }
    case "band":
      return { sets: pick(ENGAGEMENT_BANDS, ix.band) };
    case "present":
      return { sets: [ix.email], complement: !value };
    default:
      throw new Error(`Filter ${spec.op} is not categorical`);
  }
}

/**
 * The slots of the index that pass every filter in `filters` (each a union of its values' sets), as
 * a bitset in the index's scratch `out`, with the slots in `written` cleared (the caller tests them
 * whole: their bits may be out of date).
 */
export function categoricalBits(ix: FilterIndex, c: CategoricalColumns, filters: Categorical[], written: readonly number[]): Uint32Array {
  const { out, tmp, words } = ix;
  out.set(ix.all);
  for (const f of filters) {
    const { sets, complement } = setsOf(ix, c, f);
    const only = sets.length === 1 ? sets[0]! : null;
    if (only instanceof Uint32Array) {
      // One value's bitset: applied as it is (most filters), without its copy into `tmp`.
      if (complement) for (let w = 0; w < words; w++) out[w]! &= ~only[w]!;
      else for (let w = 0; w < words; w++) out[w]! &= only[w]!;
      continue;
    }
    tmp.fill(0);
    for (const s of sets) {
      if (s instanceof Int32Array) for (const i of s) tmp[i >>> 5]! |= 1 << (i & 31);
      else for (let w = 0; w < words; w++) tmp[w]! |= s[w]!;
    }
    if (complement) for (let w = 0; w < words; w++) out[w]! &= ~tmp[w]!;
    else for (let w = 0; w < words; w++) out[w]! &= tmp[w]!;
  }
  for (const i of written) if (i < ix.size) out[i >>> 5]! &= ~(1 << (i & 31));
  return out;
}

/**
 * Calls `visit` with every slot that may pass `filters`: the slots their bitsets keep, then the
 * slots written since the bitsets were built (`written`), whose bits may be out of date. The
 * caller tests each visited slot in full when it was written, as it does any slot it visits.
 */
export function eachCandidate(ix: FilterIndex, c: CategoricalColumns, filters: Categorical[], written: readonly number[], visit: (i: number) => void): void {
  eachSetBit(categoricalBits(ix, c, filters, written), visit);
  for (const i of written) visit(i);
}

/** Calls `visit` with each slot whose bit is set, ascending. */
export function eachSetBit(bits: Uint32Array, visit: (i: number) => void): void {
  for (let w = 0; w < bits.length; w++) {
    for (let x = bits[w]! | 0; x !== 0; ) {
      const low = x & -x;
      x ^= low;
      visit((w << 5) | (31 - Math.clz32(low)));
    }
  }
}

/** How many bits are set. */
export function bitCount(bits: Uint32Array): number {
  let n = 0;
  for (let w = 0; w < bits.length; w++) {
    let v = bits[w]! - ((bits[w]! >>> 1) & 0x55555555);
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    n += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return n;
}
