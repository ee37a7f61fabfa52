import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma, queryRows } from "@/lib/db/client";
import { InvalidInputError, NotFoundError } from "@/lib/domain/errors";
import { planCampaign, readListPool } from "@/lib/queries/plan";
import { createShareLink } from "@/lib/queries/shortlist/share";
import { planQuerySchema } from "@/lib/validation/plan";
import { createShareLinkSchema } from "@/lib/validation/shortlist";
import { POST as decide } from "@/app/api/share/[token]/decisions/route";
import { call } from "./shortlist-fixture";

const ORG_A = "org_it_plan_a";
const ORG_B = "org_it_plan_b";
const P = "it_plan_";
// Countries no other test uses, so the search pools hold only this file's creators.
const COUNTRY = "QZ";
const BIG_COUNTRY = "QY";

type Seed = { id: string; tier: "micro" | "macro" | "mega" | "nano"; followers: number; eng: number | null; low: number | null; high: number | null; currency?: string; niches?: string[]; bio?: string };
const SEEDS: Seed[] = [
  { id: `${P}micro1`, tier: "micro", followers: 20_000, eng: 600, low: 100, high: 500, niches: ["beauty"], bio: "skincare routine" },
  { id: `${P}micro2`, tier: "micro", followers: 30_000, eng: 900, low: 200, high: 600, niches: ["beauty"] },
  { id: `${P}micro3`, tier: "micro", followers: 45_000, eng: 300, low: 150, high: 450, niches: ["gaming"] },
  { id: `${P}macro1`, tier: "macro", followers: 700_000, eng: 9_000, low: 5_000, high: 10_000, niches: ["beauty"] },
  { id: `${P}mega1`, tier: "mega", followers: 2_000_000, eng: 20_000, low: 10_000, high: 25_000, niches: ["beauty"] },
  { id: `${P}noprice`, tier: "micro", followers: 25_000, eng: 500, low: null, high: null, niches: ["beauty"] },
  { id: `${P}euro`, tier: "micro", followers: 25_000, eng: 500, low: 100, high: 200, currency: "EUR", niches: ["beauty"] },
];

const parse = (raw: Record<string, unknown>) => planQuerySchema.parse(raw);

describe("the planner's pools on PostgreSQL", () => {
  let listA = "";
  let emptyList = "";
  let listB = "";
  beforeAll(async () => {
    for (const id of [ORG_A, ORG_B]) {
      await prisma.organization.create({ data: { id, name: id, slug: id, users: { create: { id: `${id}_u`, email: `${id}@example.test`, passwordHash: "x" } } } });
    }
    await prisma.creator.createMany({
      data: SEEDS.map((s, i) => ({
        id: s.id, platform: "instagram" as const, handle: s.id, followers: s.followers, tier: s.tier, metricsAsOf: new Date(), country: COUNTRY,
        expectedEngagements: s.eng, priceLow: s.low, priceHigh: s.high, priceCurrency: s.currency ?? "USD", niches: s.niches ?? [], bio: s.bio ?? null,
        engagementScore: 50 + i, authenticityScore: 80, costScore: 50,
      })),
    });
    // 5,001 cheap micro creators, so the search pool is capped at the 5,000 best by base score.
    await prisma.creator.createMany({
      data: Array.from({ length: 5_001 }, (_, i) => ({
        id: `${P}big${i}`, platform: "tiktok" as const, handle: `${P}big${i}`, followers: 15_000, tier: "micro" as const, metricsAsOf: new Date(), country: BIG_COUNTRY,
        expectedEngagements: 100 + (i % 50), priceLow: 20, priceHigh: 40, engagementScore: i === 0 ? 0 : 60, authenticityScore: 60, costScore: 60,
      })),
    });
    await prisma.brandBrief.create({ data: { id: `${P}brief`, organizationId: ORG_A, name: "Beauty", niches: [{ id: "beauty", weight: 1 }], keywords: ["skincare"], countries: [], languages: [], platforms: [] } });
    await prisma.brandBrief.create({ data: { id: `${P}brief_b`, organizationId: ORG_B, name: "B's brief", niches: [], keywords: [], countries: [], languages: [], platforms: [] } });
    listA = (await prisma.shortlist.create({ data: { organizationId: ORG_A, name: "Plan pool" }, select: { id: true } })).id;
    emptyList = (await prisma.shortlist.create({ data: { organizationId: ORG_A, name: "Empty" }, select: { id: true } })).id;
    listB = (await prisma.shortlist.create({ data: { organizationId: ORG_B, name: "B's list" }, select: { id: true } })).id;
    await prisma.shortlistItem.createMany({
      data: [
        { shortlistId: listA, creatorId: `${P}micro1`, agreedPrice: 250 },
        { shortlistId: listA, creatorId: `${P}micro2` },
        { shortlistId: listA, creatorId: `${P}macro1` },
        { shortlistId: listA, creatorId: `${P}noprice` },
      ],
    });
    const noPrices = (await prisma.shortlist.create({ data: { organizationId: ORG_A, name: "No prices" }, select: { id: true } })).id;
    await prisma.shortlistItem.create({ data: { shortlistId: noPrices, creatorId: `${P}noprice` } });
  });
  afterAll(async () => {
    await prisma.organization.deleteMany({ where: { id: { in: [ORG_A, ORG_B] } } });
    await prisma.creator.deleteMany({ where: { id: { startsWith: P } } });
  });

  it("a shortlist pool holds the list's creators, and an agreed price replaces the estimate", async () => {
    const pool = await readListPool(queryRows, ORG_A, listA, null);
    expect(pool.creators.map((c) => c.id).sort()).toEqual([`${P}macro1`, `${P}micro1`, `${P}micro2`, `${P}noprice`]);
    expect(pool.creators.find((c) => c.id === `${P}micro1`)!.agreedPrice).toBe(250);
    expect(pool.creators.find((c) => c.id === `${P}micro2`)!.agreedPrice).toBeNull();

    const plan = await planCampaign(parse({ budget: "1000", list: listA, goal: "engagements" }), ORG_A);
    const micro = plan.options.find((o) => o.kind === "micro")!;
    expect(micro.creators.map((c) => c.id).sort()).toEqual([`${P}micro1`, `${P}micro2`]);
    expect(micro.summary.costMid).toBe(250 + 400);
    expect(micro.summary.agreedPrices).toBe(1);
    expect(plan.notes).toEqual(["1 creator in the pool has no price and were left out."]);
    expect(plan.options.find((o) => o.kind === "macro")!.emptyReason).toMatch(/cheapest costs \$7,500/);
    expect(plan.pool.source).toEqual({ kind: "list", id: listA, name: "Plan pool" });
  });

  it("a search-filter pool is what /search's filters match, with fit from the brief and limits applied", async () => {
    const plan = await planCampaign(parse({ budget: "40000", country: COUNTRY, niche: "beauty", brief: `${P}brief`, goal: "reach" }), ORG_A);
    expect(plan.pool).toMatchObject({ size: 6, capped: false, source: { kind: "search" } });
    expect(plan.excluded).toMatchObject({ noPrice: 1, otherCurrency: 1 });
    expect(plan.brief).toEqual({ id: `${P}brief`, name: "Beauty" });
    const all = plan.options.flatMap((o) => o.creators);
    expect(all.every((c) => c.fit !== null && c.fit > 0)).toBe(true);
    expect(all.map((c) => c.id)).not.toContain(`${P}micro3`);
    expect(plan.options.find((o) => o.kind === "macro")!.creators.map((c) => c.id).sort()).toEqual([`${P}macro1`, `${P}mega1`].sort());

    const limited = await planCampaign(parse({ budget: "40000", country: COUNTRY, platforms: "youtube" }), ORG_A).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(InvalidInputError);
    expect((limited as Error).message).toBe("No creator matches these filters: widen them.");
  });

  it("caps a large pool at the 5,000 best by base score and says so", async () => {
    const plan = await planCampaign(parse({ budget: "2000", country: BIG_COUNTRY, maxCreators: "20" }), ORG_A);
    expect(plan.pool).toMatchObject({ size: 5_000, capped: true, cap: 5_000 });
    expect(plan.options.flatMap((o) => o.creators).map((c) => c.id)).not.toContain(`${P}big0`);
    expect(plan.options.find((o) => o.kind === "micro")!.creators).toHaveLength(20);
  });

  it("a creator the client rejects through the share link leaves the list's pool, and the plan says how many and why", async () => {
    const agency = { id: `${ORG_A}_u`, email: `${ORG_A}@example.test`, name: "A", role: "AGENCY" as const, organizationId: ORG_A, organizationName: ORG_A };
    const { token } = await createShareLink(agency, listA, createShareLinkSchema.parse({ label: "client" }));
    const item = await prisma.shortlistItem.findFirstOrThrow({ where: { shortlistId: listA, creatorId: `${P}micro2` }, select: { id: true } });
    const answer = async (decision: "approved" | "rejected") => {
      const res = await call(decide, "POST", `/api/share/${token}/decisions`, { token }, { itemId: item.id, decision });
      expect(res.status).toBe(200);
    };
    const plan = () => planCampaign(parse({ budget: "1000", list: listA, goal: "engagements" }), ORG_A);
    const before = await plan();
    expect(before.plannable).toBe(3);

    await answer("rejected");
    const after = await plan();
    // micro2 (the best engagements per dollar) is gone: micro1 alone, at its agreed $250.
    expect(after.plannable).toBe(2);
    expect(after.excluded.clientRejected).toBe(1);
    expect(after.options.flatMap((o) => o.creators.map((c) => c.id))).not.toContain(`${P}micro2`);
    expect(after.options.find((o) => o.kind === "micro")!.creators.map((c) => c.id)).toEqual([`${P}micro1`]);
    expect(after.notes).toEqual([
      "1 creator in the pool was rejected by the client through a share link and was left out.",
      "1 creator in the pool has no price and were left out.",
    ]);
    // The pool ran out before the $1,000 did: the option says so.
    expect(after.options.find((o) => o.kind === "micro")!.unspent).toMatchObject({ amount: 750, reason: "pool_exhausted" });

    // The client changes their mind: their latest answer counts.
    await answer("approved");
    expect((await plan()).plannable).toBe(3);

    // The team's own rejection on the list also leaves the creator out, counted apart.
    await prisma.shortlistItem.update({ where: { id: item.id }, data: { status: "rejected" } });
    const team = await plan();
    expect(team.excluded).toMatchObject({ clientRejected: 0, teamRejected: 1 });
    expect(team.notes[0]).toBe("1 creator in the pool was marked rejected on the list and was left out.");
    await prisma.shortlistItem.update({ where: { id: item.id }, data: { status: "candidate" } });
    await prisma.shareLink.deleteMany({ where: { shortlistId: listA } });
  });

  it("another organisation's list or brief is not found; an empty list or a pool without prices is bad input", async () => {
    await expect(planCampaign(parse({ budget: "1000", list: listB }), ORG_A)).rejects.toBeInstanceOf(NotFoundError);
    await expect(readListPool(queryRows, ORG_A, listB, null)).rejects.toBeInstanceOf(NotFoundError);
    await expect(planCampaign(parse({ budget: "1000", country: COUNTRY, brief: `${P}brief_b` }), ORG_A)).rejects.toBeInstanceOf(NotFoundError);
    await expect(planCampaign(parse({ budget: "1000", list: emptyList }), ORG_A)).rejects.toThrow(/has no creators yet/);
    const noPrices = await prisma.shortlist.findFirstOrThrow({ where: { organizationId: ORG_A, name: "No prices" }, select: { id: true } });
    await expect(planCampaign(parse({ budget: "1000", list: noPrices.id }), ORG_A)).rejects.toThrow(/None of the 1 creators in the pool can be planned\. 1 creator in the pool has no price/);
    await expect(planCampaign(parse({ budget: "5", list: listA }), ORG_A)).rejects.toThrow(/No option can be built for this budget/);
  });
});
