// GET /api/creators, GET /api/creators/:id and POST /api/shortlists/:id/items against real
// PostgreSQL. The request's cookies come from a stand-in for next/headers holding a real session
// token (next-auth's encode, the app's secret), so the guard decodes it as in production.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import type { SessionUser } from "@/lib/auth/roles";

process.env.NEXTAUTH_SECRET = "api-creators-test-secret";
vi.mock("next/headers", () => import("../support/next-headers"));

const { prisma } = await import("@/lib/db/client");
const { signInAs } = await import("../support/next-headers");
const { GET: listCreators } = await import("@/app/api/creators/route");
const { GET: getCreator } = await import("@/app/api/creators/[id]/route");
const { POST: addItem } = await import("@/app/api/shortlists/[id]/items/route");
const { saveTierThresholds } = await import("@/lib/queries/settings");
const { DEFAULT_TIER_THRESHOLDS } = await import("@/lib/domain/tiers");

const P = "itapi";
const ORG_A = `${P}_org_a`;
const ORG_B = `${P}_org_b`;
const userA: SessionUser = { id: `${P}_ua`, email: `${P}a@example.test`, name: "A", role: "MARKETER", organizationId: ORG_A, organizationName: "Org A" };
const userB: SessionUser = { id: `${P}_ub`, email: `${P}b@example.test`, name: "B", role: "AGENCY", organizationId: ORG_B, organizationName: "Org B" };
// A word no seeded bio contains, so the tests' own creators are the whole result.
const WORD = "zorbquill";

const creators = [
  { id: `${P}_c1`, handle: `${P}_glowdaily`, displayName: "Glow Daily", bio: `${WORD} skincare routine every morning`, tier: "micro", followers: 20_000, niches: ["beauty"], country: "US", language: "en", platform: "instagram", engagementRate: 0.02, engagementScore: 90, authenticityScore: 95, costScore: 70, contactEmail: "glow@example.test" },
  { id: `${P}_c2`, handle: `${P}_fragbox`, displayName: "Frag Box", bio: `${WORD} fps headset reviews`, tier: "mid", followers: 120_000, niches: ["gaming"], country: "DE", language: "de", platform: "twitch", engagementRate: 0.004, engagementScore: 40, authenticityScore: 60, costScore: 30, contactEmail: null },
  { id: `${P}_c3`, handle: `${P}_skinlab`, displayName: "Skin Lab", bio: `${WORD} dermatology tips`, tier: "micro", followers: 30_000, niches: ["beauty", "health"], country: "GB", language: "en", platform: "tiktok", engagementRate: 0.009, engagementScore: 55, authenticityScore: 80, costScore: 50, contactEmail: "lab@example.test" },
] as const;

function req(path: string, init?: ConstructorParameters<typeof NextRequest>[1]) {
  return new NextRequest(new URL(path, "http://localhost"), init);
}
const noParams = { params: Promise.resolve({}) };

beforeAll(async () => {
  await cleanup();
  for (const [id, name] of [[ORG_A, "Org A"], [ORG_B, "Org B"]] as const) {
    await prisma.organization.create({ data: { id, name, slug: id } });
  }
  // The guard reads role and organisation from the user's row on every request.
  for (const u of [userA, userB]) await prisma.user.create({ data: { id: u.id, email: u.email, name: u.name, role: u.role, organizationId: u.organizationId, passwordHash: "x" } });
  await prisma.brandBrief.create({
    data: { id: `${P}_brief_a`, organizationId: ORG_A, name: "A skincare", niches: [{ id: "beauty", weight: 3 }, { id: "health", weight: 1 }], keywords: ["skincare", "routine"], countries: ["US", "GB"], languages: ["en"], platforms: ["instagram", "tiktok"] },
  });
  await prisma.brandBrief.create({
    data: { id: `${P}_brief_b`, organizationId: ORG_B, name: "B secret gaming brief", niches: [{ id: "gaming", weight: 1 }], keywords: ["fps"], countries: ["DE"], languages: ["de"], platforms: ["twitch"] },
  });
  await prisma.shortlist.create({ data: { id: `${P}_sl_a`, organizationId: ORG_A, name: "A picks" } });
  await prisma.shortlist.create({ data: { id: `${P}_sl_b`, organizationId: ORG_B, name: "B picks" } });
  for (const c of creators) await prisma.creator.create({ data: { ...c, niches: [...c.niches], metricsAsOf: new Date() } });
  await prisma.creatorSnapshot.create({ data: { creatorId: `${P}_c1`, capturedAt: new Date(Date.now() - 60 * 86_400_000), followers: 9_000, engagementRate: 0.025, tier: "nano" } });
});

afterAll(cleanup);
beforeEach(async () => {
  await signInAs({ sub: userA.id });
});

async function cleanup() {
  await prisma.creator.deleteMany({ where: { id: { startsWith: P } } });
  await prisma.organization.deleteMany({ where: { id: { startsWith: P } } });
}

type ListBody = { items: { id: string; fit: number | null; score: number; engagementBand: string | null }[]; total: number; page: number; pageSize: number };

describe("GET /api/creators", () => {
  it("answers conflicting filters with an empty page and a note naming them; other searches carry an empty list", async () => {
    // Macro is 500,000-1,000,000 followers (default thresholds): nobody is macro with at most 50,000.
    const res = await listCreators(req(`/api/creators?q=${WORD}&tier=macro&maxFollowers=50000&debug=1`), noParams);
    expect(res.status).toBe(200);
    const body = (await res.json()) as ListBody & { conflicts: { filters: string[]; message: string }[]; debug: { path: string } };
    expect(body.items).toEqual([]);
    expect(body.total).toBe(0);
    expect(body.conflicts).toEqual([{ filters: ["tier", "maxFollowers"], message: expect.stringContaining("Macro is 500,000-1,000,000") }]);
    expect(body.debug.path).toBe("none");

    const minAboveMax = (await (await listCreators(req(`/api/creators?minEr=5&maxEr=1`), noParams)).json()) as { conflicts: { filters: string[] }[]; items: unknown[] };
    expect(minAboveMax.conflicts.map((c) => c.filters)).toEqual([["minEr", "maxEr"]]);
    expect(minAboveMax.items).toEqual([]);

    // Micro with at most 50,000 followers is fine, and finds the two micro test creators.
    const ok = (await (await listCreators(req(`/api/creators?q=${WORD}&tier=micro&maxFollowers=50000`), noParams)).json()) as ListBody & { conflicts: unknown[]; debug?: unknown };
    expect(ok.conflicts).toEqual([]);
    expect(ok.items.map((i) => i.id).sort()).toEqual([`${P}_c1`, `${P}_c3`]);
    expect(ok.debug).toBeUndefined();
  });

  it("judges conflicts by the tier thresholds saved last, read with the catalog's catch-up", async () => {
    type Conflicts = { conflicts: { filters: string[]; message: string }[] };
    const conflicts = async () =>
      ((await (await listCreators(req(`/api/creators?q=${WORD}&tier=macro&maxFollowers=450000`), noParams)).json()) as Conflicts).conflicts.map((c) => c.filters);
    // Under the defaults macro starts at 500,000: nobody macro has at most 450,000 followers.
    expect(await conflicts()).toEqual([["tier", "maxFollowers"]]);
    try {
      await saveTierThresholds({ ...DEFAULT_TIER_THRESHOLDS, macroMin: 400_000 }, "test");
      expect(await conflicts()).toEqual([]);
      await saveTierThresholds({ ...DEFAULT_TIER_THRESHOLDS }, "test");
      expect(await conflicts()).toEqual([["tier", "maxFollowers"]]);
    } finally {
      await saveTierThresholds({ ...DEFAULT_TIER_THRESHOLDS }, "test");
    }
  });

  it("is 401 with the one error shape when signed out", async () => {
    await signInAs(null);
    const res = await listCreators(req(`/api/creators?q=${WORD}`), noParams);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: "unauthenticated", message: expect.any(String) } });
  });

  it("takes the session from its cookie only: a bearer token alone is 401", async () => {
    const { encode } = await import("next-auth/jwt");
    const token = await encode({ token: { sub: userA.id, sv: 0 }, secret: process.env.NEXTAUTH_SECRET! });
    await signInAs(null);
    const res = await listCreators(req(`/api/creators?q=${WORD}`, { headers: { authorization: `Bearer ${token}` } }), noParams);
    expect(res.status).toBe(401);
  });

  it("is 400 naming each bad parameter; unknown parameters are ignored", async () => {
    const res = await listCreators(req(`/api/creators?tier=giant&minFollowers=lots&sort=best&utm_source=x`), noParams);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; fields: Record<string, string[]> } };
    expect(body.error.code).toBe("bad_request");
    expect(Object.keys(body.error.fields).sort()).toEqual(["minFollowers", "sort", "tier"]);
    const ok = await listCreators(req(`/api/creators?q=${WORD}&utm_source=x`), noParams);
    expect(ok.status).toBe(200);
  });

  it("is 400, not a 500, for a follower count beyond the int4 column, and accepts the largest one", async () => {
    for (const key of ["minFollowers", "maxFollowers"]) {
      const res = await listCreators(req(`/api/creators?${key}=9999999999`), noParams);
      expect(res.status, key).toBe(400);
      expect((await res.json()).error.fields[key][0]).toContain("2,147,483,647");
      expect((await listCreators(req(`/api/creators?${key}=2147483647`), noParams)).status, key).toBe(200);
    }
  });

  it("finds by partial word and despite a typo, and filters by tier, niche, country and email", async () => {
    const body = async (qs: string) => (await (await listCreators(req(`/api/creators?${qs}`), noParams)).json()) as ListBody;
    expect((await body(`q=${WORD}`)).total).toBe(3);
    expect((await body(`q=${P}_glowdialy`)).items.map((i) => i.id)).toEqual([`${P}_c1`]); // typo in the handle
    expect((await body(`q=zorbqull`)).total).toBe(0); // a typo in the bio is not tolerated (docs/search.md)
    expect((await body(`q=${P}_glowd`)).items.map((i) => i.id)).toEqual([`${P}_c1`]); // partial handle
    expect((await body(`q=${WORD}&tier=micro&niche=beauty&country=GB`)).items.map((i) => i.id)).toEqual([`${P}_c3`]);
    expect((await body(`q=${WORD}&hasEmail=false`)).items.map((i) => i.id)).toEqual([`${P}_c2`]);
    expect((await body(`q=${WORD}&minEr=1&maxEr=5`)).items.map((i) => i.id)).toEqual([`${P}_c1`]); // percent
    const paged = await body(`q=${WORD}&pageSize=1000&sort=followers`);
    expect(paged.pageSize).toBe(100);
    expect(paged.items.map((i) => i.id)).toEqual([`${P}_c2`, `${P}_c3`, `${P}_c1`]);
  });

  it("filters by 30-day growth in percent; a creator whose growth is unknown never matches", async () => {
    await prisma.creator.update({ where: { id: `${P}_c1` }, data: { followerGrowth30d: 0.12 } });
    await prisma.creator.update({ where: { id: `${P}_c2` }, data: { followerGrowth30d: -0.03 } });
    try {
      const ids = async (qs: string) => ((await (await listCreators(req(`/api/creators?q=${WORD}&sort=followers&${qs}`), noParams)).json()) as ListBody).items.map((i) => i.id);
      expect(await ids("minGrowth=10")).toEqual([`${P}_c1`]); // 12% >= 10%
      expect(await ids("minGrowth=12.5")).toEqual([]);
      expect(await ids("minGrowth=-5")).toEqual([`${P}_c2`, `${P}_c1`]); // -3% >= -5%; c3 (unknown) is out
      expect(await ids("minGrowth=-100")).toEqual([`${P}_c2`, `${P}_c1`]);
      const bad = await listCreators(req("/api/creators?minGrowth=-101"), noParams);
      expect(bad.status).toBe(400);
    } finally {
      await prisma.creator.updateMany({ where: { id: { in: [`${P}_c1`, `${P}_c2`] } }, data: { followerGrowth30d: null } });
    }
  });

  it("returns each creator's values as stored: numbers as numbers, the metrics date in UTC", async () => {
    // Off UTC, so that a date read as local time would show (Node reads TZ on each date operation).
    const tz = process.env.TZ;
    process.env.TZ = "America/New_York";
    const res = await listCreators(req(`/api/creators?q=${WORD}&sort=followers`), noParams).finally(() => {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    });
    const items = ((await res.json()) as { items: Record<string, unknown>[] }).items;
    const stored = await prisma.creator.findUniqueOrThrow({ where: { id: `${P}_c2` } });
    const c2 = items.find((i) => i.id === `${P}_c2`)!;
    expect(c2).toMatchObject({ followers: 120_000, engagementRate: 0.004, authenticityScore: 60, niches: ["gaming"], hasEmail: false });
    expect(c2.metricsAsOf).toBe(stored.metricsAsOf.toISOString());
    // The engagement band the list shows is the one the profile shows, creator by creator.
    const bands = await Promise.all(
      creators.map(async ({ id }) => {
        const profile = await getCreator(req(`/api/creators/${id}`), { params: Promise.resolve({ id }) });
        return { id, band: ((await profile.json()) as { creator: { engagementBand: string | null } }).creator.engagementBand };
      }),
    );
    expect(items.map((i) => ({ id: i.id, band: i.engagementBand })).sort((a, b) => String(a.id).localeCompare(String(b.id)))).toEqual(bands);
    expect(new Set(bands.map((b) => b.band)).size).toBeGreaterThan(1);
  });

  it("answers the weights as the score uses them, scaled to sum to 1", async () => {
    const res = await listCreators(req(`/api/creators?q=${WORD}&wEng=35&wFit=50&wAuth=20&wCost=15`), noParams);
    const { weights } = (await res.json()) as { weights: Record<string, number> };
    expect(weights.engagement).toBeCloseTo(35 / 120, 9);
    expect(weights.fit).toBeCloseTo(50 / 120, 9);
    expect(weights.authenticity + weights.cost).toBeCloseTo(35 / 120, 9);
  });

  it("with the organisation's brief, carries fit and ranks by the brief-aware score", async () => {
    const res = await listCreators(req(`/api/creators?q=${WORD}&brief=${P}_brief_a&sort=fit`), noParams);
    expect(res.status).toBe(200);
    const body = (await res.json()) as ListBody;
    expect(body.items.map((i) => i.id)).toEqual([`${P}_c1`, `${P}_c3`, `${P}_c2`]);
    // c1: beauty exact (3) + health via related beauty (0.5 x 1) -> 52.5 niche points, + keywords, country, language, platform.
    expect(body.items.map((i) => i.fit)).toEqual([93, 85, 0]);
  });

  it("refuses another organisation's brief with 404 and leaks none of it", async () => {
    const res = await listCreators(req(`/api/creators?q=${WORD}&brief=${P}_brief_b`), noParams);
    expect(res.status).toBe(404);
    const text = await res.text();
    expect(text).not.toContain("secret gaming");
    expect(JSON.parse(text).error.code).toBe("not_found");
    await signInAs({ sub: userB.id });
    const own = await listCreators(req(`/api/creators?q=${WORD}&brief=${P}_brief_b`), noParams);
    expect(own.status).toBe(200);
  });
});

describe("GET /api/creators/:id", () => {
  it("returns metrics, history, breakdown and only the caller's shortlists", async () => {
    await prisma.shortlistItem.create({ data: { shortlistId: `${P}_sl_b`, creatorId: `${P}_c1` } });
    const res = await getCreator(req(`/api/creators/${P}_c1?brief=${P}_brief_a`), { params: Promise.resolve({ id: `${P}_c1` }) });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.creator.handle).toBe(`${P}_glowdaily`);
    expect(body.snapshots).toHaveLength(1);
    expect(body.fit.score).toBe(93);
    expect(body.score.breakdown.map((b: { key: string }) => b.key)).toEqual(["engagement", "fit", "authenticity", "cost"]);
    expect(body.shortlists).toEqual([]); // held by org B's list only
    expect(body.similar.map((s: { id: string }) => s.id)).not.toContain(`${P}_c1`);
  });

  it("says how much of the score rests on data and what is missing, in the list and the profile", async () => {
    // Followers only: no engagement, no authenticity signal, nothing to price.
    const id = `${P}_c4`;
    await prisma.creator.create({ data: { id, handle: `${P}_bare`, bio: "quaxbrindle", tier: "micro", followers: 25_000, niches: ["beauty"], platform: "instagram", priceLow: 100, priceHigh: 500, metricsAsOf: new Date() } });
    const complete = (await (await listCreators(req(`/api/creators?q=${WORD}&sort=followers`), noParams)).json()) as { items: Record<string, unknown>[] };
    expect(complete.items.map((i) => [i.scoreConfidence, i.missing])).toEqual([[100, []], [100, []], [100, []]]);
    const list = (await (await listCreators(req(`/api/creators?q=quaxbrindle`), noParams)).json()) as { items: Record<string, unknown>[] };
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ id, authenticityScore: null, scoreConfidence: 0, missing: ["engagement", "authenticity", "cost"] });
    // Priors: engagement 50, authenticity 50, cost at the engagement typical of its size: 25,000 followers sit on
    // the log-log line from the micro band's middle (0.975%) at √(10K × 50K) to the mid band's (0.945%) at √(50K × 500K).
    const rate = 0.00975 * Math.pow(25_000 / Math.sqrt(5e8), Math.log(0.945 / 0.975) / Math.log(Math.sqrt(2.5e10) / Math.sqrt(5e8)));
    const prior = (100 * (Math.log(5) - Math.log(300 / (rate * 25_000)))) / Math.log(100);
    expect(list.items[0]!.score).toBe(Math.round((0.5 * 50 + (0.2 / 0.7) * 50 + (0.15 / 0.7) * prior) * 10) / 10);
    const body = await (await getCreator(req(`/api/creators/${id}?brief=${P}_brief_a`), { params: Promise.resolve({ id }) })).json();
    // With a brief, fit is data: 30% of the weight.
    expect(body.score).toMatchObject({ confidence: 30, missing: ["engagement", "authenticity", "cost"] });
    expect(body.score.score).toBeLessThan(100);
    expect(body.score.breakdown.find((b: { key: string }) => b.key === "engagement")).toMatchObject({ value: null, prior: 50 });
    await prisma.creator.delete({ where: { id } });
  });

  it("is 404 for an unknown creator and for another organisation's brief", async () => {
    expect((await getCreator(req(`/api/creators/nope`), { params: Promise.resolve({ id: "nope" }) })).status).toBe(404);
    const res = await getCreator(req(`/api/creators/${P}_c1?brief=${P}_brief_b`), { params: Promise.resolve({ id: `${P}_c1` }) });
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain("secret gaming");
  });
});

describe("POST /api/shortlists/:id/items", () => {
  const post = (list: string, body: unknown) =>
    addItem(req(`/api/shortlists/${list}/items`, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } }), {
      params: Promise.resolve({ id: list }),
    });

  it("adds once (201, then 200 already) to the caller's list", async () => {
    expect((await post(`${P}_sl_a`, { creatorId: `${P}_c3` })).status).toBe(201);
    const again = await post(`${P}_sl_a`, { creatorId: `${P}_c3` });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ status: "already" });
    expect(await prisma.shortlistItem.count({ where: { shortlistId: `${P}_sl_a`, creatorId: `${P}_c3` } })).toBe(1);
  });

  it("two adds of the same creator at once (a double click) give one item, 201 and 200, never a 500", async () => {
    const responses = await Promise.all(Array.from({ length: 4 }, () => post(`${P}_sl_a`, { creatorId: `${P}_c2` })));
    expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 201]);
    expect(await prisma.shortlistItem.count({ where: { shortlistId: `${P}_sl_a`, creatorId: `${P}_c2` } })).toBe(1);
  });

  it("refuses another organisation's shortlist with 404 and writes nothing", async () => {
    const res = await post(`${P}_sl_b`, { creatorId: `${P}_c3` });
    expect(res.status).toBe(404);
    expect(await prisma.shortlistItem.count({ where: { shortlistId: `${P}_sl_b`, creatorId: `${P}_c3` } })).toBe(0);
  });

  it("is 400 for a malformed body", async () => {
    expect((await post(`${P}_sl_a`, { creator: 1 })).status).toBe(400);
  });
});
