// How well a creator fits a brand brief: 0-100 points with a reason per factor.
import type { Platform } from "./types";
import { nicheLabel, relatedNiches, type NicheId } from "./niches";

export type BrandBrief = {
  niches: { id: NicheId; weight: number }[];
  keywords: string[];
  countries: string[]; // ISO-3166 alpha-2, upper case
  languages: string[]; // ISO-639-1, lower case
  platforms: Platform[];
};

export type FitCreator = {
  niches: NicheId[];
  bio: string | null;
  country: string | null;
  language: string | null;
  platform: Platform;
};

export type FitFactor = "niche" | "keywords" | "country" | "language" | "platform";
export type FitReason = { factor: FitFactor; points: number; max: number; detail: string };

/** Maximum points per factor (sum 100). */
export const FIT_POINTS: Readonly<Record<FitFactor, number>> = Object.freeze({
  niche: 60,
  keywords: 15,
  country: 15,
  language: 5,
  platform: 5,
});

/** FIT_POINTS for people: "niche 60, keywords 15, country 15, language 5, platform 5". */
export const FIT_POINTS_TEXT = Object.entries(FIT_POINTS).map(([factor, points]) => `${factor} ${points}`).join(", ");

/** Credit for a brief niche matched only through a related niche. */
export const RELATED_NICHE_CREDIT = 0.5;

/** Lower-case, accent-free, punctuation to spaces, padded with a space; used for keyword matching. */
export function plain(s: string): string {
  return ` ${s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9#@]+/g, " ").trim()} `;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** The brief's distinct keywords, normalised as they are matched (plain(), trimmed). */
export function briefKeywords(brief: Pick<BrandBrief, "keywords">): string[] {
  return [...new Set(brief.keywords.map((k) => plain(k).trim()).filter(Boolean))];
}

/**
 * The brief's targets as fit reads them: niches with a positive weight, countries upper case and
 * languages lower case, blanks dropped. The SQL mirrors (lib/queries/search/fit-sql.ts) read them from here too.
 */
export function briefTargets(brief: BrandBrief): { niches: BrandBrief["niches"]; countries: string[]; languages: string[] } {
  return {
    niches: brief.niches.filter((n) => Number.isFinite(n.weight) && n.weight > 0),
    countries: brief.countries.map((c) => c.trim().toUpperCase()).filter(Boolean),
    languages: brief.languages.map((l) => l.trim().toLowerCase()).filter(Boolean),
  };
}

export function scoreNicheFit(creator: FitCreator, brief: BrandBrief): { score: number; reasons: FitReason[] } {
  const reasons: FitReason[] = [];
  const P = FIT_POINTS;
  const { niches: briefNiches, countries, languages } = briefTargets(brief);

  // Niche: weighted share of the brief's niches matched exactly (1) or via a related niche (0.5).
  if (briefNiches.length === 0) {
    reasons.push({ factor: "niche", points: P.niche, max: P.niche, detail: `no target set (${P.niche}/${P.niche})` });
  } else {
    const total = briefNiches.reduce((s, n) => s + n.weight, 0);
    let credit = 0;
    const exact: string[] = [];
    const related: string[] = [];
    for (const n of briefNiches) {
      if (creator.niches.includes(n.id)) {
        credit += n.weight;
        exact.push(n.id);
      } else if (creator.niches.some((c) => relatedNiches(n.id).includes(c))) {
        credit += n.weight * RELATED_NICHE_CREDIT;
        related.push(n.id);
      }
    }
    const pts = round1((P.niche * credit) / total);
    const parts: string[] = [];
    if (exact.length) parts.push(`niche ${exact.join(", ")} ${exact.length > 1 ? "match" : "matches"}`);
    if (related.length) parts.push(`related to ${related.join(", ")} (half credit)`);
    if (!parts.length) {
      const have = creator.niches.length ? creator.niches.map(nicheLabel).join(", ") : "none";
      parts.push(`niches (${have}) do not match ${briefNiches.map((n) => n.id).join(", ")}`);
    }
    reasons.push({ factor: "niche", points: pts, max: P.niche, detail: `${parts.join("; ")} (${fmt(pts)}/${P.niche})` });
  }

  // Keywords: share of brief keywords found in the bio (whole words / phrases).
  const keywords = briefKeywords(brief);
  if (keywords.length === 0) {
    reasons.push({ factor: "keywords", points: P.keywords, max: P.keywords, detail: `no target set (${P.keywords}/${P.keywords})` });
  } else {
    const bio = plain(creator.bio ?? "");
    const hits = keywords.filter((k) => bio.includes(` ${k} `));
    const pts = round1((P.keywords * hits.length) / keywords.length);
    const detail = hits.length
      ? `bio mentions ${hits.map((h) => `"${h}"`).join(", ")} (${fmt(pts)}/${P.keywords})`
      : creator.bio
        ? `bio mentions none of the keywords (0/${P.keywords})`
        : `no bio (0/${P.keywords})`;
    reasons.push({ factor: "keywords", points: pts, max: P.keywords, detail });
  }

  // Country, language, platform: all-or-nothing.
  const country = creator.country?.trim().toUpperCase() || null;
  reasons.push(
    setFactor("country", countries, country, P.country, (v) => `audience country ${v}`),
  );
  const language = creator.language?.trim().toLowerCase() || null;
  reasons.push(setFactor("language", languages, language, P.language, (v) => `language ${v}`));
  reasons.push(setFactor("platform", brief.platforms, creator.platform, P.platform, (v) => `platform ${v}`));

  const score = Math.max(0, Math.min(100, Math.round(reasons.reduce((s, r) => s + r.points, 0))));
  return { score, reasons };
}

function setFactor(factor: FitFactor, targets: readonly string[], value: string | null, max: number, name: (v: string) => string): FitReason {
  if (targets.length === 0) return { factor, points: max, max, detail: `no target set (${max}/${max})` };
  if (value === null) return { factor, points: 0, max, detail: `${factor} unknown (0/${max})` };
  return targets.includes(value)
    ? { factor, points: max, max, detail: `${name(value)} in targets (${max}/${max})` }
    : { factor, points: 0, max, detail: `${name(value)} not in targets (0/${max})` };
}

function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(1);
}

/** An empty brief (every section "no target set"); scores every creator 100. */
export function emptyBrief(): BrandBrief {
  return { niches: [], keywords: [], countries: [], languages: [], platforms: [] };
}
