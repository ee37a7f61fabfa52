// On real PostgreSQL, through the real routes: the /plan page's "Start a campaign" body books the plan
// option the planner shows (predictions frozen at launch), for every role and for no other
// organisation; a booked creator's fee and deliverables are edited after launch, each change recorded,
// the costs recomputed from the new fee and the predictions left as frozen; a wrong fee is refused
// with the field named; a results upload over its limit is a 413.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import type { SessionUser } from "@/lib/auth/roles";

process.env.NEXTAUTH_SECRET = "campaign-plan-deals-secret";
vi.mock("next/headers", () => import("../support/next-headers"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { prisma } = await import("@/lib/db/client");
const { signInAs } = await import("../support/next-headers");
const { planCampaignBody } = await import("@/lib/domain/campaigns");
const { MAX_RESULTS_FILE_BYTES } = await import("@/lib/import/campaign-results");
const campaigns = await import("@/app/api/campaigns/route");
const one = await import("@/app/api/campaigns/[id]/route");
const deal = await import("@/app/api/campaigns/[id]/creators/[creatorId]/route");
const posts = await import("@/app/api/campaigns/[id]/posts/route");
const results = await import("@/app/api/campaigns/[id]/results/route");
const planApi = await import("@/app/api/plan/route");

const P = "itplandeal";
const ORG_A = `${P}_org_a`;
const ORG_B = `${P}_org_b`;
const marketer: SessionUser = { id: `${P}_m`, email: `${P}m@example.test`, name: "Mia", role: "MARKETER", organizationId: ORG_A, organizationName: "Org A" };
const other: SessionUser = { id: `${P}_o`, email: `${P}o@example.test`, name: "Oz", role: "AGENCY", organizationId: ORG_B, organizationName: "Org B" };

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function call(h: Handler, method: string, path: string, params: Record<string, string>, body?: unknown, raw?: Uint8Array) {
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
// The page's query string as it reads it (strings), which the button sends back as the plan.
let planParams: Record<string, string> = {};

beforeAll(async () => {
  await cleanup();
  for (const u of [marketer, other]) {
    await prisma.organization.create({ data: { id: u.organizationId, name: u.organizationName, slug: u.organizationId, users: { create: { id: u.id, email: u.email, name: u.name, passwordHash: "x", role: u.role } } } });
  }
  const now = new Date();
  // Agreed prices make every cost exact: 3 micros at $300 and one macro at $4,000.
  await prisma.creator.createMany({
    data: [
      { id: `${P}_1`, platform: "instagram", handle: `${P}_a`, followers: 20_000, tier: "micro", expectedEngagements: 600, priceLow: 250, priceHigh: 350, metricsAsOf: now },
      { id: `${P}_2`, platform: "instagram", handle: `${P}_b`, followers: 30_000, tier: "micro", expectedEngagements: 900, priceLow: 250, priceHigh: 350, metricsAsOf: now },
      { id: `${P}_3`, platform: "tiktok", handle: `${P}_c`, followers: 40_000, tier: "micro", expectedEngagements: 1200, priceLow: 250, priceHigh: 350, metricsAsOf: now },
      { id: `${P}_4`, platform: "youtube", handle: `${P}_d`, followers: 900_000, tier: "macro", expectedEngagements: 15_000, priceLow: 3000, priceHigh: 5000, metricsAsOf: now },
    ],
  });
  const list = await prisma.shortlist.create({
    data: { organizationId: ORG_A, name: `${P} pool`, items: { create: [1, 2, 3].map((i) => ({ creatorId: `${P}_${i}`, agreedPrice: 300 })).concat([{ creatorId: `${P}_4`, agreedPrice: 4000 }]) } },
  });
  listA = list.id;
  planParams = { budget: "1000", list: listA, goal: "engagements" };
});
afterAll(cleanup);

let campaignId = "";

describe("Start a campaign from a plan option", () => {
  it("books exactly the creators the plan shows for the option, with the predictions frozen, as a MARKETER", async () => {
    await signInAs({ sub: marketer.id });
    const shown = (await (await call(planApi.GET as Handler, "GET", `/api/plan?${new URLSearchParams(planParams)}`, {})).json()) as { options: { kind: string; creators: { handle: string }[] }[] };
    const micro = shown.options.find((o) => o.kind === "micro")!.creators.map((c) => c.handle).sort();
    // $1,000 at $300 each: three micros ($900); the macro ($4,000) does not fit.
    expect(micro).toEqual([`${P}_a`, `${P}_b`, `${P}_c`]);
    const res = await call(campaigns.POST as Handler, "POST", "/api/campaigns", {}, planCampaignBody(planParams, "micro", { name: `${P} from plan`, startsOn: "2026-12-07" }));
    expect(res.status).toBe(201);
    campaignId = ((await res.json()) as { id: string }).id;
    const c = await prisma.campaign.findUniqueOrThrow({ where: { id: campaignId }, include: { creators: { orderBy: { handle: "asc" } } } });
    expect(c.source).toBe("plan");
    expect(c.goal).toBe("engagement");
    expect(c.budget.toNumber()).toBe(1000);
    expect(c.creators.map((x) => [x.handle, x.fee?.toNumber(), x.predictedEngagements])).toEqual([[`${P}_a`, 300, 600], [`${P}_b`, 300, 900], [`${P}_c`, 300, 1200]]);
    // Later changes to the catalog do not move what was frozen.
    await prisma.creator.update({ where: { id: `${P}_1` }, data: { expectedEngagements: 5 } });
    const report = (await (await call(one.GET as Handler, "GET", `/api/campaigns/${campaignId}`, { id: campaignId })).json()) as { total: Record<string, number | null> };
    expect(report.total.predictedCpe).toBeCloseTo(900 / (600 + 900 + 1200), 9);
  });

  it("refuses another organisation's list as a plan pool (404) and an empty option (400), writing nothing", async () => {
    await signInAs({ sub: other.id });
    const before = await prisma.campaign.count();
    expect((await call(campaigns.POST as Handler, "POST", "/api/campaigns", {}, planCampaignBody(planParams, "micro", { name: `${P} stolen`, startsOn: "2026-12-07" }))).status).toBe(404);
    await signInAs({ sub: marketer.id });
    const empty = await call(campaigns.POST as Handler, "POST", "/api/campaigns", {}, planCampaignBody(planParams, "macro", { name: `${P} macro`, startsOn: "2026-12-07" }));
    expect(empty.status).toBe(400);
    expect(await prisma.campaign.count()).toBe(before);
  });
});

describe("editing a fee and deliverables after launch", () => {
  const ccOf = async (handle: string) => (await prisma.campaignCreator.findFirstOrThrow({ where: { campaignId, handle } })).id;

  it("records the change, recomputes the costs from the new fee and keeps the predictions", async () => {
    await signInAs({ sub: marketer.id });
    const a = await ccOf(`${P}_a`);
    const posted = await call(posts.POST as Handler, "POST", `/api/campaigns/${campaignId}/posts`, { id: campaignId }, { posts: [{ url: "https://www.instagram.com/p/ONE/", creator: `${P}_a`, likes: 700, comments: 50, views: 10_000, revenue: 900 }] });
    expect(posted.status).toBe(200);
    const res = await call(deal.PATCH as Handler, "PATCH", `/api/campaigns/${campaignId}/creators/${a}`, { id: campaignId, creatorId: a }, { fee: "450", deliverables: "2 instagram reel, 1 instagram story" });
    expect(res.status).toBe(200);
    const r = (await (await call(one.GET as Handler, "GET", `/api/campaigns/${campaignId}`, { id: campaignId })).json()) as { creators: { handle: string; figures: Record<string, number | null> }[]; total: Record<string, number | null> };
    const f = r.creators.find((c) => c.handle === `${P}_a`)!.figures;
    expect(f.cost).toBe(450);
    expect(f.cpe).toBeCloseTo(450 / 750, 9);
    expect(f.cpm).toBeCloseTo((450 * 1000) / 10_000, 9);
    expect(f.roas).toBeCloseTo(900 / 450, 9);
    expect(f.postsPlanned).toBe(3);
    expect(f.dataIn).toBeCloseTo(1 / 3, 9);
    // Frozen at launch: $300 for one post predicted at 600 engagements.
    expect(f.predictedCpe).toBeCloseTo(300 / 600, 9);
    expect(r.total.cost).toBe(450 + 300 + 300);
    expect(r.total.predictedCpe).toBeCloseTo(900 / 2700, 9);
    const log = await prisma.campaignCreatorChange.findMany({ where: { campaignCreatorId: a }, orderBy: { field: "asc" } });
    expect(log.map((l) => [l.field, l.before, l.after, l.changedByLabel])).toEqual([
      ["deliverables", [{ platform: "instagram", format: "post", count: 1 }], [{ platform: "instagram", format: "reel", count: 2 }, { platform: "instagram", format: "story", count: 1 }], `Mia <${marketer.email}>`],
      ["fee", 300, 450, `Mia <${marketer.email}>`],
    ]);
    const cc = await prisma.campaignCreator.findUniqueOrThrow({ where: { id: a } });
    expect([cc.predictedEngagements, cc.predictedCpe]).toEqual([600, 0.5]);
  });

  it("refuses a negative or non-numeric fee and a malformed deliverable, naming the field, and changes nothing", async () => {
    const b = await ccOf(`${P}_b`);
    const params = { id: campaignId, creatorId: b };
    const path = `/api/campaigns/${campaignId}/creators/${b}`;
    const cases: [unknown, string, RegExp][] = [
      [{ fee: -5 }, "fee", /cannot be negative/],
      [{ fee: "about 300" }, "fee", /must be a number/],
      [{ fee: "" }, "fee", /as a number/],
      [{ deliverables: "two instagram posts" }, "deliverables", /whole number/],
      [{ deliverables: "1 myspace post" }, "deliverables", /platform is one of/],
    ];
    for (const [body, field, message] of cases) {
      const res = await call(deal.PATCH as Handler, "PATCH", path, params, body);
      expect(res.status).toBe(400);
      const out = (await res.json()) as { error: { fields: Record<string, string[]> } };
      expect(out.error.fields[field]!.join(" ")).toMatch(message);
    }
    const cc = await prisma.campaignCreator.findUniqueOrThrow({ where: { id: b } });
    expect(cc.fee?.toNumber()).toBe(300);
    expect(await prisma.campaignCreatorChange.count({ where: { campaignCreatorId: b } })).toBe(0);
  });

  it("is a 404 for another organisation and for a creator of another campaign", async () => {
    const b = await ccOf(`${P}_b`);
    await signInAs({ sub: other.id });
    expect((await call(deal.PATCH as Handler, "PATCH", `/api/campaigns/${campaignId}/creators/${b}`, { id: campaignId, creatorId: b }, { fee: 1 })).status).toBe(404);
    await signInAs({ sub: marketer.id });
    expect((await call(deal.PATCH as Handler, "PATCH", `/api/campaigns/${campaignId}/creators/${P}_nobody`, { id: campaignId, creatorId: `${P}_nobody` }, { fee: 1 })).status).toBe(404);
  });
});

describe("the results upload's bounded body", () => {
  it("answers 413 to a file over the limit, and writes nothing", async () => {
    await signInAs({ sub: marketer.id });
    const before = await prisma.campaignPost.count({ where: { campaignId } });
    const big = new Uint8Array(MAX_RESULTS_FILE_BYTES + 1).fill(0x61);
    const res = await call(results.POST as Handler, "POST", `/api/campaigns/${campaignId}/results?fileName=big.csv`, { id: campaignId }, undefined, big);
    expect(res.status).toBe(413);
    expect(await prisma.campaignPost.count({ where: { campaignId } })).toBe(before);
  });
});
