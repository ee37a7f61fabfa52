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
const clamp = (x: number) => (Number.isNaN(x) ? 100 : Math.max(0, Math.min(100, x)));

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
  const nicheCol = cat.niches;
  const niche = (i: number) => {
    if (targets.length === 0) return P.niche;
    const m = nicheCol[i]!;
    let sum = 0;
    for (let k = 0; k < targets.length; k++) sum += (m & exact[k]!) !== 0 ? targets[k]!.weight : related[k] !== 0 && (m & related[k]!) !== 0 ? credit[k]! : 0;
    return round1((P.niche * sum) / total);
  };
  const nKeywords = briefKeywords(brief).length;
  const keywords = (i: number) => (nKeywords === 0 ? P.keywords : round1((P.keywords * (keywordHits ? keywordHits[i]! : 0)) / nKeywords));
  const countryOk = cat.countries.flags((c) => countries.includes(c));
  const languageOk = cat.languages.flags((l) => languages.includes(l.replace(/^ +| +$/g, "").toLowerCase()));
  const platformMask = brief.platforms.reduce((m, p) => m | (1 << PLATFORMS.indexOf(p)), 0);
  const { country: cCol, language: lCol, platform: pCol } = cat;
  return (i) => {
    const country = countries.length === 0 ? P.country : countryOk[cCol[i]!] ? P.country : 0;
    const language = languages.length === 0 ? P.language : languageOk[lCol[i]!] ? P.language : 0;
    const platform = brief.platforms.length === 0 ? P.platform : (platformMask >> pCol[i]!) & 1 ? P.platform : 0;
    return Math.max(0, Math.min(100, Math.floor(niche(i) + keywords(i) + country + language + platform + 0.5)));
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
  const score = (i: number, f: number) => {
    if (used.length === 0) return 0;
    // Left to right over the used components, as the SQL's "a + b + c" adds them.
    let sum = NaN;
    const add = (x: number) => (sum = Number.isNaN(sum) ? x : sum + x);
    if (uE) add(cE * clamp(Number.isNaN(eng[i]!) ? SCORE_PRIORS.engagement : eng[i]!));
    if (uF) add(cF * clamp(f));
    if (uA) add(cA * clamp(Number.isNaN(auth[i]!) ? SCORE_PRIORS.authenticity : auth[i]!));
    if (uC) add(cC * clamp(Number.isNaN(cost[i]!) ? costPrior[i]! : cost[i]!));
    return round1(sum);
  };
  const confidence = (i: number) => {
    if (used.length === 0) return 0;
    let measured = NaN;
    const add = (x: number) => (measured = Number.isNaN(measured) ? x : measured + x);
    if (uE) add(Number.isNaN(eng[i]!) ? 0 : w.engagement);
    if (uF) add(w.fit);
    if (uA) add(Number.isNaN(auth[i]!) ? 0 : w.authenticity);
    if (uC) add(Number.isNaN(cost[i]!) ? 0 : w.cost);
    return Math.floor((100 * measured) / wSum + 0.5);
  };
  return { score, confidence };
}
