// The planner's calibration on real PostgreSQL, through GET /api/plan and POST /api/campaigns: an
// organisation with 3 campaigns of 10 micro creators, each post measured at half its prediction, is
// offered a micro ratio of 0.5 (30 posts, 10 creators per campaign, 3 campaigns); with calibrate=on the
// plan's micro engagements are halved and say so, and a campaign started from it freezes the halved
// predictions; another organisation with no results is told what is missing.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";

process.env.NEXTAUTH_SECRET = "plan-calibration-secret";
vi.mock("next/headers", () => import("../support/next-headers"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { prisma } = await import("@/lib/db/client");
const { signInAs } = await import("../support/next-headers");
const { planCampaignBody } = await import("@/lib/domain/campaigns");
const planApi = await import("@/app/api/plan/route");
const campaigns = await import("@/app/api/campaigns/route");

const P = "itcalib";
const ORG = `${P}_org`;
const NEW_ORG = `${P}_org_new`;
type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
const get = (path: string) => (planApi.GET as Handler)(new NextRequest(new URL(path, "http://localhost")), { params: Promise.resolve({}) });

let list = "";
beforeAll(async () => {
  await prisma.organization.deleteMany({ where: { id: { in: [ORG, NEW_ORG] } } });
  await prisma.creator.deleteMany({ where: { id: { startsWith: P } } });
  for (const [org, user] of [[ORG, `${P}_u`], [NEW_ORG, `${P}_u2`]]) {
    await prisma.organization.create({ data: { id: org, name: org, slug: org, users: { create: { id: user, email: `${user}@example.test`, name: "Cal", passwordHash: "x", role: "AGENCY" } } } });
  }
  await prisma.creator.createMany({ data: [1, 2].map((i) => ({ id: `${P}_${i}`, platform: "instagram" as const, handle: `${P}_${i}`, followers: 20_000 * i, tier: "micro" as const, expectedEngagements: 1000 * i, priceLow: 100, priceHigh: 100, metricsAsOf: new Date() })) });
  list = (await prisma.shortlist.create({ data: { organizationId: ORG, name: `${P} pool`, items: { create: [{ creatorId: `${P}_1`, agreedPrice: 100 }, { creatorId: `${P}_2`, agreedPrice: 100 }] } } })).id;
  for (let k = 0; k < 3; k++) {
    const creators = Array.from({ length: 10 }, (_, i) => ({ id: `${P}_c${k}_${i}`, platform: "instagram" as const, handle: `${P}_h${i}`, fee: 100, tierAtLaunch: "micro" as const, predictedEngagements: 200, deliverables: [{ platform: "instagram", format: "post", count: 1 }] }));
    await prisma.campaign.create({ data: { id: `${P}_camp${k}`, organizationId: ORG, name: `${P} past ${k}`, startsOn: new Date("2026-01-01"), budget: 1000, goal: "engagement", source: "shortlist", creators: { create: creators } } });
    await prisma.campaignPost.createMany({ data: creators.map((c, i) => ({ campaignId: `${P}_camp${k}`, campaignCreatorId: c.id, url: `https://www.instagram.com/p/${P}${k}${i}/`, likes: 90, comments: 10, source: "typed" })) });
  }
});
afterAll(async () => {
  await prisma.organization.deleteMany({ where: { id: { in: [ORG, NEW_ORG] } } });
  await prisma.creator.deleteMany({ where: { id: { startsWith: P } } });
});

type Plan = { options: { kind: string; summary: { engagements: number } }[]; calibration: { used: boolean; offer: { available: boolean; overall: { ratio: number; posts: number; creators: number; campaigns: number; missing: Record<string, number> }; factors: Record<string, { ratio: number; from: string }> } } };

describe("calibrating the planner on the organisation's results", () => {
  it("offers the measured ÷ predicted ratio with its n, applies it only when asked, and freezes it into a campaign", async () => {
    await signInAs({ sub: `${P}_u` });
    const base = `/api/plan?budget=1000&list=${list}&goal=engagements`;
    const plain = (await (await get(base)).json()) as Plan;
    expect(plain.calibration.used).toBe(false);
    expect(plain.calibration.offer.available).toBe(true);
    expect(plain.calibration.offer.overall).toMatchObject({ posts: 30, creators: 30, campaigns: 3 });
    // Each post: 90 + 10 measured against 200 predicted.
    expect(plain.calibration.offer.factors.micro!.ratio).toBeCloseTo(0.5, 12);
    expect(plain.options.find((o) => o.kind === "micro")!.summary.engagements).toBe(3000);
    const calibrated = (await (await get(`${base}&calibrate=on`)).json()) as Plan;
    expect(calibrated.calibration.used).toBe(true);
    expect(calibrated.options.find((o) => o.kind === "micro")!.summary.engagements).toBeCloseTo(1500, 9);
    const declined = (await (await get(`${base}&calibrate=off`)).json()) as Plan;
    expect(declined.options.find((o) => o.kind === "micro")!.summary.engagements).toBe(3000);

    const res = await (campaigns.POST as Handler)(new NextRequest(new URL("/api/campaigns", "http://localhost"), {
      method: "POST", headers: { "content-type": "application/json", origin: "http://localhost" },
      body: JSON.stringify(planCampaignBody({ budget: "1000", list, goal: "engagements", calibrate: "on" }, "micro", { name: `${P} calibrated`, startsOn: "2026-12-07" })),
    }), { params: Promise.resolve({}) });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const booked = await prisma.campaignCreator.findMany({ where: { campaignId: id }, orderBy: { handle: "asc" } });
    expect(booked.map((b) => b.predictedEngagements)).toEqual([500, 1000]);
  });

  it("an organisation without results is told how much more is needed", async () => {
    await signInAs({ sub: `${P}_u2` });
    const own = (await prisma.shortlist.create({ data: { organizationId: NEW_ORG, name: `${P} new pool`, items: { create: [{ creatorId: `${P}_1` }] } } })).id;
    const plan = (await (await get(`/api/plan?budget=1000&list=${own}&calibrate=on`)).json()) as Plan;
    expect(plan.calibration.used).toBe(false);
    expect(plan.calibration.offer.available).toBe(false);
    expect(plan.calibration.offer.overall.missing).toEqual({ posts: 30, creators: 10, campaigns: 3 });
  });
});
