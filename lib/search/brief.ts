// Brief handling that needs no database: stored brief JSON to the domain's BrandBrief, the inline
// brief of a search, and stored authenticity flags for display. Used by search, plan and compare.
import { briefKeywords, briefTargets, type BrandBrief } from "@/lib/domain/fit";
import type { SearchQuery } from "@/lib/validation/search";
import { isNicheId, type NicheId } from "@/lib/domain/niches";
import { PLATFORMS, type Platform } from "@/lib/domain/types";

export type AuthenticityFlagView = { code: string; message: string; penalty: number };

/** A search's brief: a saved one (its id and name) or the inline one (id null). */
export type ResolvedBrief = { id: string | null; name: string; brief: BrandBrief };

/** Stored brief JSON -> domain BrandBrief, dropping anything it cannot read. */
export function toBrandBrief(row: { niches: unknown; keywords: string[]; countries: string[]; languages: string[]; platforms: string[] }): BrandBrief {
  const niches = Array.isArray(row.niches)
    ? row.niches.flatMap((n: unknown) => {
        const o = n as { id?: unknown; weight?: unknown };
        return isNicheId(o?.id) && typeof o.weight === "number" ? [{ id: o.id as NicheId, weight: o.weight }] : [];
      })
    : [];
  return {
    niches,
    keywords: row.keywords,
    countries: row.countries,
    languages: row.languages,
    platforms: row.platforms.filter((p): p is Platform => (PLATFORMS as readonly string[]).includes(p)),
  };
}

export function toFlags(v: unknown): AuthenticityFlagView[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((f: unknown) => {
    const o = f as Partial<AuthenticityFlagView>;
    return typeof o?.code === "string" && typeof o.message === "string" ? [{ code: o.code, message: o.message, penalty: Number(o.penalty ?? 0) }] : [];
  });
}

/** True when the brief sets no targets at all (fit would be 100 for everyone). */
export function isEmptyBrief(b: BrandBrief): boolean {
  return Object.values(briefTargets(b)).every((targets) => targets.length === 0) && briefKeywords(b).length === 0 && b.platforms.length === 0;
}

/** The search's inline brief (fitNiche at weight 1 each, fitKeywords, fitCountry), or null when it sets nothing. */
export function inlineBrief(q: SearchQuery): ResolvedBrief | null {
  const brief: BrandBrief = {
    niches: (q.fitNiche ?? []).map((id) => ({ id, weight: 1 })),
    keywords: q.fitKeywords ?? [],
    countries: q.fitCountry ?? [],
    languages: [],
    platforms: [],
  };
  return isEmptyBrief(brief) ? null : { id: null, name: "Inline brief", brief };
}
