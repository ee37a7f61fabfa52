// SQL mirrors of the scoring core (lib/domain), so search can filter and sort by brief fit, the
// overall score and the engagement band in the database. Each builder names the domain function
// it mirrors; tests/integration/search-sql.test.ts runs both on the same rows and compares.
// Every value from a user goes in as a bound parameter (Prisma.sql), never as text.
import { Prisma } from "@/lib/db/generated/client";
import { ENGAGEMENT_BENCHMARKS, VERY_HIGH_MULTIPLE } from "@/lib/domain/engagement";
import { briefKeywords, briefTargets, FIT_POINTS, RELATED_NICHE_CREDIT, type BrandBrief } from "@/lib/domain/fit";
import { relatedNiches } from "@/lib/domain/niches";
import { PLATFORMS, TIERS } from "@/lib/domain/types";
import { ACCENTED, PLAIN_ASCII } from "@/lib/search/scan/keywords";

const { sql, raw, join, empty } = Prisma;

/** Column references of the creator row (table alias c). */
export const COL = {
  niches: raw(`c."niches"`),
  bio: raw(`c."bio"`),
  fitTerms: raw(`c."fitTerms"`),
  country: raw(`c."country"`),
  language: raw(`c."language"`),
  platform: raw(`c."platform"`),
  tier: raw(`c."tier"`),
  engagementRate: raw(`c."engagementRate"`),
  engagementScore: raw(`c."engagementScore"`),
  authenticityScore: raw(`c."authenticityScore"`),
  costScore: raw(`c."costScore"`),
} as const;

/** Math.round for non-negative float8 (PostgreSQL's round(float8) rounds half to even). */
export const jsRound = (expr: Prisma.Sql) => sql`floor((${expr}) + 0.5)`;
export const round1 = (expr: Prisma.Sql) => sql`(floor((${expr}) * 10 + 0.5) / 10)`;

// The accent folding tables (ACCENTED, PLAIN_ASCII) are shared with the catalog's keyword search.

/** Escape LIKE metacharacters in a bound pattern piece. */
export function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}

/** Keys of "fitTerms" (migration *_fit_terms): bio words as they are, the rest prefixed (a bio word has no colon). */
export const fitTerm = {
  niche: (id: string) => `n:${id}`,
  country: (code: string) => `c:${code}`,
  language: (code: string) => `l:${code}`,
  platform: (p: string) => `p:${p}`,
};

/**
 * The ways to hold at least `minHits` of the brief's keywords, each as the bio words it needs (a
 * phrase needs all its words; fitPartsSql then checks they are adjacent). [[]] when no hit is
 * needed, [] when it cannot be done, null when there are more than `max` ways.
 */
export function keywordAlternatives(brief: BrandBrief, minHits: number, max: number): string[][] | null {
  const keywords = briefKeywords(brief);
  if (minHits <= 0) return [[]];
  if (minHits > keywords.length) return [];
  const out: string[][] = [];
  const walk = (start: number, chosen: string[]): boolean => {
    if (chosen.length === minHits) {
      out.push([...new Set(chosen.flatMap((k) => k.split(" ")))]);
      return out.length <= max;
    }
    for (let i = start; i < keywords.length; i++) if (!walk(i + 1, [...chosen, keywords[i]!])) return false;
    return true;
  };
  return walk(0, []) ? out : null;
}

/** At most this many containment tests in one fitTerms condition (one GIN scan each, OR-ed). */
export const MAX_FIT_TERM_ALTERNATIVES = 64;

/**
 * A condition on "fitTerms" its GIN index serves: each dimension is a list of alternatives (a set of
 * keys, all required); a row must meet one alternative of every dimension. Written as an OR over
 * the product, so each branch is one GIN scan that walks its rarest key. A dimension with an empty
 * alternative restricts nothing and is left out; so is one that would take the product past `max`
 * (the condition stays necessary; callers keep an exact filter beside it). A dimension with no
 * alternative cannot be met: FALSE. Null when nothing is left to test.
 */
export function fitTermsCondSql(dims: string[][][], max = MAX_FIT_TERM_ALTERNATIVES): Prisma.Sql | null {
  if (dims.some((d) => d.length === 0)) return sql`FALSE`;
  let product: string[][] = [[]];
  for (const dim of dims) {
    if (dim.some((alt) => alt.length === 0) || product.length * dim.length > max) continue;
    product = product.flatMap((p) => dim.map((alt) => [...p, ...alt]));
  }
  if (product.some((p) => p.length === 0)) return null;
  return sql`(${join(product.map((p) => sql`${COL.fitTerms} @> ${[...new Set(p)]}::text[]`), " OR ")})`;
}

export { isEmptyBrief } from "@/lib/search/brief";

/** Each factor's points as float8 SQL; mirrors scoreNicheFit's reasons one for one. */
export function fitPartsSql(brief: BrandBrief): Record<"niche" | "keywords" | "country" | "language" | "platform", Prisma.Sql> {
  const P = FIT_POINTS;
  const { niches: briefNiches, countries, languages } = briefTargets(brief);
  // Niche: weighted share matched exactly (1) or via a related niche (RELATED_NICHE_CREDIT).
  let niche: Prisma.Sql;
  if (briefNiches.length === 0) niche = sql`${P.niche}::float8`;
  else {
    const total = briefNiches.reduce((s, n) => s + n.weight, 0);
    const terms = briefNiches.map((n) => {
      const rel = relatedNiches(n.id);
      const related = rel.length
        ? sql` WHEN ${COL.niches} && ${rel}::text[] THEN ${n.weight * RELATED_NICHE_CREDIT}::float8`
        : empty;
      return sql`(CASE WHEN ${COL.niches} @> ARRAY[${n.id}]::text[] THEN ${n.weight}::float8${related} ELSE 0::float8 END)`;
    });
    niche = round1(sql`${P.niche}::float8 * (${join(terms, " + ")}) / ${total}::float8`);
  }

  // Keywords: share of distinct normalised keywords found as whole words/phrases in the bio.
  const keywords = briefKeywords(brief);
  let keywordsPts: Prisma.Sql;
  if (keywords.length === 0) keywordsPts = sql`${P.keywords}::float8`;
  else {
    // "fitTerms" holds the words of plain(bio) (kept by a trigger, migration *_fit_terms), so a
    // one-word keyword is a whole word of the bio exactly when fitTerms contains it. A phrase needs
    // its words next to each other: all its words in fitTerms, then this regular expression on the
    // folded bio (a normalised keyword holds only [a-z0-9#@] and single spaces; spaces match any
    // run of other characters).
    const folded = sql`translate(lower(coalesce(${COL.bio}, '')), ${ACCENTED}, ${PLAIN_ASCII})`;
    const hits = keywords.map((k) => {
      const words = k.split(" ");
      const has = sql`${COL.fitTerms} @> ${words}::text[]`;
      if (words.length === 1) return sql`(CASE WHEN ${has} THEN 1 ELSE 0 END)`;
      const pattern = `(^|[^a-z0-9#@])${words.join("[^a-z0-9#@]+")}($|[^a-z0-9#@])`;
      return sql`(CASE WHEN ${has} AND ${folded} ~ ${pattern} THEN 1 ELSE 0 END)`;
    });
    keywordsPts = round1(sql`${P.keywords}::float8 * (${join(hits, " + ")}) / ${keywords.length}::float8`);
  }

  const setFactor = (targets: readonly string[], col: Prisma.Sql, max: number) =>
    targets.length === 0 ? sql`${max}::float8` : sql`(CASE WHEN ${col} = ANY(${[...targets]}::text[]) THEN ${max}::float8 ELSE 0::float8 END)`;
  return {
    niche,
    keywords: keywordsPts,
    // The stored country is already what the TS side normalises it to (ISO 3166-1 alpha-2, upper
    // case: every writer stores countryCode() of lib/import/text.ts or a seed code), so it is
    // compared as stored, exactly as the c:<country> keys of "fitTerms" (migration *_fit_terms)
    // are built from it. The language keeps lower/btrim here; its l: keys in "fitTerms" rely on
    // writers storing ISO 639-1 lower case.
    country: setFactor(countries, COL.country, P.country),
    language: setFactor(languages, sql`lower(btrim(${COL.language}))`, P.language),
    platform: setFactor(brief.platforms, sql`${COL.platform}::text`, P.platform),
  };
}

/** Mirrors scoreNicheFit(...).score: integer 0-100. */
export function fitScoreSql(brief: BrandBrief): Prisma.Sql {
  const p = fitPartsSql(brief);
  return sql`GREATEST(0, LEAST(100, ${jsRound(sql`${p.niche} + ${p.keywords} + ${p.country} + ${p.language} + ${p.platform}`)}))`;
}

/**
 * `engagementBand(rate, platform, tier) = ANY(bands)` (lib/domain/engagement.ts) as plain
 * comparisons: per platform and tier, the rate ranges of the wanted bands. The planner can estimate
 * it (a CASE form was estimated at 0.5% of rows, so a capped count planned a full parallel scan),
 * and the rows of one (platform, tier) need no CASE walk.
 */
export function engagementBandCondSql(bands: readonly string[]): Prisma.Sql {
  const er = COL.engagementRate;
  const want = new Set(bands);
  const branches: Prisma.Sql[] = [];
  for (const p of PLATFORMS) {
    for (const t of TIERS) {
      const { low, high } = ENGAGEMENT_BENCHMARKS[p][t];
      const ranges: Prisma.Sql[] = [];
      if (want.has("low")) ranges.push(sql`${er} < ${low}::float8`);
      if (want.has("average")) ranges.push(sql`(${er} >= ${low}::float8 AND ${er} <= ${high}::float8)`);
      if (want.has("high")) ranges.push(sql`(${er} > ${high}::float8 AND ${er} <= ${VERY_HIGH_MULTIPLE}::float8 * ${high}::float8)`);
      if (want.has("very_high")) ranges.push(sql`${er} > ${VERY_HIGH_MULTIPLE}::float8 * ${high}::float8`);
      if (ranges.length) branches.push(sql`(${COL.platform} = ${p}::"Platform" AND ${COL.tier} = ${t}::"Tier" AND (${join(ranges, " OR ")}))`);
    }
  }
  return branches.length ? sql`(${join(branches, " OR ")})` : sql`FALSE`;
}
