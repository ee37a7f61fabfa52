// A campaign from a plan, on real PostgreSQL: results imported from a file, then a newer export of
// the same posts; every figure checked against values worked out here from the fixture, with the
// rate card's published values typed in independently. Unknown metrics stay unknown (null).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import type { SessionUser } from "@/lib/auth/roles";

process.env.NEXTAUTH_SECRET = "campaigns-test-secret";
vi.mock("next/headers", () => import("../support/next-headers"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { prisma } = await import("@/lib/db/client");
const { signInAs } = await import("../support/next-headers");
const campaigns = await import("@/app/api/campaigns/route");
const one = await import("@/app/api/campaigns/[id]/route");
const posts = await import("@/app/api/campaigns/[id]/posts/route");
const results = await import("@/app/api/campaigns/[id]/results/route");
const exporter = await import("@/app/api/campaigns/[id]/export/route");

const P = "itcampaign";
const ORG_A = `${P}_org_a`;
const ORG_B = `${P}_org_b`;
const userA: SessionUser = { id: `${P}_ua`, email: `${P}a@example.test`, name: "Ann", role: "AGENCY", organizationId: ORG_A, organizationName: "Org A" };
const userB: SessionUser = { id: `${P}_ub`, email: `${P}b@example.test`, name: "Bob", role: "AGENCY", organizationId: ORG_B, organizationName: "Org B" };
const H1 = `${P}_ig`;
const H2 = `${P}_yt`;
const H3 = `${P}_tt`;
// The Ayzenberg index values the rate card is seeded with (docs/campaigns.md), per action.
const RATE = { views: 9.07 / 1000, likes: 0.6, comments: 2.87, shares: 1.88, linkClicks: 1.58 };

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function call(h: Handler, method: string, path: string, params: Record<string, string>, body?: unknown, raw?: string | Uint8Array) {
  const headers: Record<string, string> = { origin: "http://localhost" };
  const init: ConstructorParameters<typeof NextRequest>[1] = { method, headers };
  if (body !== undefined) Object.assign(init, { body: JSON.stringify(body), headers: { ...headers, "content-type": "application/json" } });
  if (raw !== undefined) Object.assign(init, { body: raw, headers: { ...headers, "content-type": "application/octet-stream" } });
  return h(new NextRequest(new URL(path, "http://localhost"), init), { params: Promise.resolve(params) });
}

async function cleanup() {
  await prisma.organization.deleteMany({ where: { id: { in: [ORG_A, ORG_B] } } });
  await prisma.creator.deleteMany({ where: { id: { startsWith: P } } });
}

let listA = "";
let campaignId = "";

beforeAll(async () => {
  await cleanup();
  for (const u of [userA, userB]) {
    await prisma.organization.create({ data: { id: u.organizationId, name: u.organizationName, slug: u.organizationId, users: { create: { id: u.id, email: u.email, name: u.name, passwordHash: "x", role: "AGENCY" } } } });
  }
  const now = new Date();
  await prisma.creator.createMany({
    data: [
      { id: `${P}_1`, platform: "instagram", handle: H1, followers: 20_000, tier: "micro", expectedEngagements: 600, priceLow: 150, priceHigh: 250, metricsAsOf: now },
      { id: `${P}_2`, platform: "youtube", handle: H2, followers: 800_000, tier: "macro", expectedEngagements: 12_000, priceLow: 5000, priceHigh: 7000, metricsAsOf: now },
      { id: `${P}_3`, platform: "tiktok", handle: H3, followers: 30_000, tier: "micro", expectedEngagements: 900, priceLow: 300, priceHigh: 500, metricsAsOf: now },
    ],
  });
  const list = await prisma.shortlist.create({
    data: { organizationId: ORG_A, name: `${P} pool`, items: { create: [{ creatorId: `${P}_1` }, { creatorId: `${P}_2` }, { creatorId: `${P}_3`, agreedPrice: 350 }] } },
  });
  listA = list.id;
});
afterAll(cleanup);

const CSV_V1 = [
  "Post URL,Creator,Date,Views,Likes,Comments,Shares,Saves,Link clicks,Revenue,Caption",
  `https://www.instagram.com/p/AAA/,@${H1},2026-11-02,10000,500,40,,,,,Love this serum #ad`,
  `https://www.tiktok.com/@${H3}/video/1,${H3},2026-11-03,50000,2000,100,300,50,400,1200,New routine with the serum`,
  `https://www.youtube.com/watch?v=ZZZ,${H2},2026-11-05,,9000,600,,,,,`,
].join("\n");
// The newer export: no creator column (the posts are known by URL), views, likes and comments only.
const CSV_V2 = ["url,views,likes,comments", "https://www.instagram.com/p/AAA/,15000,700,55", `https://www.tiktok.com/@${H3}/video/1,80000,3100,150`].join("\n");

describe("a campaign from a plan, with results imported twice", () => {
  it("starts from the plan's mixed option with the predictions frozen", async () => {
    await signInAs({ sub: userA.id });
    const res = await call(campaigns.POST as Handler, "POST", "/api/campaigns", {}, {
      from: "plan", plan: { budget: 10_000, list: listA, goal: "engagements" }, option: "mixed", name: `${P} launch`, startsOn: "2026-11-01", endsOn: "2026-11-30", goal: "engagement",
    });
    expect(res.status).toBe(201);
    campaignId = ((await res.json()) as { id: string }).id;
    const cc = await prisma.campaignCreator.findMany({ where: { campaignId }, orderBy: { handle: "asc" } });
    expect(cc.map((c) => [c.handle, c.fee?.toNumber(), c.feeEstimated, c.predictedEngagements, c.predictedReach])).toEqual([
      [H1, 200, true, 600, 20_000],
      [H3, 350, false, 900, 30_000],
      [H2, 6000, true, 12_000, 800_000],
    ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
    const campaign = await prisma.campaign.findUniqueOrThrow({ where: { id: campaignId } });
    expect(campaign.budget.toNumber()).toBe(10_000);
    expect(campaign.source).toBe("plan");
    expect(campaign.shortlistId).not.toBe(listA); // the option was saved as its own list
  });

  it("previews a file without writing, then imports it", async () => {
    const q = `/api/campaigns/${campaignId}/results?fileName=results.csv`;
    const dry = await call(results.POST as Handler, "POST", `${q}&dryRun=1`, { id: campaignId }, undefined, CSV_V1);
    expect(dry.status).toBe(200);
    const preview = (await dry.json()) as { created: number; updated: number; columns: Record<string, string> };
    expect(preview).toMatchObject({ created: 3, updated: 0 });
    expect(preview.columns).toMatchObject({ url: "Post URL", creator: "Creator", linkClicks: "Link clicks" });
    expect(await prisma.campaignPost.count({ where: { campaignId } })).toBe(0);
    const res = await call(results.POST as Handler, "POST", q, { id: campaignId }, undefined, CSV_V1);
    expect(res.status).toBe(200);
    expect(await prisma.campaignPost.count({ where: { campaignId } })).toBe(3);
  });

  it("refuses a file with wrong rows, naming their lines, and writes nothing", async () => {
    const before = await prisma.campaignPostSnapshot.count({ where: { post: { campaignId } } });
    const bad = ["url,creator,likes", `https://x.com/a/status/1,${H1},-5`, "https://x.com/a/status/2,nobody,3", `not a url,${H1},3`, `https://x.com/a/status/4,${H1},7`].join("\n");
    const res = await call(results.POST as Handler, "POST", `/api/campaigns/${campaignId}/results?fileName=bad.csv`, { id: campaignId }, undefined, bad);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { rows: { line: number; messages: string[] }[] } };
    expect(body.error.rows.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(body.error.rows[1]!.messages.join(" ")).toContain("not one of this campaign's creators");
    expect(await prisma.campaignPostSnapshot.count({ where: { post: { campaignId } } })).toBe(before);
    expect(await prisma.campaignPost.count({ where: { campaignId } })).toBe(3);
  });

  it("updates the same posts from a newer export, keeping each version", async () => {
    const res = await call(results.POST as Handler, "POST", `/api/campaigns/${campaignId}/results?fileName=newer.csv`, { id: campaignId }, undefined, CSV_V2);
    expect(res.status).toBe(200);
    expect((await res.json()) as object).toMatchObject({ created: 0, updated: 2 });
    const history = await prisma.campaignPost.findMany({ where: { campaignId }, select: { url: true, _count: { select: { snapshots: true } } }, orderBy: { url: "asc" } });
    expect(Object.fromEntries(history.map((h) => [h.url.split("/")[2], h._count.snapshots]))).toEqual({ "www.instagram.com": 2, "www.tiktok.com": 2, "www.youtube.com": 1 });
  });

  it("computes every figure as worked out by hand, unknowns staying unknown", async () => {
    const res = await call(one.GET as Handler, "GET", `/api/campaigns/${campaignId}`, { id: campaignId });
    expect(res.status).toBe(200);
    type F = Record<string, number | null>;
    const r = (await res.json()) as { total: F; tiers: (F & { tier: string })[]; creators: { handle: string; figures: F }[] };
    const by = Object.fromEntries(r.creators.map((c) => [c.handle, c.figures]));
    // Final posts: IG 15000 views, 700 likes, 55 comments; TikTok 80000 views, 3100 likes, 150
    // comments, 300 shares, 50 saves, 400 clicks, $1,200 revenue (shares to revenue kept from v1);
    // YouTube: no views, 9000 likes, 600 comments.
    const e1 = 700 + 55, e3 = 3100 + 150 + 300 + 50, e2 = 9000 + 600;
    const close = (got: number | null | undefined, want: number) => expect(got).toBeCloseTo(want, 9);
    const ig = by[H1]!, tt = by[H3]!, yt = by[H2]!;
    expect(ig.engagements).toBe(e1);
    expect(ig.saves).toBeNull();
    expect(ig.revenue).toBeNull();
    close(ig.cpe, 200 / e1);
    close(ig.cpm, (200 * 1000) / 15_000);
    expect(ig.cpc).toBeNull();
    expect(ig.roas).toBeNull();
    close(ig.erByFollowers, e1 / 20_000);
    close(ig.erByViews, e1 / 15_000);
    close(ig.emv, 15_000 * RATE.views + 700 * RATE.likes + 55 * RATE.comments);
    close(ig.engagementsVsPredicted, e1 / 600);
    close(ig.reachVsPredicted, 15_000 / 20_000);
    close(ig.predictedCpe, 200 / 600);
    expect(tt.shares).toBe(300);
    close(tt.cpc, 350 / 400);
    close(tt.roas, 1200 / 350);
    close(tt.emv, 80_000 * RATE.views + 3100 * RATE.likes + 150 * RATE.comments + 300 * RATE.shares + 400 * RATE.linkClicks);
    expect(yt.views).toBeNull();
    expect(yt.cpm).toBeNull();
    expect(yt.erByViews).toBeNull();
    expect(yt.reachVsPredicted).toBeNull();
    close(yt.cpe, 6000 / e2);
    close(yt.emv, 9000 * RATE.likes + 600 * RATE.comments);
    const micro = r.tiers.find((t) => t.tier === "micro")!;
    expect(micro.creators).toBe(2);
    expect(micro.cost).toBe(550);
    close(micro.cpe, 550 / (e1 + e3));
    close(micro.cpm, (550 * 1000) / 95_000);
    const t = r.total;
    expect(t.cost).toBe(6550);
    expect(t.engagements).toBe(e1 + e2 + e3);
    expect(t.views).toBe(95_000);
    expect(t.conversions).toBeNull();
    close(t.cpe, 6550 / (e1 + e2 + e3));
    close(t.cpm, (550 * 1000) / 95_000); // only the creators with views
    close(t.roas, 1200 / 350);
    close(t.erByFollowers, (e1 + e2 + e3) / (20_000 + 800_000 + 30_000));
    close(t.erByViews, (e1 + e3) / 95_000);
    close(t.engagementsVsPredicted, (e1 + e2 + e3) / (600 + 12_000 + 900));
    close(t.reachVsPredicted, 95_000 / 50_000);
    close(t.predictedCpe, 6550 / 13_500);
    close(t.cpeVsPredicted, 6550 / (e1 + e2 + e3) / (6550 / 13_500));
    expect(t.dataIn).toBe(1);
  });

  it("takes JSON posts from scripts, and flags a caption without a disclosure", async () => {
    const res = await call(posts.POST as Handler, "POST", `/api/campaigns/${campaignId}/posts`, { id: campaignId }, { posts: [{ url: "https://www.youtube.com/watch?v=ZZZ", caption: "Unboxing the new serum", views: "1.2K" }] });
    expect(res.status).toBe(200);
    const r = (await (await call(one.GET as Handler, "GET", `/api/campaigns/${campaignId}`, { id: campaignId })).json()) as { undisclosed: string[]; creators: { handle: string; figures: Record<string, number | null> }[] };
    // The TikTok caption of the first file says nothing of a partnership either; the Instagram one has #ad.
    expect(r.undisclosed.sort()).toEqual([`https://www.tiktok.com/@${H3}/video/1`, "https://www.youtube.com/watch?v=ZZZ"]);
    expect(r.creators.find((c) => c.handle === H2)!.figures.views).toBe(1200);
    const csv = await call(exporter.GET as Handler, "GET", `/api/campaigns/${campaignId}/export?format=csv`, { id: campaignId });
    expect(csv.status).toBe(200);
    expect((await csv.text()).split("\r\n")[1]).toMatch(/^campaign,/);
  });

  it("another organisation gets 404 on the campaign, its posts, its results and its report", async () => {
    await signInAs({ sub: userB.id });
    const p = { id: campaignId };
    expect((await call(one.GET as Handler, "GET", `/api/campaigns/${campaignId}`, p)).status).toBe(404);
    expect((await call(one.PATCH as Handler, "PATCH", `/api/campaigns/${campaignId}`, p, { name: "mine" })).status).toBe(404);
    expect((await call(posts.POST as Handler, "POST", `/api/campaigns/${campaignId}/posts`, p, { posts: [{ url: "https://x.com/a/1", creator: H1 }] })).status).toBe(404);
    expect((await call(results.POST as Handler, "POST", `/api/campaigns/${campaignId}/results?fileName=a.csv`, p, undefined, CSV_V2)).status).toBe(404);
    expect((await call(exporter.GET as Handler, "GET", `/api/campaigns/${campaignId}/export?format=xlsx`, p)).status).toBe(404);
    const list = (await (await call(campaigns.GET as Handler, "GET", "/api/campaigns", {})).json()) as { items: unknown[] };
    expect(list.items).toEqual([]);
  });
});
