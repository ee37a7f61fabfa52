// GET/POST /api/plan and the planner's save action against real PostgreSQL, with a real session
// token in a stand-in for next/headers (as tests/integration/api-creators.test.ts does).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import type { SessionUser } from "@/lib/auth/roles";

process.env.NEXTAUTH_SECRET = "api-plan-test-secret";
vi.mock("next/headers", () => import("../support/next-headers"));
// Outside a Next request there is no cache to revalidate.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { prisma } = await import("@/lib/db/client");
const { signInAs } = await import("../support/next-headers");
const { GET, POST } = await import("@/app/api/plan/route");
const { savePlanOptionAction } = await import("@/app/(app)/plan/actions");

const P = "itplanapi";
const ORG_A = `${P}_org_a`;
const ORG_B = `${P}_org_b`;
const userA: SessionUser = { id: `${P}_ua`, email: `${P}a@example.test`, name: "Ann", role: "AGENCY", organizationId: ORG_A, organizationName: "Org A" };
const userB: SessionUser = { id: `${P}_ub`, email: `${P}b@example.test`, name: "Bob", role: "AGENCY", organizationId: ORG_B, organizationName: "Org B" };
const IDS = [`${P}_m1`, `${P}_m2`, `${P}_big`];
let listA = "";
let listB = "";

const req = (path: string, init?: ConstructorParameters<typeof NextRequest>[1]) => new NextRequest(new URL(path, "http://localhost"), init);
const noParams = { params: Promise.resolve({}) };

async function cleanup() {
  await prisma.organization.deleteMany({ where: { id: { in: [ORG_A, ORG_B] } } });
  await prisma.creator.deleteMany({ where: { id: { in: IDS } } });
}

beforeAll(async () => {
  await cleanup();
  for (const u of [userA, userB]) {
    await prisma.organization.create({ data: { id: u.organizationId, name: u.organizationName, slug: u.organizationId, users: { create: { id: u.id, email: u.email, name: u.name, passwordHash: "x", role: "AGENCY" } } } });
  }
  await prisma.creator.createMany({
    data: [
      { id: IDS[0]!, platform: "instagram", handle: IDS[0]!, followers: 20_000, tier: "micro", expectedEngagements: 500, priceLow: 100, priceHigh: 300, metricsAsOf: new Date() },
      { id: IDS[1]!, platform: "tiktok", handle: IDS[1]!, followers: 40_000, tier: "micro", expectedEngagements: 900, priceLow: 100, priceHigh: 500, metricsAsOf: new Date() },
      { id: IDS[2]!, platform: "youtube", handle: IDS[2]!, followers: 900_000, tier: "macro", expectedEngagements: 9_000, priceLow: 10_000, priceHigh: 20_000, metricsAsOf: new Date() },
    ],
  });
  listA = (await prisma.shortlist.create({ data: { organizationId: ORG_A, name: "Pool", items: { create: IDS.map((creatorId) => ({ creatorId })) } }, select: { id: true } })).id;
  listB = (await prisma.shortlist.create({ data: { organizationId: ORG_B, name: "B pool", items: { create: [{ creatorId: IDS[0]! }] } }, select: { id: true } })).id;
});
afterAll(cleanup);
beforeEach(async () => {
  await signInAs({ sub: userA.id });
});

describe("/api/plan", () => {
  it("GET plans a list and answers the three options with their totals", async () => {
    const res = await GET(req(`/api/plan?budget=1000&list=${listA}&goal=engagements`), noParams);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.options.map((o: { kind: string }) => o.kind)).toEqual(["micro", "macro", "mixed"]);
    const micro = body.options[0];
    expect(micro.creators.map((c: { id: string }) => c.id).sort()).toEqual([IDS[0], IDS[1]]);
    expect(micro.summary).toMatchObject({ creators: 2, reach: 60_000, engagements: 1_400, costMid: 500 });
    expect(body.options[1].emptyReason).toBe("No macro or mega creator fits the budget of $1,000: the cheapest costs $15K.");
    expect(body.best).toBe("micro");
  });

  it("POST takes the same fields as JSON", async () => {
    const res = await POST(req("/api/plan", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ budget: 20_000, list: listA, goal: "reach", maxCreators: 1 }) }), noParams);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.options[2].creators.map((c: { id: string }) => c.id)).toEqual([IDS[2]]);
    expect(body.limits).toEqual({ maxCreators: 1, minAuthenticity: null, platforms: null });
  });

  it("bad input is a 400 naming the field; another organisation's list a 404; signed out a 401", async () => {
    for (const [qs, field] of [["budget=-1", "budget"], ["budget=1e9", "budget"], [`budget=100&pool=list`, "list"], ["budget=100&goal=viral", "goal"], ["budget=100&minFollowers=9999999999", "minFollowers"], ["budget=100&maxFollowers=2147483648", "maxFollowers"]] as const) {
      const res = await GET(req(`/api/plan?${qs}&list=${qs.includes("pool=list") ? "" : listA}`), noParams);
      expect(res.status).toBe(400);
      expect(Object.keys((await res.json()).error.fields)).toContain(field);
    }
    const other = await GET(req(`/api/plan?budget=1000&list=${listB}`), noParams);
    expect(other.status).toBe(404);
    expect(JSON.stringify(await other.json())).not.toContain("B pool");
    await signInAs(null);
    expect((await GET(req(`/api/plan?budget=1000&list=${listA}`), noParams)).status).toBe(401);
  });
});

describe("saving an option", () => {
  it("as a new list holds exactly the option's creators, logged as added by the user", async () => {
    const r = await savePlanOptionAction(undefined, { mode: "new", name: `${P} micro`, creatorIds: `${IDS[0]},${IDS[1]}` });
    expect(r.ok).toBe(`Saved 2 creators to the new list “${P} micro”.`);
    const items = await prisma.shortlistItem.findMany({ where: { shortlistId: r.data!.shortlistId, shortlist: { organizationId: ORG_A } }, select: { creatorId: true } });
    expect(items.map((i) => i.creatorId).sort()).toEqual([IDS[0], IDS[1]]);
    const log = await prisma.shortlistActivity.findMany({ where: { shortlistId: r.data!.shortlistId }, select: { actorLabel: true, kind: true } });
    // The list's creation, then one entry per creator added, all by the user.
    expect(log.map((l) => l.kind).sort()).toEqual(["added", "added", "created"]);
    expect(log.every((l) => l.actorLabel === "Ann")).toBe(true);
    const again = await savePlanOptionAction(undefined, { mode: "new", name: `${P} micro`, creatorIds: IDS[0]! });
    expect(again.error).toBe(`Org A already has a list called “${P} micro”.`);
  });

  it("onto an existing list adds only the new creators; another organisation's list is refused and untouched", async () => {
    const r = await savePlanOptionAction(undefined, { mode: "existing", shortlistId: listA, creatorIds: [IDS[0]!] });
    expect(r.ok).toBe("Saved 0 creators to the list (1 already on it).");
    const before = await prisma.shortlistItem.count({ where: { shortlistId: listB } });
    const refused = await savePlanOptionAction(undefined, { mode: "existing", shortlistId: listB, creatorIds: [IDS[1]!] });
    expect(refused.error).toBe("No such shortlist in your organisation.");
    expect(await prisma.shortlistItem.count({ where: { shortlistId: listB } })).toBe(before);
  });
});
