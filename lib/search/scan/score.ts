// Fit and the overall score of one catalog slot, mirroring lib/domain (scoreNicheFit, overallScore)
// the way lib/queries/search/fit-sql.ts and score-sql.ts mirror them in SQL: the same operations in
// the same order on the same doubles, so that the scan, the SQL and the domain give equal values.
// Compiled once per search into closures over the catalog's columns. Pure.
import { FIT_POINTS, RELATED_NICHE_CREDIT, briefKeywords, briefTargets, type BrandBrief } from "@/lib/domain/fit";
import { relatedNiches } from "@/lib/domain/niches";
import { PLATFORMS } from "@/lib/domain/types";
import { SCORE_PRIORS, usedWeights, type ScoreWeights } from "@/lib/domain/score";
import { nicheMask, type Catalog } from "./catalog";

const round1 = (x: number) => Math.floor(x * 10 + 0.5) / 10;
/** SQL's GREATEST(0, LEAST(100, x)): LEAST skips a NULL, so NULL (NaN) becomes 100. */
const clamp = (x: number) => (x !== x ? 100 : x < 0 ? 0 : x > 100 ? 100 : x);

/**
 * Fit (0-100, an integer) of slot i for the brief, as fitScoreSql computes it. `keywordHits[i]`: how
 * many of the brief's keywords the bio holds (catalog-sync reads them from PostgreSQL; null when the
 * brief has no keywords).
 */
export function fitOf(cat: Catalog, brief: BrandBrief, keywordHits: Uint8Array | null): (i: number) => number {
  const P = FIT_POINTS;
  const { niches: targets, countries, languages } = briefTargets(brief);
  const total = targets.reduce((s, n) => s + n.weight, 0);
  const exact = targets.map((n) => nicheMask([n.id]));
  const related = targets.map((n) => nicheMask(relatedNiches(n.id)));
  const credit = targets.map((n) => n.weight * RELATED_NICHE_CREDIT);
  // Each part depends on one small value (the set of niches, a country, a language, a platform), so
  // it is computed once per distinct value and looked up per creator.
  const niche = (m: number) => {
    if (targets.length === 0) return P.niche;
    let sum = 0;
    for (let k = 0; k < targets.length; k++) sum += (m & exact[k]!) !== 0 ? targets[k]!.weight : related[k] !== 0 && (m & related[k]!) !== 0 ? credit[k]! : 0;
    return round1((P.niche * sum) / total);
  };
  const nichePts = Float64Array.from(cat.nicheSets, niche);
  const setCol = cat.nicheSet;
  const nKeywords = briefKeywords(brief).length;
  const keywordPts = Float64Array.from({ length: nKeywords + 1 }, (_, hits) => (nKeywords === 0 ? P.keywords : round1((P.keywords * hits) / nKeywords)));
  const countryOk = cat.countries.flags((c) => countries.includes(c));
  const languageOk = cat.languages.flags((l) => languages.includes(l.replace(/^ +| +$/g, "").toLowerCase()));
  const countryPts = Float64Array.from(countryOk, (ok) => (countries.length === 0 ? P.country : ok ? P.country : 0));
  const languagePts = Float64Array.from(languageOk, (ok) => (languages.length === 0 ? P.language : ok ? P.language : 0));
  const platformPts = Float64Array.from(PLATFORMS, (p) => (brief.platforms.length === 0 ? P.platform : brief.platforms.includes(p) ? P.platform : 0));
  const { country: cCol, language: lCol, platform: pCol } = cat;
  return (i) => {
    const sum = nichePts[setCol[i]!]! + keywordPts[keywordHits ? Math.min(keywordHits[i]!, nKeywords) : 0]! + countryPts[cCol[i]!]! + languagePts[lCol[i]!]! + platformPts[pCol[i]!]!;
    return Math.max(0, Math.min(100, Math.floor(sum + 0.5)));
  };
}

/**
 * The overall score and its confidence of slot i, as overallScoreSql and scoreConfidenceSql compute
 * them: a missing component at its prior (cost: the creator's own prior), summed in SCORE_KEYS order.
 */
export function scoreOf(cat: Catalog, weights: ScoreWeights, fit: ((i: number) => number) | null): { score: (i: number, fit: number) => number; confidence: (i: number) => number } {
  const { w, used, wSum } = usedWeights(weights, fit !== null);
  const { engagementScore: eng, authenticityScore: auth, costScore: cost, costPrior } = cat.num;
  const coef = (k: (typeof used)[number]) => (used.includes(k) ? w[k] / wSum : 0);
  const [cE, cF, cA, cC] = [coef("engagement"), coef("fit"), coef("authenticity"), coef("cost")];
  const [uE, uF, uA, uC] = [used.includes("engagement"), used.includes("fit"), used.includes("authenticity"), used.includes("cost")];
  // Left to right over the used components, as the SQL's "a + b + c" adds them: the first term
  // alone, then each next one added (no closures: this runs once per match).
  const none = used.length === 0;
  const score = (i: number, f: number) => {
    if (none) return 0;
    let sum = 0;
    let first = true;
    if (uE) {
      const e = eng[i]!;
      sum = cE * clamp(e !== e ? SCORE_PRIORS.engagement : e);
      first = false;
    }
    if (uF) {
      const x = cF * clamp(f);
      sum = first ? x : sum + x;
      first = false;
    }
    if (uA) {
      const a = auth[i]!;
      const x = cA * clamp(a !== a ? SCORE_PRIORS.authenticity : a);
      sum = first ? x : sum + x;
      first = false;
    }
    if (uC) {
      const c = cost[i]!;
      const x = cC * clamp(c !== c ? costPrior[i]! : c);
      sum = first ? x : sum + x;
    }
    return round1(sum);
  };
  const confidence = (i: number) => {
    if (none) return 0;
    let measured = 0;
    let first = true;
    if (uE) {
      measured = eng[i]! !== eng[i]! ? 0 : w.engagement;
      first = false;
    }
    if (uF) {
      measured = first ? w.fit : measured + w.fit;
      first = false;
    }
    if (uA) {
      const x = auth[i]! !== auth[i]! ? 0 : w.authenticity;
      measured = first ? x : measured + x;
      first = false;
    }
    if (uC) {
      const x = cost[i]! !== cost[i]! ? 0 : w.cost;
      measured = first ? x : measured + x;
    }
    return Math.floor((100 * measured) / wSum + 0.5);
  };
  return { score, confidence };
}

/**
 * For a sort whose first key is a whole number from 0 to `levels` - 1, `level(i)`: fit (0-100), or a
 * computed score in tenths (0-1000). Keeps, of slot[0..m), the matches whose level can reach the
 * first `end` places, in place; their number (at least `end`, or m). A count per level gives the
 * level T of the `end`-th place, and every match beyond T ranks before every match at T: only the
 * matches at T or beyond need their other keys. `scratch` holds one level per match.
 */
export function bestLevels(level: (i: number) => number, levels: number, slot: Int32Array, m: number, end: number, desc: boolean, scratch: Uint16Array): number {
  if (m <= end) return m;
  const count = new Int32Array(levels);
  for (let p = 0; p < m; p++) {
    const v = level(slot[p]!);
    scratch[p] = v;
    count[v]!++;
  }
  let t = desc ? levels - 1 : 0;
  for (let acc = count[t]!; acc < end; acc += count[t]!) t += desc ? -1 : 1;
  let n = 0;
  for (let p = 0; p < m; p++) {
    const v = scratch[p]!;
    if (desc ? v >= t : v <= t) slot[n++] = slot[p]!;
  }
  return n;
}

/** Fit (a whole number from 0 to 100) is its own level for bestLevels. */
export const FIT_LEVELS = 101;

/** A computed score (round1: a multiple of 0.1 from 0 to 100) as a level for bestLevels: its tenths. */
export const SCORE_LEVELS = 1001;
export const scoreLevel = (score: number) => Math.min(1000, Math.max(0, Math.round(score * 10)));
