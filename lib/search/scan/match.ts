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
function filterTest(cat: Catalog, key: FilterKey, spec: FilterSql, v: unknown, now: number): SlotTest | null {
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
    case "<=": {
      const value = (v as number) * ("scale" in spec && spec.scale ? spec.scale : 1);
      const col = cat.num[spec.column as FloatColumn];
      // NaN (NULL) fails both, as NULL does in SQL.
      return spec.op === ">=" ? (i) => col[i]! >= value : (i) => col[i]! <= value;
    }
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
    case "withinDays": {
      const since = now - (v as number) * DAY_MS;
      const col = cat.num.metricsAsOf;
      return (i) => col[i]! >= since;
    }
  }
  void key;
}

/** The tests of every filter set in the query (free text excluded: the caller holds it back). */
export function slotTests(cat: Catalog, q: Partial<SearchQuery>, now = Date.now()): SlotTest[] {
  return filterParts(cat, q, now).tests;
}

/**
 * The query's filters, as tests on slots (`tests`: all of them), and split for the bitsets
 * (./filter-index.ts): the categorical ones, and the tests of the others (`rest`: ranges and dates).
 */
export function filterParts(cat: Catalog, q: Partial<SearchQuery>, now = Date.now()): { tests: SlotTest[]; categorical: Categorical[]; rest: SlotTest[] } {
  const parts = { tests: [] as SlotTest[], categorical: [] as Categorical[], rest: [] as SlotTest[] };
  for (const key of FILTER_KEYS) {
    if (key === "q") continue;
    const v = q[key];
    if (v === undefined || v === null) continue;
    const spec = FILTERS[key].sql;
    const t = filterTest(cat, key, spec, v, now);
    if (!t) continue;
    parts.tests.push(t);
    if (isCategorical(spec)) parts.categorical.push({ spec, value: v });
    else parts.rest.push(t);
  }
  return parts;
}
