// One creator's profile: metrics, history, score breakdown for a brief, the caller's shortlists
// holding it, lookalikes. Organisation-scoped where it touches org data (briefs, shortlists).
// One statement reads it all (./creator-sql.ts), after the search catalog's catch-up: the
// lookalikes are chosen on the catalog first, so that their rows come in the same statement.
import "server-only";
import { queryRows } from "@/lib/db/client";
import { scoreNicheFit } from "@/lib/domain/fit";
import { creatorScore } from "@/lib/domain/score";
import { engagementBand } from "@/lib/domain/engagement";
import type { NicheId } from "@/lib/domain/niches";
import type { EngagementBand } from "@/lib/domain/types";
import { lookalikes, lookalikeSeedAt, sameLookalikeSeed } from "@/lib/search/scan/peers";
import type { SearchQuery } from "@/lib/validation/search";
import { profileRow, profileSql, type SentProfileRow } from "./creator-sql";
import { getEngagementPercentile } from "./engagement-percentile";
import { resolveBrief, toFlags, weightsFromQuery } from "./search";
import { findSimilarCreators } from "./similar";
import { freshCatalog } from "./search/catalog-sync";

/** How many lookalikes a profile shows. */
const SIMILAR = 6;

export async function getCreatorProfile(id: string, q: SearchQuery, organizationId: string) {
  const weights = weightsFromQuery(q);
  const caughtUp = freshCatalog();
  const [resolved, { catalog }] = await Promise.all([resolveBrief(q, organizationId), caughtUp]);
  // The lookalikes from the catalog's copy of the creator (caught up: every write committed before
  // this request is in it), so that their rows are read with the profile's.
  const slot = catalog.slotOf.get(id);
  const seed = slot === undefined ? null : lookalikeSeedAt(catalog, slot);
  const similarIds = seed ? lookalikes(catalog, seed, SIMILAR) : [];
  const row = (await queryRows<SentProfileRow>(profileSql(id, organizationId, similarIds)))[0];
  if (!row) return null;
  const { snapshots, shortlists, similar: similarRows, ...c } = profileRow(row);
  // A row the catalog does not hold as read (a replica behind the primary, say): its lookalikes from
  // the row itself, as the statement read it.
  const similar = seed && sameLookalikeSeed(seed, c) ? similarRows : await findSimilarCreators(c, SIMILAR, caughtUp);
  const fit = resolved ? scoreNicheFit({ ...c, niches: c.niches as NicheId[] }, resolved.brief) : null;
  // score, confidence, what is missing and the breakdown, as the search ranks it.
  const score = creatorScore(c, fit?.score ?? null, weights);
  const band: EngagementBand | null = c.engagementRate === null ? null : engagementBand(c.engagementRate, c.platform, c.tier);
  // Where the rate stands among the same platform and tier's rankable rates, on the catalog (no statement).
  const engagementPercentile = c.engagementRankable ? await getEngagementPercentile(c.platform, c.tier, c.engagementRate, caughtUp) : null;
  return {
    creator: { ...c, authenticityFlags: toFlags(c.authenticityFlags), engagementBand: band, engagementPercentile },
    brief: resolved && { id: resolved.id, name: resolved.name },
    fit,
    score,
    weights,
    snapshots,
    shortlists,
    similar,
  };
}

export type CreatorProfile = NonNullable<Awaited<ReturnType<typeof getCreatorProfile>>>;
