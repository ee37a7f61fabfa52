// The list's download follows the list page's order: the page's default (newest added first), or the
// column the user sorted by (the page's export links carry it). Real PostgreSQL, through the route.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { as, call, users } from "./shortlist-fixture";

process.env.NEXTAUTH_SECRET = "shortlist-export-order-secret";
vi.mock("next/headers", () => import("../support/next-headers"));

const { prisma } = await import("@/lib/db/client");
const exportRoute = await import("@/app/api/shortlists/[id]/export/route");

const P = "itsxo";
const U = users(P);
const LIST = `${P}_list`;
// handle, followers, price low-high, minutes ago it was added, agreed price
const CREATORS = [
  { handle: "delta", followers: 40_000, low: 300, high: 500, addedMinutesAgo: 50, agreed: null },
  { handle: "alpha", followers: 90_000, low: 900, high: 1_100, addedMinutesAgo: 10, agreed: null },
  { handle: "echo", followers: 15_000, low: 100, high: 200, addedMinutesAgo: 30, agreed: 2_000 },
  { handle: "charlie", followers: 60_000, low: 500, high: 700, addedMinutesAgo: 20, agreed: null },
  { handle: "bravo", followers: 25_000, low: 200, high: 400, addedMinutesAgo: 40, agreed: null },
];

async function cleanup() {
  await prisma.organization.deleteMany({ where: { id: { startsWith: P } } });
  await prisma.creator.deleteMany({ where: { id: { startsWith: P } } });
}

beforeAll(async () => {
  await cleanup();
  for (const org of [`${P}_org_a`, `${P}_org_b`]) await prisma.organization.create({ data: { id: org, name: org, slug: org } });
  for (const u of Object.values(U)) await prisma.user.create({ data: { id: u.id, email: u.email, name: u.name, role: u.role, organizationId: u.organizationId, passwordHash: "x" } });
  await prisma.shortlist.create({ data: { id: LIST, organizationId: `${P}_org_a`, name: "Order check", createdById: U.agencyA.id } });
  const now = Date.now();
  for (const [i, c] of CREATORS.entries()) {
    // Ids in an order none of the cases expects, so an export in id order fails each one.
    const id = `${P}_c${i}`;
    await prisma.creator.create({
      data: { id, platform: "instagram", handle: c.handle, followers: c.followers, tier: "micro", metricsAsOf: new Date(), engagementRate: 0.03, expectedEngagements: c.followers * 0.03, priceLow: c.low, priceHigh: c.high },
    });
    await prisma.shortlistItem.create({ data: { id: `${P}_i${i}`, shortlistId: LIST, creatorId: id, addedAt: new Date(now - c.addedMinutesAgo * 60_000), agreedPrice: c.agreed } });
  }
});
afterAll(cleanup);
beforeEach(async () => {
  await as(U.agencyA);
});

async function csvHandles(query: string) {
  const res = await call(exportRoute.GET, "GET", `/x?${query}`, { id: LIST });
  expect(res.status).toBe(200);
  const lines = (await res.text()).replace(/^\uFEFF/, "").split("\r\n").filter(Boolean).slice(1);
  return lines.map((l) => l.split(",")[0]);
}

async function xlsxHandles(query: string) {
  const res = await call(exportRoute.GET, "GET", `/x?${query}`, { id: LIST });
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  return Array.from({ length: ws.rowCount - 1 }, (_, i) => String(ws.getRow(i + 2).getCell(1).value));
}

describe("export order follows the list page", () => {
  it("without a sort: the page's default, newest added first (CSV and XLSX alike)", async () => {
    const expected = ["alpha", "charlie", "echo", "bravo", "delta"];
    expect(await csvHandles("format=csv")).toEqual(expected);
    expect(await xlsxHandles("format=xlsx")).toEqual(expected);
  });

  it("sorted by followers, most first, as the page sorted by that column shows it", async () => {
    expect(await csvHandles("format=csv&sort=followers&order=desc")).toEqual(["alpha", "charlie", "delta", "bravo", "echo"]);
    expect(await xlsxHandles("format=xlsx&sort=followers&order=desc")).toEqual(["alpha", "charlie", "delta", "bravo", "echo"]);
  });

  it("sorted by handle A to Z", async () => {
    expect(await csvHandles("format=csv&sort=handle&order=asc")).toEqual(["alpha", "bravo", "charlie", "delta", "echo"]);
  });

  it("sorted by price, cheapest first: an agreed price counts, as on the page", async () => {
    // echo's estimate is the lowest, but its agreed $2,000 puts it last.
    expect(await csvHandles("format=csv&sort=price&order=asc")).toEqual(["bravo", "delta", "charlie", "alpha", "echo"]);
  });

  it("an unknown sort falls back to the page's default instead of failing", async () => {
    expect(await csvHandles("format=csv&sort=nonsense&order=sideways")).toEqual(["alpha", "charlie", "echo", "bravo", "delta"]);
  });
});
