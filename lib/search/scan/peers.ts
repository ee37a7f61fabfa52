// A profile's comparisons, read from the catalog (bounded whatever the creator's platform and tier
// hold): where its engagement rate stands among its peers (their sorted rates, kept until the
// catalog changes), and its lookalikes (nearest rate first, ./rate-walk.ts, or one pass over the candidates).
// Pure; lib/queries/engagement-percentile.ts and lib/queries/similar.ts serve them.
import { neighbourTiers } from "@/lib/domain/tiers";
import { NICHE_IDS } from "@/lib/domain/niches";
import { PLATFORMS, TIERS, type Platform, type Tier } from "@/lib/domain/types";
import { FILTERS } from "@/lib/search/filters";
import { nicheMask, type Catalog } from "./catalog";
import { bitCount, categoricalBits, eachSetBit, type Categorical } from "./filter-index";
import { RATE_FLOOR, rateOrder, walkByRate } from "./rate-walk";

/** Per catalog, the sorted rankable rates of each platform and tier, for the catalog version they were read at. */
const rateCache = new WeakMap<Catalog, { version: number; rates: Map<number, Float64Array> }>();

/** The rankable engagement rates of the platform and tier, ascending: one pass, then kept until the catalog changes. */
function peerRates(cat: Catalog, p: number, t: number): Float64Array {
  let c = rateCache.get(cat);
  if (!c || c.version !== cat.version) rateCache.set(cat, (c = { version: cat.version, rates: new Map() }));
  const key = p * 16 + t;
  let rates = c.rates.get(key);
  if (!rates) {
    rates = Float64Array.from(rankableRates(cat, (pi, ti) => pi === p && ti === t).get(key) ?? []).sort();
    c.rates.set(key, rates);
  }
  return rates;
}

/** One pass: the rankable rates of each platform and tier that `wanted` names, by key (platform * 16 + tier). */
function rankableRates(cat: Catalog, wanted: (p: number, t: number) => boolean): Map<number, number[]> {
  const er = cat.num.engagementRate;
  const found = new Map<number, number[]>();
  for (let i = 0; i < cat.size; i++) {
    const p = cat.platform[i]!;
    const t = cat.tier[i]!;
    if ((cat.flags[i]! & 2) === 0 || !wanted(p, t)) continue;
    const r = er[i]!;
    if (Number.isNaN(r)) continue;
    const key = p * 16 + t;
    let list = found.get(key);
    if (!list) found.set(key, (list = []));
    list.push(r);
  }
  return found;
}

/**
 * Every platform and tier's sorted rates at once, when the catalog is read
 * (lib/queries/search/catalog-sync.ts): one pass for all of them, so that no profile's first view
 * of a tier pays a pass over the catalog and a sort (25-36 ms for Instagram nano at a million).
 * After writes they are found again one group at a time, by the first profile that needs each.
 */
export function preparePeerRates(cat: Catalog): void {
  const rates = new Map<number, Float64Array>();
  for (const [key, list] of rankableRates(cat, () => true)) rates.set(key, Float64Array.from(list).sort());
  // A group with no rankable rate is empty, not missing: it is not looked for again.
  for (let p = 0; p < PLATFORMS.length; p++) for (let t = 0; t < TIERS.length; t++) if (!rates.has(p * 16 + t)) rates.set(p * 16 + t, new Float64Array(0));
  rateCache.set(cat, { version: cat.version, rates });
}

/** How many of the ascending `a` are below `x` (strictly, or also equal with `orEqual`). */
function countBelow(a: Float64Array, x: number, orEqual: boolean): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x || (orEqual && a[mid] === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Mid-rank percentile of `rate` among the catalog's creators of the platform and tier with a
 * rankable rate (lib/domain/engagement.ts percentileRank: 100 * (below + half of equal) / n): two
 * binary searches in the peers' sorted rates.
 */
export function peerPercentile(cat: Catalog, platform: Platform, tier: Tier, rate: number): { percentile: number; peers: number } | null {
  const rates = peerRates(cat, PLATFORMS.indexOf(platform), TIERS.indexOf(tier));
  const n = rates.length;
  if (n === 0) return null;
  const below = countBelow(rates, rate, false);
  const equal = countBelow(rates, rate, true) - below;
  return { percentile: (100 * (below + 0.5 * equal)) / n, peers: n };
}

export type LookalikeSeed = { id: string; platform: Platform; tier: Tier; niches: string[]; engagementRate: number | null; country: string | null };

/** Slot i as a lookalike seed: what lookalikes() reads of a creator (its niches as the catalog holds them, a set). */
export function lookalikeSeedAt(cat: Catalog, i: number): LookalikeSeed {
  const mask = cat.niches[i]!;
  const rate = cat.num.engagementRate[i]!;
  return {
    id: cat.ids[i]!, platform: PLATFORMS[cat.platform[i]!]!, tier: TIERS[cat.tier[i]!]!, niches: NICHE_IDS.filter((_, b) => (mask >>> b) & 1),
    engagementRate: Number.isNaN(rate) ? null : rate, country: cat.countries.values[cat.country[i]!] ?? null,
  };
}

/** Whether lookalikes() reads the same of both (the niches as a set of known ids, the rate and country as they are). */
export function sameLookalikeSeed(a: LookalikeSeed, b: LookalikeSeed): boolean {
  return a.id === b.id && a.platform === b.platform && a.tier === b.tier && nicheMask(a.niches) === nicheMask(b.niches) &&
    a.engagementRate === b.engagementRate && a.country === b.country;
}

/** Lookalikes read nearest rate first when at least one creator in this many is a candidate; the candidates' bitsets otherwise. */
const WALK_DENSITY = 64;

/**
 * Lookalikes: the same platform, a shared niche, the same or a neighbouring tier, a rankable rate;
 * closest engagement rate first (|ln(rate / seed's rate)|, unknown rates last), 0.5 closer for the
 * same country and 0.25 for each shared niche; then id. The ids of the best `limit`.
 */
export function lookalikes(cat: Catalog, seed: LookalikeSeed, limit: number): string[] {
  const mask = nicheMask(seed.niches);
  if (mask === 0) return [];
  const p = PLATFORMS.indexOf(seed.platform);
  let tiers = 0;
  for (const t of neighbourTiers(seed.tier)) tiers |= 1 << TIERS.indexOf(t);
  const country = cat.countries.find(seed.country);
  const er = cat.num.engagementRate;
  const seedEr = seed.engagementRate !== null && seed.engagementRate > 0 ? seed.engagementRate : null;
  // The best `limit` so far, best first: a short list kept sorted (a common niche of a small tier
  // has 100,000 candidates, and every one is compared with the list's worst only).
  const best: { unknown: number; d: number; id: string }[] = [];
  const before = (u: number, d: number, id: string, o: { unknown: number; d: number; id: string }) =>
    u !== o.unknown ? u < o.unknown : d !== o.d ? d < o.d : id < o.id;
  if (limit <= 0) return [];
  const seedSlot = cat.slotOf.get(seed.id) ?? -1;
  const { flags, platform: platforms, tier: tierOf, niches, country: countries } = cat;
  // Once the list is full of known rates, a candidate whose rate is outside the window of its own
  // bonus (its country, its shared niches) cannot enter it: its distance less that bonus is already
  // past the list's worst (eight shared niches and more are ranked without it). The windows have a
  // margin, so that rounding never drops one that belongs; those inside are ranked exactly.
  // Index: 8 for the same country, plus the niches shared.
  let bounded = false;
  const lo = new Float64Array(16);
  const hi = new Float64Array(16);
  const tighten = () => {
    const worst = best[limit - 1]!;
    if (seedEr === null || worst.unknown) return;
    bounded = true;
    for (let b = 0; b < 16; b++) {
      const t = Math.max(0, worst.d + (b & 8 ? 0.5 : 0) + 0.25 * (b & 7));
      hi[b] = seedEr * Math.exp(t) * (1 + 1e-9);
      lo[b] = seedEr * Math.exp(-t) * (1 - 1e-9);
    }
  };
  // The candidates: the creators that the platform, tier and niche bitsets keep, read from them when
  // they are few, or walked nearest rate first when they are many; each is tested in full.
  const filters: Categorical[] = [
    { spec: FILTERS.platform.sql, value: [seed.platform] },
    { spec: FILTERS.tier.sql, value: neighbourTiers(seed.tier) },
    { spec: FILTERS.niche.sql, value: seed.niches },
  ];
  const consider = (i: number) => {
    if ((flags[i]! & 2) === 0 || platforms[i] !== p || ((tiers >> tierOf[i]!) & 1) === 0 || (niches[i]! & mask) === 0 || i === seedSlot) return;
    const r = er[i]!;
    const u = Number.isNaN(r) ? 1 : 0;
    const same = countries[i] === country;
    const shared = popcount(niches[i]! & mask);
    if (bounded) {
      if (u) return;
      const c = r > 1e-6 ? r : 1e-6;
      const b = (same ? 8 : 0) | shared;
      if (shared < 8 && (c > hi[b]! || c < lo[b]!)) return;
    }
    const d = (seedEr === null ? 0 : Math.abs(Math.log((u ? RATE_FLOOR : Math.max(r, RATE_FLOOR)) / seedEr))) - (same ? 0.5 : 0) - 0.25 * shared;
    const id = cat.ids[i]!;
    if (best.length === limit && !before(u, d, id, best[limit - 1]!)) return;
    let k = best.length === limit ? limit - 1 : best.length;
    best[k] = { unknown: u, d, id };
    for (; k > 0 && before(u, d, id, best[k - 1]!); k--) [best[k], best[k - 1]] = [best[k - 1]!, best[k]!];
    if (best.length === limit) tighten();
  };
  const written = cat.filterWritten.list;
  const bits = categoricalBits(cat.filterIndexFresh(), cat, filters, written);
  if (seedEr !== null && bitCount(bits) > cat.size / WALK_DENSITY) {
    // Many candidates: read nearest rate first (./rate-walk.ts), until the next bucket is further
    // than the list's worst could be beaten from with every bonus (the same country, every niche);
    // until the list is full of known rates, no bound. The slots written since either the bitsets
    // or the order were built are tested first, and the walk takes only the bitsets' candidates.
    const layout = rateOrder(cat);
    const apart = new Set([...written, ...cat.layoutWritten.list]);
    for (const i of apart) consider(i);
    const most = 0.5 + 0.25 * popcount(mask) + 1e-9;
    const reach = () => (best.length === limit && !best[limit - 1]!.unknown ? best[limit - 1]!.d + most : Infinity);
    walkByRate(layout, seedEr, reach, (i) => {
      if ((bits[i >>> 5]! >>> (i & 31)) & 1 && !apart.has(i)) consider(i);
    });
  } else {
    eachSetBit(bits, consider);
    for (const i of written) consider(i);
  }
  return best.map((b) => b.id);
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v; v &= v - 1) n++;
  return n;
}
