// The filters of a search as tests on catalog slots: each filter of the registry
// (lib/search/filters.ts) read through the same `sql` declaration that lib/queries/search/where.ts
// turns into SQL, so a filter is declared once and both agree (tests/integration/search-scan.test.ts
// compares them on random queries). Pure.
import { ENGAGEMENT_BANDS, PLATFORMS, TIERS } from "@/lib/domain/types";
import { FILTER_KEYS, FILTERS, type FilterKey, type FilterSql } from "@/lib/search/filters";
import type { SearchQuery } from "@/lib/validation/search";
import { nicheMask, type Catalog, type FloatColumn } from "./catalog";
import { isCategorical, type Categorical } from "./filter-index";

/** Whether slot i passes. */
export type SlotTest = (i: number) => boolean;

const DAY_MS = 86_400_000;

function maskOf(all: readonly string[], values: readonly string[]): number {
  let m = 0;
  for (const v of values) {
    const k = all.indexOf(v);
    if (k >= 0) m |= 1 << k;
  }
  return m;
}

/** One filter's test, as its registry entry declares (null when the value restricts nothing). Free text has none here. */
function filterTest(cat: Catalog, key: FilterKey, spec: FilterSql, v: unknown): SlotTest | null {
  switch (spec.op) {
    case "text":
      throw new Error("Free text is not read from the catalog (lib/queries/search/index.ts sends it to SQL).");
    case "in": {
      const values = v as string[];
      if (!values.length) return null;
      if (spec.column === "platform" || spec.column === "tier") {
        const col = spec.column === "platform" ? cat.platform : cat.tier;
        const m = maskOf(spec.column === "platform" ? PLATFORMS : TIERS, values);
        return (i) => ((m >> col[i]!) & 1) === 1;
      }
      const dict = spec.column === "country" ? cat.countries : cat.languages;
      const col = spec.column === "country" ? cat.country : cat.language;
      const wanted = new Set(values);
      const ok = dict.flags((x) => wanted.has(x));
      return (i) => ok[col[i]!] === 1;
    }
    case "overlaps": {
      const values = v as string[];
      if (!values.length) return null;
      const m = nicheMask(values);
      const col = cat.niches;
      return (i) => (col[i]! & m) !== 0;
    }
    case ">=":
    case "<=":
    case "withinDays":
      throw new Error("A range is read as bounds (rangeOf), not as a test.");
    case "band": {
      const bands = v as string[];
      if (!bands.length) return null;
      const m = maskOf(ENGAGEMENT_BANDS, bands);
      const col = cat.band;
      // NO_BAND (255) shifts the mask out: no match, as a NULL rate in SQL.
      return (i) => col[i]! < 32 && ((m >> col[i]!) & 1) === 1;
    }
    case "present": {
      const flags = cat.flags;
      return v ? (i) => (flags[i]! & 1) === 1 : (i) => (flags[i]! & 1) === 0;
    }
  }
  void key;
}

/**
 * A range filter's bounds on one column: slot i passes when min <= col[i] <= max. NaN (NULL in
 * SQL) passes no range, as NULL passes no comparison in SQL.
 */
export type Range = { col: Float64Array; min: number; max: number };

/** The bounds a range or date filter sets (null: not a range), as its registry entry declares. */
function rangeOf(cat: Catalog, spec: FilterSql, v: unknown, now: number): Range | null {
  switch (spec.op) {
    case ">=":
    case "<=": {
      const value = (v as number) * ("scale" in spec && spec.scale ? spec.scale : 1);
      const col = cat.num[spec.column as FloatColumn];
      return spec.op === ">=" ? { col, min: value, max: Infinity } : { col, min: -Infinity, max: value };
    }
    case "withinDays":
      return { col: cat.num.metricsAsOf, min: now - (v as number) * DAY_MS, max: Infinity };
    default:
      return null;
  }
}

/** Whether slot i lies within every range. */
export function inRanges(ranges: readonly Range[], i: number): boolean {
  for (let r = 0; r < ranges.length; r++) {
    const { col, min, max } = ranges[r]!;
    const v = col[i]!;
    if (!(v >= min && v <= max)) return false;
  }
  return true;
}

/**
 * Keeps, of slot[0..m), the slots within every range, in place, one column at a time (a loop
 * without a call per creator); their number.
 */
export function keepInRanges(ranges: readonly Range[], slot: Int32Array, m: number): number {
  for (const { col, min, max } of ranges) {
    let n = 0;
    for (let k = 0; k < m; k++) {
      const i = slot[k]!;
      const v = col[i]!;
      if (v >= min && v <= max) slot[n++] = i;
    }
    m = n;
  }
  return m;
}

/** Every slot of 0..size-1 within every range, into `slot`; their number. */
export function slotsInRanges(ranges: readonly Range[], size: number, slot: Int32Array): number {
  if (!ranges.length) {
    for (let i = 0; i < size; i++) slot[i] = i;
    return size;
  }
  const [{ col, min, max }, ...more] = ranges;
  let m = 0;
  for (let i = 0; i < size; i++) {
    const v = col![i]!;
    if (v >= min! && v <= max!) slot[m++] = i;
  }
  return keepInRanges(more, slot, m);
}

/** The tests of every filter set in the query (free text excluded: the caller holds it back). */
export function slotTests(cat: Catalog, q: Partial<SearchQuery>, now = Date.now()): SlotTest[] {
  return filterParts(cat, q, now).tests;
}

/**
 * The query's filters, as tests on slots (`tests`: all of them, the ranges as one), and split for
 * the bitsets (./filter-index.ts): the categorical ones, and the bounds of the others (`ranges`:
 * ranges and dates, one per column).
 */
export function filterParts(cat: Catalog, q: Partial<SearchQuery>, now = Date.now()): { tests: SlotTest[]; categorical: Categorical[]; ranges: Range[] } {
  const parts = { tests: [] as SlotTest[], categorical: [] as Categorical[], ranges: [] as Range[] };
  for (const key of FILTER_KEYS) {
    if (key === "q") continue;
    const v = q[key];
    if (v === undefined || v === null) continue;
    const spec = FILTERS[key].sql;
    const range = rangeOf(cat, spec, v, now);
    if (range) {
      // A minimum and a maximum on one column: one range.
      const same = parts.ranges.find((r) => r.col === range.col);
      if (same) {
        same.min = Math.max(same.min, range.min);
        same.max = Math.min(same.max, range.max);
      } else parts.ranges.push(range);
      continue;
    }
    const t = filterTest(cat, key, spec, v);
    if (!t) continue;
    if (!isCategorical(spec)) throw new Error(`Filter ${key} is neither a range nor categorical`);
    parts.tests.push(t);
    parts.categorical.push({ spec, value: v });
  }
  const { ranges } = parts;
  if (ranges.length) parts.tests.push((i) => inRanges(ranges, i));
  return parts;
}
