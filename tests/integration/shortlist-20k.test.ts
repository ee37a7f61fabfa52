// A shortlist of 20,000 creators on real PostgreSQL: the page's totals (SQL aggregates) equal the sum
// of each row's values as lib/domain computes them, and the page's order (SQL) equals sortListRows
// over every row as lib/domain reads them, for every sort key and direction, with and without a
// brief; pages are the right slices of that order. The data mixes what the totals and the order must
// get right: missing and negative values, ties, one-ended and reversed price ranges, agreed prices,
// other currencies, one handle on several platforms, non-ASCII handles.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { effectivePrice, LIST_SORT_KEYS, SHORTLIST_STATUSES, sortListRows, TOTALS_CURRENCY } from "@/lib/domain/shortlist";
import { NICHE_IDS } from "@/lib/domain/niches";
import { TIERS } from "@/lib/domain/types";

const { prisma } = await import("@/lib/db/client");
const q = await import("@/lib/queries/shortlist");

const P = "sl20k";
const ORG = `${P}_org`;
const LIST = `${P}_list`;
const BRIEF = `${P}_brief`;
const N = 20_000;
const PAGE = 100;

async function cleanup() {
  await prisma.organization.deleteMany({ where: { id: ORG } });
  await prisma.$executeRawUnsafe(`DELETE FROM "Creator" WHERE "id" LIKE '${P}\\_%'`);
}

beforeAll(async () => {
  await cleanup();
  await prisma.organization.create({ data: { id: ORG, name: ORG, slug: ORG } });
  await prisma.brandBrief.create({
    data: {
      id: BRIEF, organizationId: ORG, name: "Skincare", niches: [{ id: "beauty", weight: 2 }, { id: "fashion", weight: 1 }],
      keywords: ["skincare", "skin care", "vegan"], countries: ["US", "GB"], languages: ["en"], platforms: ["instagram", "tiktok"],
    },
  });
  await prisma.shortlist.create({ data: { id: LIST, organizationId: ORG, name: "Twenty thousand", briefId: BRIEF } });
  // One statement each for the creators and the items (the triggers fill fitTerms, costPrior, baseScore).
  // Six consecutive g share a handle, one per platform; handle prefixes cover "_", ".", digits, accents,
  // a letter above U+E000 and one outside the BMP (code point order differs from UTF-16 there).
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Creator" ("id", "platform", "handle", "followers", "tier", "engagementRate", "expectedEngagements", "engagementScore",
      "authenticityScore", "priceLow", "priceHigh", "priceCurrency", "costScore", "niches", "bio", "country", "language", "metricsAsOf", "updatedAt")
    SELECT '${P}_c' || g,
      (ARRAY['instagram','tiktok','youtube','x','twitch','other'])[1 + g % 6]::"Platform",
      (ARRAY['anna','bo_','c.d','zoe','émile','ﬀ','a1','a_b','😀x','Zed'])[1 + (g / 6) % 10] || ((g / 6) / 10)::text,
      CASE WHEN g % 997 = 0 THEN -5 ELSE ((g * 37) % 500) * 1000 END,
      (ARRAY['nano','micro','mid','macro','mega'])[1 + (g * 3) % 5]::"Tier",
      CASE WHEN g % 11 = 0 THEN NULL ELSE ((g * 13) % 100) / 1000.0 END,
      CASE WHEN g % 13 = 0 THEN NULL WHEN g % 501 = 0 THEN -3 ELSE (g * 17) % 50000 END,
      CASE WHEN g % 7 = 0 THEN NULL ELSE ((g * 3) % 120)::float8 END,
      CASE WHEN g % 9 = 0 THEN NULL ELSE (g * 5) % 101 END,
      CASE g % 10 WHEN 0 THEN NULL WHEN 2 THEN NULL WHEN 3 THEN ((g * 31) % 100000) / 100.0 + 50 WHEN 4 THEN -10 WHEN 5 THEN -1
        ELSE ((g * 31) % 100000) / 100.0 END,
      CASE g % 10 WHEN 0 THEN NULL WHEN 1 THEN NULL WHEN 5 THEN -2 ELSE ((g * 31) % 100000) / 100.0 + ((g * 7) % 5000) / 100.0 END,
      CASE WHEN g % 17 = 0 THEN 'eur' WHEN g % 19 = 0 THEN 'GBP' WHEN g % 23 = 0 THEN 'usd' ELSE 'USD' END,
      CASE WHEN g % 8 = 0 THEN NULL ELSE ((g * 11) % 101)::float8 END,
      ARRAY[(ARRAY[${NICHE_IDS.map((n) => `'${n}'`).join(",")}])[1 + g % ${NICHE_IDS.length}], (ARRAY['beauty','fitness','fashion'])[1 + g % 3]],
      (ARRAY['Skincare routines and glow tips', 'daily skin care, vegan beauty', 'Vegan food', NULL, 'Skin-care for busy people'])[1 + g % 5],
      (ARRAY['US','GB','DE','FR',NULL])[1 + (g * 7) % 5],
      (ARRAY['en','de','fr',NULL])[1 + g % 4],
      now(), now()
    FROM generate_series(1, ${N}) g`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "ShortlistItem" ("id", "shortlistId", "creatorId", "status", "agreedPrice", "addedAt", "updatedAt")
    SELECT '${P}_i' || g, '${LIST}', '${P}_c' || g,
      (ARRAY['candidate','contacted','negotiating','approved','booked','rejected'])[1 + (g * 5) % 6]::"ShortlistStatus",
      CASE WHEN g % 10 = 7 THEN ((g * 13) % 300000) / 100.0 WHEN g % 41 = 0 THEN -1 WHEN g % 43 = 0 THEN 0 END,
      timestamp '2026-01-01' + ((g * 7) % 5000) * interval '1 second', now()
    FROM generate_series(1, ${N}) g`);
}, 300_000);
afterAll(cleanup);

/** Every row as lib/domain reads it (the API's read: toItemRow on each item). */
const allRows = () => q.listItemRows(ORG, LIST);

describe("a 20,000-creator list", () => {
  it("has totals equal to the sums of every row's own values", async () => {
    const rows = await allRows();
    expect(rows).toHaveLength(N);
    // Independently: integer counts, and money in whole cents (exact), from each row's effective price.
    const byTier = Object.fromEntries(TIERS.map((t) => [t, rows.filter((r) => r.tier === t).length]));
    const byStatus = Object.fromEntries(SHORTLIST_STATUSES.map((s) => [s, rows.filter((r) => r.status === s).length]));
    let low = 0, high = 0, agreedCents = 0, priced = 0, agreed = 0, missing = 0, other = 0, reach = 0, reachMissing = 0, eng = 0, engMissing = 0;
    for (const r of rows) {
      if (r.followers >= 0) reach += r.followers;
      else reachMissing++;
      if (r.expectedEngagements !== null && r.expectedEngagements >= 0) eng += r.expectedEngagements;
      else engMissing++;
      const p = effectivePrice(r);
      if (!p) missing++;
      else if (p.currency !== TOTALS_CURRENCY) other++;
      else {
        priced++;
        low += Math.round(p.low * 100);
        high += Math.round(p.high * 100);
        if (p.agreed) {
          agreed++;
          agreedCents += Math.round(p.low * 100);
        }
      }
    }
    // The data reaches every case it is meant to.
    expect([missing, other, agreed, reachMissing, engMissing].every((n) => n > 0)).toBe(true);
    const t = await q.listTotals(LIST);
    expect(t).toEqual({
      count: N, byTier, byStatus, cost: { low: low / 100, high: high / 100, mid: (low + high) / 200 }, currency: TOTALS_CURRENCY,
      pricedCount: priced, agreedCount: agreed, agreedTotal: agreedCents / 100, missingPriceCount: missing, otherCurrencyCount: other,
      reach, reachMissingCount: reachMissing, engagements: eng, engagementsMissingCount: engMissing,
    });
    expect(t.byTier).toEqual(Object.fromEntries(TIERS.map((k) => [k, expect.any(Number)])));
    const page = await q.listPage(ORG, LIST, { sort: "added", order: "desc", page: 1 }, PAGE);
    expect(page.totals).toEqual(t);
  });

  for (const withBrief of [true, false]) {
    describe(withBrief ? "with a brief" : "without a brief", () => {
      let rows: Awaited<ReturnType<typeof allRows>>;
      beforeAll(async () => {
        await prisma.shortlist.update({ where: { id: LIST }, data: { briefId: withBrief ? BRIEF : null } });
        rows = await allRows();
        expect(rows.some((r) => r.fit !== null)).toBe(withBrief);
      });

      it("orders every sort key, both ways, as sortListRows orders the rows", async () => {
        const brief = await q.listBrief(ORG, LIST);
        for (const sort of LIST_SORT_KEYS) {
          for (const order of ["asc", "desc"] as const) {
            const expected = sortListRows(rows, sort, order).map((r) => r.itemId);
            expect({ sort, order, ids: await q.sortedItemIds(LIST, brief, { sort, order }) }).toEqual({ sort, order, ids: expected });
          }
        }
      });

      it("reads the page's rows only: the right slice of the order, first, middle, last and past the end", async () => {
        for (const [sort, order] of [["score", "desc"], ["fit", "desc"], ["price", "asc"], ["handle", "asc"], ["added", "desc"]] as const) {
          const expected = sortListRows(rows, sort, order);
          for (const page of [1, 2, 117, N / PAGE, N / PAGE + 1]) {
            const got = await q.listPage(ORG, LIST, { sort, order, page }, PAGE);
            const slice = expected.slice((page - 1) * PAGE, page * PAGE);
            expect({ sort, page, ids: got.rows.map((r) => r.itemId) }).toEqual({ sort, page, ids: slice.map((r) => r.itemId) });
            expect(got.rows).toEqual(slice);
          }
        }
      });

      it("exports in the page's order, every row once", async () => {
        const { rows: batches } = await q.openListExport(ORG, LIST, { sort: "score", order: "desc" });
        const ids: string[] = [];
        for await (const batch of batches()) ids.push(...batch.map((r) => r.itemId));
        expect(ids).toEqual(sortListRows(rows, "score", "desc").map((r) => r.itemId));
      });
    });
  }
});
