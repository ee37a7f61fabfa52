// Candidate sets and thresholds of brief fit, through the "fitTerms" GIN index.
import { Prisma } from "@/lib/db/generated/client";
import { briefKeywords, briefTargets, FIT_POINTS, RELATED_NICHE_CREDIT, type BrandBrief } from "@/lib/domain/fit";
import { relatedNiches } from "@/lib/domain/niches";
import { fitPartsSql, fitTerm, fitTermsCondSql, keywordAlternatives, MAX_FIT_TERM_ALTERNATIVES } from "./fit-sql";

const { sql } = Prisma;

/**
 * Candidate sets for a fit-sorted brief search, most selective first. A creator outside a set
 * misses at least `loss` fit points, so its fit is at most round(100 - loss): when the page's last
 * row (fit sorted, from inside the set) has a higher fit, nothing outside can rank on or before
 * this page and the page is exact. Otherwise the next, larger set is tried; the last is everyone.
 */
export function fitCandidateSets(brief: BrandBrief): { conds: Prisma.Sql[]; bound: number }[] {
  const P = FIT_POINTS;
  const { niches, countries } = briefTargets(brief);
  const sets: { dims: string[][][]; loss: number }[] = [];
  // As stored (ISO-2 upper case, see fitPartsSql), as fitTerms keys: one GIN scan per branch.
  const countryDim = countries.map((c) => [fitTerm.country(c)]);
  const countryLoss = countries.length ? P.country : Infinity;
  const r1 = (x: number) => Math.round(x * 10) / 10;
  if (niches.length) {
    const total = niches.reduce((s, n) => s + n.weight, 0);
    const ids = niches.map((n) => n.id as string);
    const related = [...new Set(niches.flatMap((n) => relatedNiches(n.id) as string[]))];
    const relCredit = (n: (typeof niches)[number]) => (relatedNiches(n.id).length ? RELATED_NICHE_CREDIT : 0);
    // Misses one brief niche exactly (at best matched through a related one): the best such case.
    const missOne = Math.max(...niches.map((m) => r1((P.niche * (total - m.weight * (1 - relCredit(m)))) / total)));
    // Matches no brief niche exactly: at best every one through a related niche.
    const missAll = r1((P.niche * niches.reduce((s, n) => s + n.weight * relCredit(n), 0)) / total);
    const all = [ids.map(fitTerm.niche)];
    const any = ids.map((id) => [fitTerm.niche(id)]);
    const anyRelated = [...new Set([...ids, ...related])].map((id) => [fitTerm.niche(id)]);
    if (countries.length) {
      if (ids.length > 1) sets.push({ dims: [all, countryDim], loss: Math.min(P.niche - missOne, countryLoss) });
      sets.push({ dims: [any, countryDim], loss: Math.min(P.niche - missAll, countryLoss) });
    } else if (ids.length > 1) sets.push({ dims: [all], loss: P.niche - missOne });
    sets.push({ dims: [any], loss: P.niche - missAll });
    sets.push({ dims: [anyRelated], loss: P.niche });
  } else if (countries.length) sets.push({ dims: [countryDim], loss: countryLoss });
  // No dimension is dropped here (at most 6 niches x a few countries): the set is exactly its condition.
  return sets
    .filter((s) => s.loss > 0)
    .map((s) => ({ conds: [fitTermsCondSql(s.dims, Infinity) ?? sql`TRUE`], bound: Math.floor(100 - s.loss + 0.5) }));
}

/**
 * Conditions every creator with fit >= minFit meets (necessary, not sufficient): each factor needs
 * at least minFit - 0.5 minus what the other factors can give at most. The index part is one
 * "fitTerms" condition (fitTermsCondSql): the niche states with enough points, the keyword subsets
 * with enough hits, and the country, language and platform when their points are needed. Beside it
 * each needed factor's own expression (fitPartsSql), so the set is exact whatever the index part
 * had to leave out. Used once a candidate set shows that the page's fits are >= minFit.
 */
export function fitThresholdConds(brief: BrandBrief, minFit: number): Prisma.Sql[] {
  const P = FIT_POINTS;
  const need = minFit - 0.5 - 1e-6; // round(sum) >= minFit <=> sum >= minFit - 0.5; slack for float sums
  const room = (f: keyof typeof P) => need - (100 - P[f]);
  const dims: string[][][] = [];
  // Keywords first: a bio word is usually the rarest key.
  const keywords = briefKeywords(brief);
  if (room("keywords") > 0 && keywords.length) {
    let minHits = 0;
    while (minHits <= keywords.length && Math.round(((P.keywords * minHits) / keywords.length) * 10) / 10 < room("keywords")) minHits++;
    const alts = keywordAlternatives(brief, minHits, MAX_FIT_TERM_ALTERNATIVES);
    if (alts) dims.push(alts);
  }
  const { niches, countries, languages } = briefTargets(brief);
  if (niches.length && niches.length <= 6 && room("niche") > 0) {
    const total = niches.reduce((s, n) => s + n.weight, 0);
    const r1 = (x: number) => Math.round(x * 10) / 10;
    type State = "exact" | "related" | "none";
    let states: State[][] = [[]];
    for (const n of niches) {
      const options: State[] = relatedNiches(n.id).length ? ["exact", "related", "none"] : ["exact", "none"];
      states = states.flatMap((st) => options.map((o) => [...st, o]));
    }
    const credit = (st: State[]) => st.reduce((s, x, i) => s + (x === "exact" ? 1 : x === "related" ? RELATED_NICHE_CREDIT : 0) * niches[i]!.weight, 0);
    const feasible = states.filter((st) => r1((P.niche * credit(st)) / total) >= room("niche"));
    // Each state as fitTerms alternatives: an exact niche is its key, a related one any of its relatives.
    const alts = feasible.flatMap((st) =>
      st.reduce<string[][]>((acc, x, i) => {
        const id = niches[i]!.id;
        if (x === "exact") return acc.map((a) => [...a, fitTerm.niche(id)]);
        if (x === "related") return acc.flatMap((a) => relatedNiches(id).map((r) => [...a, fitTerm.niche(r)]));
        return acc;
      }, [[]]),
    );
    dims.push(alts);
  }
  // Country, language and platform give all their points or none: needing any, the creator must match.
  if (room("country") > 0 && countries.length) dims.push(countries.map((c) => [fitTerm.country(c)]));
  if (room("language") > 0 && languages.length) dims.push(languages.map((l) => [fitTerm.language(l)]));
  if (room("platform") > 0 && brief.platforms.length) dims.push(brief.platforms.map((p) => [fitTerm.platform(p)]));

  const conds: Prisma.Sql[] = [];
  const index = fitTermsCondSql(dims);
  if (index) conds.push(index);
  const parts = fitPartsSql(brief);
  for (const f of ["niche", "keywords", "country", "language", "platform"] as const) {
    if (room(f) > 0) conds.push(sql`${parts[f]} >= ${room(f)}::float8`);
  }
  return conds;
}
