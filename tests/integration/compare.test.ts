import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { InvalidInputError, NotFoundError } from "@/lib/domain/errors";
import { getComparisonForOrg } from "@/lib/queries/compare";
import { compareQuerySchema } from "@/lib/validation/compare";

const ORG_A = "org_it_cmp_a";
const ORG_B = "org_it_cmp_b";
const C = Array.from({ length: 8 }, (_, i) => `it_cmp_c${i}`);
const BRIEF_A = "it_cmp_brief_a";
const BRIEF_B = "it_cmp_brief_b";
const LIST_A = "it_cmp_list_a";
const BIG_A = "it_cmp_big_a";
const TINY_A = "it_cmp_tiny_a";
const LIST_B = "it_cmp_list_b";

const q = (raw: Record<string, string | string[]>) => compareQuerySchema.parse(raw);

describe("getComparisonForOrg", () => {
  beforeAll(async () => {
    for (const id of [ORG_A, ORG_B]) await prisma.organization.create({ data: { id, name: id, slug: id } });
    await prisma.creator.createMany({
      data: C.map((id, i) => ({
        id, platform: "instagram" as const, handle: id, followers: 20_000 + i * 1_000, tier: "micro" as const, metricsAsOf: new Date("2026-11-01T00:00:00Z"),
        niches: i % 2 === 0 ? ["beauty"] : ["gaming"], engagementRate: 0.01, engagementMethod: "followers" as const, expectedEngagements: 200 + i,
        authenticityScore: 90, priceLow: 100, priceHigh: 500, costPerEngagement: 1.5, engagementScore: 60, costScore: 40,
      })),
    });
    await prisma.creatorSnapshot.createMany({
      data: [
        { creatorId: C[0]!, capturedAt: new Date("2026-09-01T00:00:00Z"), followers: 15_000, tier: "micro" as const },
        { creatorId: C[0]!, capturedAt: new Date("2026-10-01T00:00:00Z"), followers: 18_000, tier: "micro" as const },
      ],
    });
    await prisma.brandBrief.createMany({
      data: [
        { id: BRIEF_A, organizationId: ORG_A, name: "Beauty brief", niches: [{ id: "beauty", weight: 1 }], keywords: [], countries: [], languages: [], platforms: [] },
        { id: BRIEF_B, organizationId: ORG_B, name: "Northwind brief", niches: [{ id: "gaming", weight: 1 }], keywords: [], countries: [], languages: [], platforms: [] },
      ],
    });
    const list = async (id: string, organizationId: string, creators: string[], briefId?: string) =>
      prisma.shortlist.create({ data: { id, organizationId, name: id, briefId, items: { create: creators.map((creatorId, k) => ({ creatorId, addedAt: new Date(Date.UTC(2026, 0, 1 + k)) })) } } });
    await list(LIST_A, ORG_A, [C[2]!, C[1]!, C[0]!], BRIEF_A);
    await list(BIG_A, ORG_A, C.slice(0, 7));
    await list(TINY_A, ORG_A, [C[0]!]);
    await list(LIST_B, ORG_B, [C[3]!, C[4]!]);
  });
  afterAll(async () => {
    await prisma.organization.deleteMany({ where: { id: { in: [ORG_A, ORG_B] } } });
    await prisma.creator.deleteMany({ where: { id: { in: C } } });
  });

  it("compares the creators asked for, in that order, duplicates folded, with history oldest first", async () => {
    const a = await getComparisonForOrg(ORG_A, q({ ids: `${C[3]},${C[0]},${C[3]}` }));
    if (a.kind !== "compare") throw new Error("expected a comparison");
    expect(a.comparison.columns.map((c) => c.id)).toEqual([C[3], C[0]]);
    expect(a.creators[1]!.snapshots.map((s) => s.followers)).toEqual([15_000, 18_000]);
    expect(a.creators[1]!.priceLow).toBe(100);
    const followers = a.comparison.rows.find((r) => r.key === "followers")!;
    expect(followers.cells.map((c) => c.value)).toEqual([23_000, 20_000]);
    expect(followers.best).toEqual([0]);
    expect(a.comparison.brief).toBeNull();
  });

  it("scores fit against the organisation's brief", async () => {
    const a = await getComparisonForOrg(ORG_A, q({ ids: [C[0]!, C[1]!], brief: BRIEF_A }));
    if (a.kind !== "compare") throw new Error("expected a comparison");
    expect(a.comparison.brief).toEqual({ id: BRIEF_A, name: "Beauty brief" });
    expect(a.briefSource).toBe("query");
    // c0 is beauty (full niche points), c1 gaming (none of the 60 niche points).
    expect(a.comparison.rows.find((r) => r.key === "fit")!.cells.map((c) => c.value)).toEqual([100, 40]);
  });

  it("opens a list with its creators in list order and the list's brief", async () => {
    const a = await getComparisonForOrg(ORG_A, q({ list: LIST_A }));
    if (a.kind !== "compare") throw new Error("expected a comparison");
    expect(a.comparison.columns.map((c) => c.id)).toEqual([C[2], C[1], C[0]]);
    expect(a.list).toEqual({ id: LIST_A, name: LIST_A, size: 3 });
    expect(a.briefSource).toBe("list");
    expect(a.comparison.brief?.id).toBe(BRIEF_A);
  });

  it("offers a pick for a list of more than 6, and compares the picked ones", async () => {
    const pick = await getComparisonForOrg(ORG_A, q({ list: BIG_A }));
    expect(pick.kind).toBe("pick");
    if (pick.kind === "pick") expect(pick.list.creators.map((c) => c.id)).toEqual(C.slice(0, 7));
    const picked = await getComparisonForOrg(ORG_A, q({ list: BIG_A, ids: [C[6]!, C[5]!] }));
    expect(picked.kind === "compare" && picked.comparison.columns.map((c) => c.id)).toEqual([C[6], C[5]]);
    await expect(getComparisonForOrg(ORG_A, q({ list: BIG_A, ids: [C[0]!, C[7]!] }))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses a list with fewer than 2 creators", async () => {
    await expect(getComparisonForOrg(ORG_A, q({ list: TINY_A }))).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("another organisation's list or brief is not found, and says nothing about it", async () => {
    const err = await getComparisonForOrg(ORG_A, q({ list: LIST_B })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFoundError);
    const unknown = await getComparisonForOrg(ORG_A, q({ list: "no_such_list" })).catch((e: unknown) => e);
    expect((err as Error).message).toBe((unknown as Error).message);
    expect((err as Error).message).not.toContain(LIST_B);
    await expect(getComparisonForOrg(ORG_A, q({ ids: [C[0]!, C[1]!], brief: BRIEF_B }))).rejects.toBeInstanceOf(NotFoundError);
    // Northwind's own list opens for Northwind.
    expect((await getComparisonForOrg(ORG_B, q({ list: LIST_B }))).kind).toBe("compare");
  });

  it("names unknown creator ids", async () => {
    const err = (await getComparisonForOrg(ORG_A, q({ ids: [C[0]!, "no_such_creator"] })).catch((e: unknown) => e)) as NotFoundError;
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err.fields?.ids?.[0]).toContain("no_such_creator");
  });
});
