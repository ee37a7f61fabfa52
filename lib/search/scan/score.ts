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
export function fitOf(cat: Catalog, brief: BrandBrief, keywordHits: Uint8Array | null): Fit {
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
  // Without hits, every creator reads the points of none (index 0), as with no keywords.
  const c: FitParts = { nichePts, setCol, keywordPts, hits: keywordHits ?? ZERO_HITS, nKeywords: keywordHits ? nKeywords : 0, countryPts, cCol, languagePts, lCol, platformPts, pCol };
  return Object.assign((i: number) => fitAt(c, i), { parts: c });
}

/** A brief's fit, compiled: each part's points by the small value it depends on, and the columns that hold those values. */
type FitParts = {
  nichePts: Float64Array; setCol: ArrayLike<number>; keywordPts: Float64Array; hits: Uint8Array; nKeywords: number;
  countryPts: Float64Array; cCol: ArrayLike<number>; languagePts: Float64Array; lCol: ArrayLike<number>; platformPts: Float64Array; pCol: ArrayLike<number>;
};
/** No keyword hits: never read (nKeywords is 0 then). */
const ZERO_HITS = new Uint8Array(0);

/** Fit of slot i. A function of its own (not a closure per search), so that the loops below call one function and V8 inlines it. */
function fitAt(c: FitParts, i: number): number {
  const sum = c.nichePts[c.setCol[i]!]! + c.keywordPts[c.nKeywords === 0 ? 0 : Math.min(c.hits[i]!, c.nKeywords)]! + c.countryPts[c.cCol[i]!]! + c.languagePts[c.lCol[i]!]! + c.platformPts[c.pCol[i]!]!;
  return Math.max(0, Math.min(100, Math.floor(sum + 0.5)));
}

/** A compiled fit: slot i's fit, and its parts for the loops that compute many at once. */
export type Fit = ((i: number) => number) & { parts: FitParts };

/**
 * The overall score and its confidence of slot i, as overallScoreSql and scoreConfidenceSql compute
 * them: a missing component at its prior (cost: the creator's own prior), summed in SCORE_KEYS order.
 */
export function scoreOf(cat: Catalog, weights: ScoreWeights, fit: ((i: number) => number) | null): { score: (i: number, fit: number) => number; confidence: (i: number) => number; parts: ScoreParts } {
  const { w, used, wSum } = usedWeights(weights, fit !== null);
  const { engagementScore: eng, authenticityScore: auth, costScore: cost, costPrior } = cat.num;
  const coef = (k: (typeof used)[number]) => (used.includes(k) ? w[k] / wSum : 0);
  const [cE, cF, cA, cC] = [coef("engagement"), coef("fit"), coef("authenticity"), coef("cost")];
  const [uE, uF, uA, uC] = [used.includes("engagement"), used.includes("fit"), used.includes("authenticity"), used.includes("cost")];
  const c: ScoreParts = { none: used.length === 0, uE, uF, uA, uC, cE, cF, cA, cC, eng, auth, cost, costPrior };
  const score = (i: number, f: number) => scoreAt(c, i, f);
  const none = c.none;
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
  return { score, confidence, parts: c };
}

/** A compiled score: which components count, their coefficients, and the columns they read. */
type ScoreParts = {
  none: boolean; uE: boolean; uF: boolean; uA: boolean; uC: boolean; cE: number; cF: number; cA: number; cC: number;
  eng: Float64Array; auth: Float64Array; cost: Float64Array; costPrior: Float64Array;
};

/**
 * The score of slot i with fit f: left to right over the used components, as the SQL's "a + b + c"
 * adds them, the first term alone, then each next one added. A function of its own, so that the
 * loops below call one function and V8 inlines it.
 */
function scoreAt(c: ScoreParts, i: number, f: number): number {
  if (c.none) return 0;
  let sum = 0;
  let first = true;
  if (c.uE) {
    const e = c.eng[i]!;
    sum = c.cE * clamp(e !== e ? SCORE_PRIORS.engagement : e);
    first = false;
  }
  if (c.uF) {
    const x = c.cF * clamp(f);
    sum = first ? x : sum + x;
    first = false;
  }
  if (c.uA) {
    const a = c.auth[i]!;
    const x = c.cA * clamp(a !== a ? SCORE_PRIORS.authenticity : a);
    sum = first ? x : sum + x;
    first = false;
  }
  if (c.uC) {
    const k = c.cost[i]!;
    const x = c.cC * clamp(k !== k ? c.costPrior[i]! : k);
    sum = first ? x : sum + x;
  }
  return round1(sum);
}

/**
 * Writes the level (./bestLevels) of slot[0..m) at out[0..m): fit, or the score's tenths (with the
 * brief's fit when there is one). One loop per kind, each calling only fitAt and scoreAt, so that a
 * match costs a few array reads and no call, whatever other searches the process has run.
 */
export function fillLevels(kind: "fit" | "score", score: ScoreParts, fit: FitParts | null, slot: Int32Array, m: number, out: Uint16Array): void {
  if (kind === "fit") {
    for (let p = 0; p < m; p++) out[p] = fitAt(fit!, slot[p]!);
  } else if (fit) {
    for (let p = 0; p < m; p++) {
      const i = slot[p]!;
      out[p] = scoreLevel(scoreAt(score, i, fitAt(fit, i)));
    }
  } else {
    for (let p = 0; p < m; p++) out[p] = scoreLevel(scoreAt(score, slot[p]!, NaN));
  }
}

/**
 * For a sort whose first key is a whole number from 0 to `levels` - 1 (fit 0-100, or a computed
 * score in tenths 0-1000), written by `fill` for slot[0..m) into `scratch` (fillLevels). Keeps, of
 * slot[0..m), the matches whose level can reach the first `end` places, in place; their number (at
 * least `end`, or m). A count per level gives the level T of the `end`-th place, and every match
 * beyond T ranks before every match at T: only the matches at T or beyond need their other keys.
 */
export function bestLevels(fill: (slot: Int32Array, m: number, out: Uint16Array) => void, levels: number, slot: Int32Array, m: number, end: number, desc: boolean, scratch: Uint16Array): number {
  if (m <= end) return m;
  fill(slot, m, scratch);
  const count = new Int32Array(levels);
  for (let p = 0; p < m; p++) count[scratch[p]!]!++;
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
