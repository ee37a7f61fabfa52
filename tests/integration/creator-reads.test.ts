// The profile and compare read a creator, its history, its lists and its lookalikes in one statement
// each (lib/queries/creator-sql.ts). Here they are held to what Prisma's client reads of the same
// rows, field by field: prices with cents, timestamps to the millisecond, NULLs, niches in their own
// order, the 500 newest of 505 snapshots, another organisation's lists left out, lookalikes as
// findSimilarCreators chooses them from the creator's own row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { getComparisonForOrg } from "@/lib/queries/compare";
import { getCreatorProfile } from "@/lib/queries/creators";
import { findSimilarCreators } from "@/lib/queries/similar";
import { compareQuerySchema } from "@/lib/validation/compare";
import { searchQuerySchema } from "@/lib/validation/search";

const P = "it_reads_";
const ORG_A = `${P}org_a`;
const ORG_B = `${P}org_b`;
const DAY = 86_400_000;
const T0 = Date.parse("2026-06-01T10:20:30.456Z");
// Twelve creators of one platform, niche and tier band, so that each has lookalikes among the others;
// their fields vary (NULLs, cents, flags, niches in an order that is not the catalog's).
const ids = Array.from({ length: 12 }, (_, i) => `${P}c${String(i).padStart(2, "0")}`);

const select = {
  id: true, platform: true, handle: true, displayName: true, bio: true, profileUrl: true, country: true, language: true,
  niches: true, categoryLabel: true, followers: true, following: true, posts: true, avgLikes: true, avgComments: true, avgViews: true, avgShares: true,
  engagementRate: true, engagementMethod: true, engagementRateByViews: true, expectedEngagements: true, engagementScore: true,
  engagementRankable: true, tier: true, authenticityScore: true, authenticityFlags: true, authenticityConfidence: true,
  priceLow: true, priceHigh: true, priceCurrency: true, priceSource: true, costPerEngagement: true, costScore: true, costPrior: true,
  followerGrowth30d: true, followerGrowth90d: true, engagementTrend90d: true, contactEmail: true, dataSource: true, metricsAsOf: true, updatedAt: true,
} as const;

/** What Prisma's client reads of a creator, prices as numbers (as the app shows them). */
async function viaPrisma(id: string) {
  const c = await prisma.creator.findUniqueOrThrow({ where: { id }, select });
  return { ...c, priceLow: c.priceLow === null ? null : Number(c.priceLow), priceHigh: c.priceHigh === null ? null : Number(c.priceHigh) };
}

beforeAll(async () => {
  await cleanup();
  for (const id of [ORG_A, ORG_B]) await prisma.organization.create({ data: { id, name: id, slug: id } });
  await prisma.creator.createMany({
    data: ids.map((id, i) => ({
      id, platform: "youtube" as const, handle: `${P}h${i}`, displayName: i % 3 === 0 ? null : `Reads ${i} “quoted”`, bio: i % 4 === 0 ? null : `bio ${i}\nwith a line`,
      profileUrl: i % 2 ? `https://example.test/${i}` : null, country: i % 5 === 0 ? null : ["US", "DE", "BR"][i % 3]!, language: i % 2 ? "en" : null,
      niches: i % 2 ? ["travel", "food"] : ["food", "travel", "lifestyle"], categoryLabel: i % 2 ? "Travel & food" : null,
      followers: 20_000 + i * 1_337, following: i % 3 ? 100 + i : null, posts: i % 4 ? 50 + i : null, avgLikes: i % 2 ? 800 + i : null,
      avgComments: i % 3 ? 40 + i : null, avgViews: i % 2 ? null : 12_000 + i, avgShares: i === 7 ? 3 : null,
      engagementRate: i === 4 ? null : 0.01 + i * 0.00137, engagementMethod: i === 4 ? null : ("followers" as const), engagementRateByViews: i % 2 ? null : 0.05 + i / 1000,
      expectedEngagements: i === 4 ? null : 200 + i, engagementScore: i % 3 ? 40 + i / 3 : null, engagementRankable: i !== 9,
      tier: "micro" as const, authenticityScore: i % 4 ? 60 + i : null,
      authenticityFlags: i % 3 === 1 ? [{ code: "spike", message: "A jump of 40% in a week", penalty: 12 }] : i % 3 === 2 ? [] : undefined,
      authenticityConfidence: i % 2 ? "high" : null, priceLow: i % 5 === 3 ? null : 1234.56 + i, priceHigh: i % 5 === 3 ? null : 2000.05 + i,
      priceCurrency: i === 2 ? "EUR" : "USD", priceSource: i % 2 ? ("imported" as const) : ("estimate" as const), costPerEngagement: i % 5 === 3 ? null : 1.5 + i / 7,
      costScore: i % 5 === 3 ? null : 30 + i, followerGrowth30d: i % 2 ? 0.031 + i / 1000 : null, followerGrowth90d: i % 3 ? -0.02 : null,
      engagementTrend90d: i % 4 ? 0.1 : null, contactEmail: i % 2 ? `c${i}@example.test` : null, dataSource: i % 2 ? "export.csv" : null,
      metricsAsOf: new Date(T0 + i * 1_001),
    })),
  });
  // A list column left NULL (a row written by SQL, not Prisma): read as no niches, as Prisma reads it.
  await prisma.$executeRaw`UPDATE "Creator" SET "niches" = NULL WHERE "id" = ${ids[5]!}`;
  // 505 snapshots of the first creator (the profile keeps the newest 500, compare 200), two of another.
  await prisma.creatorSnapshot.createMany({
    data: [
      ...Array.from({ length: 505 }, (_, k) => ({ creatorId: ids[0]!, capturedAt: new Date(T0 - k * DAY - k), followers: 15_000 + k, engagementRate: k % 7 ? 0.02 + k / 1e5 : null, tier: "micro" as const })),
      { creatorId: ids[1]!, capturedAt: new Date(T0 - 3 * DAY + 7), followers: 9_000, engagementRate: 0.025, tier: "nano" as const },
      { creatorId: ids[1]!, capturedAt: new Date(T0 - DAY), followers: 10_500, tier: "micro" as const },
    ],
  });
  // The first creator is on two of A's lists and one of B's: B's is never shown to A.
  const list = (id: string, organizationId: string, creators: string[], at: number) =>
    prisma.shortlist.create({ data: { id, organizationId, name: `List ${id}`, items: { create: creators.map((creatorId, k) => ({ creatorId, addedAt: new Date(at + k), note: k ? null : "first pick", status: k ? "candidate" : "approved" })) } } });
  await list(`${P}list_a1`, ORG_A, [ids[0]!, ids[1]!], T0);
  await list(`${P}list_a2`, ORG_A, [ids[0]!], T0 + 5 * DAY);
  await list(`${P}list_b`, ORG_B, [ids[0]!], T0 + 9 * DAY);
});

afterAll(cleanup);

async function cleanup() {
  await prisma.organization.deleteMany({ where: { id: { startsWith: P } } });
  await prisma.creator.deleteMany({ where: { id: { startsWith: P } } });
}

describe("the profile's one statement", () => {
  it("reads every field, the history, the caller's lists and the lookalikes as Prisma's client does", async () => {
    for (const id of ids) {
      const profile = (await getCreatorProfile(id, searchQuerySchema.parse({}), ORG_A))!;
      const row = await viaPrisma(id);
      const { authenticityFlags, engagementBand, engagementPercentile, ...creator } = profile.creator;
      const { authenticityFlags: storedFlags, ...rest } = row;
      expect(creator).toEqual(rest);
      expect(Object.keys(creator)).toEqual(Object.keys(rest));
      expect(authenticityFlags).toEqual(Array.isArray(storedFlags) ? storedFlags : []);
      expect(engagementBand === null).toBe(row.engagementRate === null);
      expect(engagementPercentile === null).toBe(!row.engagementRankable || row.engagementRate === null);

      const snapshots = await prisma.creatorSnapshot.findMany({
        where: { creatorId: id }, select: { capturedAt: true, followers: true, engagementRate: true, tier: true }, orderBy: { capturedAt: "desc" }, take: 500,
      });
      expect(profile.snapshots).toEqual(snapshots);

      const holders = await prisma.shortlistItem.findMany({
        where: { creatorId: id, shortlist: { organizationId: ORG_A } },
        select: { status: true, note: true, addedAt: true, shortlist: { select: { id: true, name: true } } }, orderBy: { addedAt: "desc" },
      });
      expect(profile.shortlists).toEqual(holders.map((h) => ({ id: h.shortlist.id, name: h.shortlist.name, status: h.status, note: h.note, addedAt: h.addedAt })));

      // The lookalikes chosen from the creator's row, as before the one statement (the catalog is shared
      // with other files' creators: the comparison is with the same choice, not a fixed list).
      expect(profile.similar).toEqual(await findSimilarCreators(row, 6));
    }
    const first = (await getCreatorProfile(ids[0]!, searchQuerySchema.parse({}), ORG_A))!;
    expect(first.snapshots).toHaveLength(500);
    expect(first.shortlists.map((s) => s.id)).toEqual([`${P}list_a2`, `${P}list_a1`]);
    expect(first.similar.length).toBe(6);
    expect((await getCreatorProfile(ids[0]!, searchQuerySchema.parse({}), ORG_B))!.shortlists.map((s) => s.id)).toEqual([`${P}list_b`]);
    expect(await getCreatorProfile(`${P}nobody`, searchQuerySchema.parse({}), ORG_A)).toBeNull();
  });
});

/** What compare's rows and cells read of a creator (besides its flags and snapshots). */
const COMPARE_FIELDS = [
  "id", "handle", "displayName", "platform", "tier", "followers", "engagementRate", "engagementMethod", "engagementRankable", "expectedEngagements",
  "engagementScore", "authenticityScore", "authenticityConfidence", "priceLow", "priceHigh", "priceCurrency", "priceSource", "costPerEngagement",
  "costScore", "costPrior", "followerGrowth30d", "followerGrowth90d", "engagementTrend90d", "niches", "bio", "country", "language", "metricsAsOf",
];

describe("compare's one statement", () => {
  it("reads the creators in the order asked, each with its newest 200 snapshots oldest first, as Prisma's client does", async () => {
    const asked = [ids[1]!, ids[0]!, ids[4]!, ids[5]!];
    const answer = await getComparisonForOrg(ORG_A, compareQuerySchema.parse({ ids: asked.join(",") }));
    if (answer.kind !== "compare") throw new Error("expected a comparison");
    expect(answer.creators.map((c) => c.id)).toEqual(asked);
    for (const c of answer.creators) {
      const { authenticityFlags: storedFlags, ...row } = await viaPrisma(c.id);
      const { authenticityFlags, snapshots, ...rest } = c;
      // Every field compare reads, each as Prisma reads it.
      expect(Object.keys(rest)).toEqual(expect.arrayContaining(COMPARE_FIELDS));
      expect(rest).toEqual(Object.fromEntries(Object.keys(rest).map((k) => [k, row[k as keyof typeof row]])));
      expect(authenticityFlags).toEqual(Array.isArray(storedFlags) ? storedFlags : []);
      const history = await prisma.creatorSnapshot.findMany({ where: { creatorId: c.id }, select: { capturedAt: true, followers: true }, orderBy: { capturedAt: "desc" }, take: 200 });
      expect(snapshots).toEqual(history.reverse());
    }
    expect(answer.creators[1]!.snapshots).toHaveLength(200);
  });
});
