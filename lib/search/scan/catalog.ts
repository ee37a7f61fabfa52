// The catalog as columns: every creator's filter and sort values in typed arrays, one slot per
// creator, so that a search reads them in one pass (lib/search/scan/run.ts) whatever its filters
// and sort. It is a copy of what PostgreSQL holds, kept up to date before every search by
// lib/queries/search/catalog-sync.ts; PostgreSQL stays the only truth (docs/search.md, "The scan").
// Pure: no I/O.
import { ENGAGEMENT_BENCHMARKS, VERY_HIGH_MULTIPLE } from "@/lib/domain/engagement";
import { NICHE_IDS } from "@/lib/domain/niches";
import { PLATFORMS, TIERS, type Platform, type Tier } from "@/lib/domain/types";
import { buildFilterIndex, type FilterIndex } from "./filter-index";
import { KeptSlots } from "./kept";
import { buildSortLayout, type SortKeys, type SortLayout } from "./sorted";
import { buildTextIndex, slotTexts, type SlotTexts, type TextIndex } from "./text-index";
import { jsTextRules, pgLower, type TextRules } from "./trgm";

/** One creator as the catalog reads it (catalog-sync's SELECT). Numbers that PostgreSQL holds as NULL are null. */
export type CatalogRow = {
  id: string;
  handle: string;
  displayName: string | null;
  bio: string | null;
  platform: string;
  tier: string;
  country: string | null;
  language: string | null;
  niches: string[];
  followers: number;
  engagementRate: number | null;
  engagementRankable: boolean;
  expectedEngagements: number | null;
  engagementScore: number | null;
  authenticityScore: number | null;
  costScore: number | null;
  /** scout_cost_prior(…): the cost component's prior for this creator (lib/domain/cost.ts costPriorScore). */
  costPrior: number | null;
  priceLow: number | null;
  costPerEngagement: number | null;
  followerGrowth30d: number | null;
  hasEmail: boolean;
  /** metricsAsOf in milliseconds since 1970 (UTC). */
  metricsAsOf: number;
  baseScore: number | null;
  baseConfidence: number | null;
};

/** The engagement band's codes (ENGAGEMENT_BANDS order); NO_BAND when the rate is unknown. */
export const NO_BAND = 255;

/** Distinct strings (countries, languages) as small codes; 0 is NULL. */
export class Dict {
  readonly values: (string | null)[] = [null];
  private readonly codes = new Map<string, number>();
  code(v: string | null): number {
    if (v === null) return 0;
    let c = this.codes.get(v);
    if (c === undefined) {
      c = this.values.length;
      if (c > 0xffff) throw new Error("More than 65,535 distinct values in one catalog column");
      this.values.push(v);
      this.codes.set(v, c);
    }
    return c;
  }
  /** The value's code without adding it: -1 when no creator holds it. */
  find(v: string | null): number {
    return v === null ? 0 : (this.codes.get(v) ?? -1);
  }
  /** A flag per code: whether `test` holds for its value (NULL never). */
  flags(test: (v: string) => boolean): Uint8Array {
    return Uint8Array.from(this.values, (v) => (v !== null && test(v) ? 1 : 0));
  }
}

const NICHE_BIT = new Map<string, number>(NICHE_IDS.map((n, i) => [n, 2 ** i]));
/** The niche ids as one bit each (NICHE_IDS order); ids outside NICHE_IDS have none. */
export function nicheMask(ids: readonly string[]): number {
  let m = 0;
  for (const n of ids) m |= NICHE_BIT.get(n) ?? 0;
  return m >>> 0;
}

/** engagementBand (lib/domain/engagement.ts) as a code: the same comparisons. */
export function bandCode(platform: number, tier: number, rate: number): number {
  if (Number.isNaN(rate)) return NO_BAND;
  const { low, high } = ENGAGEMENT_BENCHMARKS[PLATFORMS[platform]!][TIERS[tier]!];
  if (rate < low) return 0;
  if (rate <= high) return 1;
  return rate <= VERY_HIGH_MULTIPLE * high ? 2 : 3;
}

const FLOAT_COLUMNS = [
  "followers", "engagementRate", "expectedEngagements", "engagementScore", "authenticityScore", "costScore", "costPrior",
  "priceLow", "costPerEngagement", "followerGrowth30d", "metricsAsOf", "baseScore", "baseConfidence",
] as const;
export type FloatColumn = (typeof FLOAT_COLUMNS)[number];

export class Catalog {
  /** Creators held; slots 0..size-1. */
  size = 0;
  ids: string[] = [];
  readonly slotOf = new Map<string, number>();
  readonly countries = new Dict();
  readonly languages = new Dict();
  platform = new Uint8Array(0);
  tier = new Uint8Array(0);
  country = new Uint16Array(0);
  language = new Uint16Array(0);
  niches = new Uint32Array(0);
  /** Each slot's set of niches as a small code: `nicheSets[code]` is its mask (few distinct sets: a brief's niche points are computed once per set). */
  nicheSet = new Uint32Array(0);
  readonly nicheSets: number[] = [];
  private readonly nicheSetCode = new Map<number, number>();
  band = new Uint8Array(0);
  /** 1: a contact email; 2: the engagement rate is rankable. */
  flags = new Uint8Array(0);
  /** NaN where PostgreSQL holds NULL. */
  readonly num = {} as Record<FloatColumn, Float64Array>;
  /** Free text: handle, name and bio, as stored and lower-cased, packed (./text-column.ts). */
  readonly texts: SlotTexts = slotTexts();
  /** The trigram indexes of `texts` (./text-index.ts), built at the first text search. */
  private textIndex: TextIndex | null = null;
  /** Slots written since the trigram indexes were built: candidates of every text search until the next build. */
  readonly textWritten = new WrittenSince();
  /** The bitsets of the categorical columns (./filter-index.ts), built at the first search that filters on one. */
  private filterIndex: FilterIndex | null = null;
  /** Slots written since the bitsets were built: tested whole by every filtered search until the next build. */
  readonly filterWritten = new WrittenSince();

  /** `rules`: how the database lower-cases and splits words (catalog-sync reads them from it). */
  constructor(capacity = 1024, readonly rules: TextRules = jsTextRules()) {
    this.grow(capacity);
  }

  /** The trigram indexes, built again once the slots written since cover a tenth of the catalog (and 10,000). */
  textIndexFresh(): TextIndex {
    if (!this.textIndex || this.textWritten.tooMany(this.size)) {
      this.textIndex = buildTextIndex(this.texts, this.size, this.rules);
      this.textWritten.clear();
    }
    return this.textIndex;
  }

  /** Lists kept between searches (a free text's matches, a keyword's creators), caught up after writes (./kept.ts). */
  readonly kept = new KeptSlots();

  /** The orders of the static sorts (./sorted.ts), each built at the first search with that sort. */
  private readonly layouts = new Map<string, SortLayout>();
  /** Slots written since the first of `layouts` was built: skipped by their walks and tested whole. */
  readonly layoutWritten = new WrittenSince();

  /** The order for `key` (a sort and its direction), whose first two keys `keys` writes; all are built again on the same terms as the trigram indexes. */
  sortLayoutFresh(key: string, keys: SortKeys): SortLayout {
    if (this.layoutWritten.tooMany(this.size)) {
      this.layouts.clear();
      this.layoutWritten.clear();
    }
    let layout = this.layouts.get(key);
    if (!layout) this.layouts.set(key, (layout = buildSortLayout(this.size, keys)));
    return layout;
  }

  /** The categorical bitsets, built again on the same terms as the trigram indexes. */
  filterIndexFresh(): FilterIndex {
    if (!this.filterIndex || this.filterWritten.tooMany(this.size)) {
      this.filterIndex = buildFilterIndex(this);
      this.filterWritten.clear();
    }
    return this.filterIndex;
  }

  private grow(capacity: number) {
    const more = <T extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(old: T, make: (n: number) => T) => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    this.platform = more(this.platform, (n) => new Uint8Array(n));
    this.tier = more(this.tier, (n) => new Uint8Array(n));
    this.country = more(this.country, (n) => new Uint16Array(n));
    this.language = more(this.language, (n) => new Uint16Array(n));
    this.niches = more(this.niches, (n) => new Uint32Array(n));
    this.nicheSet = more(this.nicheSet, (n) => new Uint32Array(n));
    this.band = more(this.band, (n) => new Uint8Array(n));
    this.flags = more(this.flags, (n) => new Uint8Array(n));
    for (const c of FLOAT_COLUMNS) this.num[c] = more(this.num[c] ?? new Float64Array(0), (n) => new Float64Array(n));
  }

  /** Adds the creator, or overwrites its slot when it is held already. */
  /** Counts writes (upserts): what is derived from the columns and kept (peers.ts) is valid for one version. */
  version = 0;

  /** Returns the creator's slot. */
  upsert(r: CatalogRow): number {
    this.version++;
    let i = this.slotOf.get(r.id);
    if (i === undefined) {
      i = this.size++;
      if (i >= this.platform.length) this.grow(Math.max(1024, this.platform.length * 2));
      this.ids[i] = r.id;
      this.slotOf.set(r.id, i);
    }
    const platform = Math.max(0, PLATFORMS.indexOf(r.platform as Platform));
    const tier = Math.max(0, TIERS.indexOf(r.tier as Tier));
    this.platform[i] = platform;
    this.tier[i] = tier;
    this.country[i] = this.countries.code(r.country);
    this.language[i] = this.languages.code(r.language);
    const mask = nicheMask(r.niches);
    this.niches[i] = mask;
    let set = this.nicheSetCode.get(mask);
    if (set === undefined) this.nicheSetCode.set(mask, (set = this.nicheSets.push(mask) - 1));
    this.nicheSet[i] = set;
    this.flags[i] = (r.hasEmail ? 1 : 0) | (r.engagementRankable ? 2 : 0);
    const t = this.texts;
    t.handle.set(i, r.handle);
    t.name.set(i, r.displayName);
    t.handleLow.set(i, pgLower(r.handle, this.rules));
    t.nameLow.set(i, r.displayName === null ? null : pgLower(r.displayName, this.rules));
    t.bioLow.set(i, r.bio === null ? null : pgLower(r.bio, this.rules));
    if (this.textIndex) this.textWritten.note(i);
    if (this.filterIndex) this.filterWritten.note(i);
    if (this.layouts.size) this.layoutWritten.note(i);
    this.kept.wrote(i, this.size);
    for (const c of FLOAT_COLUMNS) {
      const v = r[c];
      this.num[c][i] = v === null || v === undefined ? NaN : Number(v);
    }
    this.band[i] = bandCode(platform, tier, this.num.engagementRate[i]!);
    return i;
  }
}

/** The slots written since an index was built, each listed once however often it is written. */
export class WrittenSince {
  readonly list: number[] = [];
  private readonly held = new Set<number>();
  note(i: number): void {
    if (this.held.has(i)) return;
    this.held.add(i);
    this.list.push(i);
  }
  clear(): void {
    this.list.length = 0;
    this.held.clear();
  }
  /** Rebuild once the slots written cover a tenth of the catalog (and 10,000): each is tested whole by every search until then. */
  tooMany(size: number): boolean {
    return this.list.length > Math.max(10_000, size / 10);
  }
}
