// The demo's finished campaign: Acme's "Skincare launch picks" booked as a campaign (less the
// rejected), predictions frozen as the app freezes them (lib/domain/campaigns launchCreator), and
// synthetic results for every creator but one, so a newcomer sees a report with data still
// missing. Deterministic: fixed dates and its own seeded random numbers. Marked synthetic.
import type pg from "pg";
import { launchCreator } from "../../lib/domain/campaigns";
import { createRng } from "./random";
import type { SeedCreator } from "./generate";

export const DEMO_CAMPAIGN = { id: "cmp_acme_spring", organizationId: "org_acme", shortlistId: "sl_acme_beauty", name: "Spring skincare launch (demo)", createdById: "user_acme_agency" } as const;
const SOURCE = "demo seed (synthetic)";
const DAY = 86_400_000;
const START = Date.UTC(2026, 9, 1);

export async function seedDemoCampaign(client: pg.PoolClient, booked: { c: SeedCreator; agreed: number | null }[], seed: number) {
  if (!booked.length) return;
  const rng = createRng(seed ^ 0x19c0ffee);
  await client.query(
    `INSERT INTO "Campaign" (id, "organizationId", name, "startsOn", "endsOn", budget, currency, goal, "shortlistId", source, "shareWithClient", synthetic, "createdById", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, 20000, 'USD', 'engagement', $6, 'shortlist', false, true, $7, now())`,
    [DEMO_CAMPAIGN.id, DEMO_CAMPAIGN.organizationId, DEMO_CAMPAIGN.name, new Date(START), new Date(START + 30 * DAY), DEMO_CAMPAIGN.shortlistId, DEMO_CAMPAIGN.createdById],
  );
  for (const [i, { c, agreed }] of booked.entries()) {
    const l = launchCreator({ ...c, fit: null, agreedPrice: agreed, authenticityScore: c.authenticityScore });
    const ccId = `${DEMO_CAMPAIGN.id}c${i}`;
    await client.query(
      `INSERT INTO "CampaignCreator" (id, "campaignId", "creatorId", platform, handle, fee, "feeEstimated", deliverables, "followersAtLaunch", "tierAtLaunch", "predictedReach", "predictedEngagements", "predictedCpe", "feeAtLaunch", "postsPlannedAtLaunch")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [ccId, DEMO_CAMPAIGN.id, c.id, l.platform, l.handle, l.fee, l.feeEstimated, JSON.stringify(l.deliverables), l.followersAtLaunch, l.tierAtLaunch, l.predictedReach, l.predictedEngagements, l.predictedCpe, l.feeAtLaunch, l.postsPlannedAtLaunch],
    );
    if (i === booked.length - 1) continue; // one creator has not posted yet
    const predicted = l.predictedEngagements ?? Math.round(c.followers * 0.02);
    const eng = Math.max(1, Math.round(predicted * Math.exp(rng.normal(0, 0.4))));
    const views = Math.round(c.followers * (0.2 + rng.next() * 0.5));
    const likes = Math.round(eng * 0.85);
    const comments = Math.round(eng * 0.05);
    const shares = Math.round(eng * 0.06);
    const saves = eng - likes - comments - shares;
    const clicks = Math.round(views * (0.002 + rng.next() * 0.006));
    const conversions = Math.round(clicks * 0.03);
    const url = c.platform === "tiktok" ? `https://www.tiktok.com/@${c.handle}/video/7${String(1000 + i)}` : c.platform === "youtube" ? `https://www.youtube.com/watch?v=demo${i}` : `https://www.instagram.com/p/demo${i}/`;
    const caption = i === 1 ? "My new morning routine with the Glow serum" : `My new morning routine with the Glow serum ${rng.pick(["#ad", "#sponsored", "#ad #skincare", "Paid partnership with Glow"])}`;
    const at = new Date(START + rng.int(1, 20) * DAY);
    const postId = `${DEMO_CAMPAIGN.id}p${i}`;
    // The last posted creator's export has no sales figures: unknown, not zero.
    const sales = i === booked.length - 2 ? [null, null] : [conversions, conversions * 38];
    const figures = [views, likes, comments, shares, saves, clicks, ...sales];
    await client.query(
      `INSERT INTO "CampaignPost" (id, "campaignId", "campaignCreatorId", url, "postedAt", format, caption, views, likes, comments, shares, saves, "linkClicks", conversions, revenue, source, "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, now())`,
      [postId, DEMO_CAMPAIGN.id, ccId, url, at, c.platform === "youtube" ? "video" : "reel", caption, ...figures, SOURCE],
    );
    await client.query(
      `INSERT INTO "CampaignPostSnapshot" (id, "postId", source, views, likes, comments, shares, saves, "linkClicks", conversions, revenue) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [`${postId}s0`, postId, SOURCE, ...figures],
    );
  }
}
