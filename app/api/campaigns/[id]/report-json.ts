// The report as JSON: unknown figures are null (JSON has no undefined), sums left out.
import type { CampaignDetail } from "@/lib/queries/campaigns";

const clean = (o: object) => JSON.parse(JSON.stringify(o, (_k, v) => (v === undefined ? null : v)));

export function reportJson(d: CampaignDetail) {
  const r = d.report;
  return clean({
    campaign: d.campaign,
    total: r.total.figures,
    tiers: r.tiers.map((t) => ({ tier: t.tier, ...t.figures })),
    creators: r.creators.map((c) => ({
      id: c.creator.key, handle: c.creator.handle, platform: c.creator.platform, tier: c.creator.tier, followers: c.creator.followers, fee: c.creator.fee,
      figures: c.figures,
      posts: c.posts.map(({ creatorKey: _k, ...p }) => p),
    })),
    undisclosed: r.undisclosed.map((p) => p.url),
  });
}
