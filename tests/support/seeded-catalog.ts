// A catalog built in memory from the seed's own generator (prisma/seed/generate.ts), each creator's
// stored score and cost prior as the database's trigger computes them (lib/domain): what the app's
// catalog holds after `npm run db:seed`, without the database. For bench:scan and the scan's tests.
import { costPriorScore } from "../../lib/domain/cost";
import { creatorScore } from "../../lib/domain/score";
import { Catalog } from "../../lib/search/scan/catalog";
import { generateCreators } from "../../prisma/seed/generate";

export function seededCatalog(size: number, seed = 7): Catalog {
  const cat = new Catalog(size);
  const now = new Date();
  for (const c of generateCreators(size, seed, now, false)) {
    const base = creatorScore(c, null);
    cat.upsert({
      id: c.id, handle: c.handle, displayName: c.displayName, bio: c.bio, platform: c.platform, tier: c.tier, country: c.country, language: c.language, niches: c.niches, followers: c.followers,
      engagementRate: c.engagementRate, engagementRankable: c.engagementRankable, expectedEngagements: c.expectedEngagements,
      engagementScore: c.engagementScore, authenticityScore: c.authenticityScore, costScore: c.costScore,
      costPrior: costPriorScore(c.platform, c.tier, c.followers, { low: c.priceLow, high: c.priceHigh }), priceLow: c.priceLow,
      costPerEngagement: c.costPerEngagement, followerGrowth30d: null, hasEmail: c.contactEmail !== null && c.contactEmail !== "",
      metricsAsOf: c.metricsAsOf.getTime(), baseScore: base.score, baseConfidence: base.confidence,
    });
  }
  return cat;
}
