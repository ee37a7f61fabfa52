// The brief a search is fitted to: a saved one of the caller's organisation, or the inline one
// (lib/search/brief.ts). Org-scoped: a brief of another organisation is never read.
import { prisma } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";
import { inlineBrief, toBrandBrief, type ResolvedBrief } from "@/lib/search/brief";
import type { SearchQuery } from "@/lib/validation/search";

/** A 404 naming the field, through the request wrapper's error mapper. */
export class BriefNotFoundError extends NotFoundError {
  constructor(readonly briefId: string) {
    const message = `No brief ${briefId} in your organisation.`;
    super(message, { brief: [message] });
  }
}

export async function listBriefsForOrg(organizationId: string) {
  return prisma.brandBrief.findMany({
    where: { organizationId },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

/** The saved brief (org-scoped), else the inline one, else null. Throws BriefNotFoundError. */
export async function resolveBrief(query: SearchQuery, organizationId: string): Promise<ResolvedBrief | null> {
  if (!query.brief) return inlineBrief(query);
  const row = await prisma.brandBrief.findFirst({
    where: { id: query.brief, organizationId },
    select: { id: true, name: true, niches: true, keywords: true, countries: true, languages: true, platforms: true },
  });
  if (!row) throw new BriefNotFoundError(query.brief);
  return { id: row.id, name: row.name, brief: toBrandBrief(row) };
}
