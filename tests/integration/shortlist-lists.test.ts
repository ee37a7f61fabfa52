// Lists and their items through the JSON API (the one wrapper, a real session cookie) on real
// PostgreSQL: edits are logged, totals use agreed prices, and another organisation gets 404 with
// nothing written.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { as, call, json, users } from "./shortlist-fixture";

process.env.NEXTAUTH_SECRET = "shortlist-lists-test-secret";
vi.mock("next/headers", () => import("../support/next-headers"));

const { prisma } = await import("@/lib/db/client");
const lists = await import("@/app/api/shortlists/route");
const one = await import("@/app/api/shortlists/[id]/route");
const items = await import("@/app/api/shortlists/[id]/items/route");
const item = await import("@/app/api/shortlists/[id]/items/[itemId]/route");
const transfer = await import("@/app/api/shortlists/[id]/items/transfer/route");
const duplicate = await import("@/app/api/shortlists/[id]/duplicate/route");
const activity = await import("@/app/api/shortlists/[id]/activity/route");
const exportRoute = await import("@/app/api/shortlists/[id]/export/route");
const shareLinks = await import("@/app/api/shortlists/[id]/share-links/route");
const revoke = await import("@/app/api/shortlists/[id]/share-links/[linkId]/route");

const P = "itsl";
const U = users(P);
const C = (i: number) => `${P}_c${i}`;
const LIST_A = `${P}_list_a`;
const LIST_B = `${P}_list_b`;

async function cleanup() {
  await prisma.organization.deleteMany({ where: { id: { startsWith: P } } });
  await prisma.creator.deleteMany({ where: { id: { startsWith: P } } });
}

beforeAll(async () => {
  await cleanup();
  for (const org of [`${P}_org_a`, `${P}_org_b`]) await prisma.organization.create({ data: { id: org, name: org, slug: org } });
  for (const u of Object.values(U)) await prisma.user.create({ data: { id: u.id, email: u.email, name: u.name, role: u.role, organizationId: u.organizationId, passwordHash: "x" } });
  await prisma.brandBrief.create({ data: { id: `${P}_brief_a`, organizationId: `${P}_org_a`, name: "A brief", niches: [{ id: "beauty", weight: 1 }], keywords: [], countries: [], languages: [], platforms: [] } });
  await prisma.brandBrief.create({ data: { id: `${P}_brief_b`, organizationId: `${P}_org_b`, name: "B brief", niches: [], keywords: [], countries: [], languages: [], platforms: [] } });
  await prisma.creator.createMany({
    data: Array.from({ length: 5 }, (_, i) => ({
      id: C(i), platform: "instagram" as const, handle: `${P}_h${i}`, followers: 20_000 + i * 1000, tier: "micro" as const, metricsAsOf: new Date(),
      expectedEngagements: 500, priceLow: i === 4 ? null : 100, priceHigh: i === 4 ? null : 300, niches: ["beauty"],
    })),
  });
  await prisma.shortlist.create({ data: { id: LIST_A, organizationId: `${P}_org_a`, name: "A main", createdById: U.agencyA.id } });
  await prisma.shortlist.create({ data: { id: LIST_B, organizationId: `${P}_org_b`, name: "B main", createdById: U.agencyB.id } });
});
afterAll(cleanup);
beforeEach(async () => {
  await as(U.agencyA);
});

const itemIdOf = async (list: string, creator: string) => (await prisma.shortlistItem.findFirstOrThrow({ where: { shortlistId: list, creatorId: creator }, select: { id: true } })).id;

describe("lists", () => {
  it("creates a list (201) and refuses a taken name with 409 and a field message", async () => {
    const res = await call(lists.POST, "POST", "/api/shortlists", {}, { name: "Created here", briefId: `${P}_brief_a` });
    expect(res.status).toBe(201);
    const again = await call(lists.POST, "POST", "/api/shortlists", {}, { name: "Created here" });
    expect(again.status).toBe(409);
    expect((await json(again)).error).toMatchObject({ code: "conflict", fields: { name: expect.any(Array) } });
    const index = await json(await call(lists.GET, "GET", "/api/shortlists", {}));
    expect((index.items as { name: string }[]).map((l) => l.name)).toEqual(expect.arrayContaining(["A main", "Created here"]));
    expect(JSON.stringify(index)).not.toContain("B main");
  });

  it("renames, describes, attaches a brief, archives and restores, and logs each change with who did it", async () => {
    const res = await call(one.PATCH, "PATCH", `/api/shortlists/${LIST_A}`, { id: LIST_A }, { name: "A renamed", description: "Spring", briefId: `${P}_brief_a`, archived: true });
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ changed: 4 });
    await call(one.PATCH, "PATCH", `/api/shortlists/${LIST_A}`, { id: LIST_A }, { archived: false });
    const list = await prisma.shortlist.findUniqueOrThrow({ where: { id: LIST_A } });
    expect(list).toMatchObject({ name: "A renamed", description: "Spring", briefId: `${P}_brief_a`, archivedAt: null });
    const log = await prisma.shortlistActivity.findMany({ where: { shortlistId: LIST_A }, select: { kind: true, actorLabel: true, actorId: true } });
    expect(log.map((l) => l.kind).sort()).toEqual(["archived", "brief", "described", "renamed", "restored"]);
    expect(new Set(log.map((l) => l.actorLabel))).toEqual(new Set(["User aa"]));
  });

  it("refuses another organisation's brief as a 404 on the field, and changes nothing", async () => {
    const res = await call(one.PATCH, "PATCH", `/api/shortlists/${LIST_A}`, { id: LIST_A }, { briefId: `${P}_brief_b` });
    expect(res.status).toBe(404);
    expect((await prisma.shortlist.findUniqueOrThrow({ where: { id: LIST_A } })).briefId).toBe(`${P}_brief_a`);
  });
});

describe("items", () => {
  it("adds several at once; adding again is a no-op; two adds at once add each creator once", async () => {
    const first = await call(items.POST, "POST", `/api/shortlists/${LIST_A}/items`, { id: LIST_A }, { creatorIds: [C(0), C(1)] });
    expect(first.status).toBe(201);
    expect(await json(first)).toMatchObject({ added: [C(0), C(1)], already: [] });
    const again = await call(items.POST, "POST", `/api/shortlists/${LIST_A}/items`, { id: LIST_A }, { creatorIds: [C(0)] });
    expect(again.status).toBe(200);
    const body = { creatorIds: [C(2), C(3), C(4)] };
    const both = await Promise.all([1, 2].map(() => call(items.POST, "POST", `/api/shortlists/${LIST_A}/items`, { id: LIST_A }, body)));
    expect(both.every((r) => r.status === 200 || r.status === 201)).toBe(true);
    expect(await prisma.shortlistItem.count({ where: { shortlistId: LIST_A } })).toBe(5);
  });

  it("edits status, note and agreed price, logs each, and the agreed price replaces the estimate in the totals", async () => {
    const id = await itemIdOf(LIST_A, C(0));
    const res = await call(item.PATCH, "PATCH", `/api/shortlists/${LIST_A}/items/${id}`, { id: LIST_A, itemId: id }, { status: "negotiating", note: "Loves the brand", agreedPrice: 450 });
    expect(await json(res)).toEqual({ changed: 3 });
    const kinds = await prisma.shortlistActivity.findMany({ where: { shortlistId: LIST_A, creatorId: C(0), kind: { in: ["status", "note", "price"] } }, select: { kind: true, detail: true } });
    expect(kinds.find((k) => k.kind === "price")?.detail).toEqual({ from: null, to: 450 });
    const detail = await json(await call(one.GET, "GET", `/api/shortlists/${LIST_A}`, { id: LIST_A }));
    const totals = detail.totals as { cost: { low: number; high: number }; agreedCount: number; missingPriceCount: number; byStatus: Record<string, number> };
    // C0 agreed 450; C1-C3 estimated 100-300; C4 has no price.
    expect(totals.cost).toMatchObject({ low: 450 + 300, high: 450 + 900 });
    expect(totals.agreedCount).toBe(1);
    expect(totals.missingPriceCount).toBe(1);
    expect(totals.byStatus.negotiating).toBe(1);
  });

  it("refuses a negative or non-numeric price with 400 and a field message", async () => {
    const id = await itemIdOf(LIST_A, C(1));
    for (const agreedPrice of [-5, "lots", [], true, false, {}, [7]]) {
      const res = await call(item.PATCH, "PATCH", `/api/shortlists/${LIST_A}/items/${id}`, { id: LIST_A, itemId: id }, { agreedPrice });
      expect(res.status).toBe(400);
      expect((await json(res)).error).toMatchObject({ code: "bad_request", fields: { agreedPrice: expect.any(Array) } });
    }
    expect((await prisma.shortlistItem.findUniqueOrThrow({ where: { id } })).agreedPrice).toBeNull();
  });

  it("rounds an agreed price to cents before comparing and logging: the same stored price is no change", async () => {
    const id = await itemIdOf(LIST_A, C(0));
    const patch = (agreedPrice: unknown) => call(item.PATCH, "PATCH", `/api/shortlists/${LIST_A}/items/${id}`, { id: LIST_A, itemId: id }, { agreedPrice });
    const logged = () => prisma.shortlistActivity.count({ where: { shortlistId: LIST_A, creatorId: C(0), kind: "price" } });
    const before = await logged();
    for (const same of [450.004, "450.00", " 450 "]) expect(await json(await patch(same))).toEqual({ changed: 0 });
    expect(await logged()).toBe(before);
    expect(await json(await patch(450.456))).toEqual({ changed: 1 });
    const last = await prisma.shortlistActivity.findFirst({ where: { shortlistId: LIST_A, creatorId: C(0), kind: "price" }, orderBy: { createdAt: "desc" }, select: { detail: true } });
    expect(last?.detail).toEqual({ from: 450, to: 450.46 });
    expect(await json(await patch(450))).toEqual({ changed: 1 });
  });

  it("sets the status of several at once and logs one entry per creator changed", async () => {
    const ids = await Promise.all([C(1), C(2)].map((c) => itemIdOf(LIST_A, c)));
    const res = await call(items.PATCH, "PATCH", `/api/shortlists/${LIST_A}/items`, { id: LIST_A }, { itemIds: ids, status: "contacted" });
    expect(await json(res)).toEqual({ changed: 2 });
    expect(await prisma.shortlistItem.count({ where: { id: { in: ids }, status: "contacted" } })).toBe(2);
  });

  it("copies and moves items to another list with status, note and price; the source keeps or loses them", async () => {
    const target = (await prisma.shortlist.findFirstOrThrow({ where: { organizationId: `${P}_org_a`, name: "Created here" } })).id;
    const c0 = await itemIdOf(LIST_A, C(0));
    const copied = await json(await call(transfer.POST, "POST", "/x", { id: LIST_A }, { itemIds: [c0], targetId: target, mode: "copy" }));
    expect(copied).toMatchObject({ copied: 1, already: 0 });
    expect(await prisma.shortlistItem.findFirst({ where: { shortlistId: target, creatorId: C(0) }, select: { status: true, note: true } })).toEqual({ status: "negotiating", note: "Loves the brand" });
    const c3 = await itemIdOf(LIST_A, C(3));
    const moved = await json(await call(transfer.POST, "POST", "/x", { id: LIST_A }, { itemIds: [c3, c0], targetId: target, mode: "move" }));
    expect(moved).toMatchObject({ moved: 2, already: 1 });
    expect(await prisma.shortlistItem.count({ where: { shortlistId: LIST_A, creatorId: { in: [C(0), C(3)] } } })).toBe(0);
    expect(await prisma.shortlistItem.count({ where: { shortlistId: target } })).toBe(2);
    // Put them back for the tests below.
    await call(transfer.POST, "POST", "/x", { id: target }, { itemIds: (await prisma.shortlistItem.findMany({ where: { shortlistId: target } })).map((i) => i.id), targetId: LIST_A, mode: "move" });
  });

  it("duplicates a list with items, statuses, notes and agreed prices, but no share links", async () => {
    await prisma.shareLink.create({ data: { shortlistId: LIST_A, tokenHash: `${P}_dup_hash`, columns: [], expiresAt: new Date(Date.now() + 86_400_000) } });
    const res = await call(duplicate.POST, "POST", "/x", { id: LIST_A }, { name: "A copy" });
    expect(res.status).toBe(201);
    const copy = (await json(res)) as { id: string };
    const got = await prisma.shortlistItem.findMany({ where: { shortlistId: copy.id }, select: { creatorId: true, status: true, note: true, agreedPrice: true } });
    expect(got).toHaveLength(await prisma.shortlistItem.count({ where: { shortlistId: LIST_A } }));
    expect(got.find((i) => i.creatorId === C(0))).toMatchObject({ status: "negotiating", note: "Loves the brand" });
    expect(Number(got.find((i) => i.creatorId === C(0))?.agreedPrice)).toBe(450);
    expect(await prisma.shareLink.count({ where: { shortlistId: copy.id } })).toBe(0);
  });

  it("removes several at once and one by one, logs each removal, and shows the log newest first", async () => {
    await call(items.POST, "POST", "/x", { id: LIST_A }, { creatorIds: [C(1), C(2), C(3)] });
    const ids = await Promise.all([C(1), C(2)].map((c) => itemIdOf(LIST_A, c)));
    expect(await json(await call(items.DELETE, "DELETE", "/x", { id: LIST_A }, { itemIds: [...ids, "not_on_this_list"] }))).toEqual({ removed: 2 });
    const last = await itemIdOf(LIST_A, C(3));
    expect((await call(item.DELETE, "DELETE", "/x", { id: LIST_A, itemId: last })).status).toBe(200);
    expect((await call(item.DELETE, "DELETE", "/x", { id: LIST_A, itemId: last })).status).toBe(404);
    expect(await prisma.shortlistItem.count({ where: { shortlistId: LIST_A, creatorId: { in: [C(1), C(2), C(3)] } } })).toBe(0);
    const log = (await json(await call(activity.GET, "GET", "/x", { id: LIST_A }))).items as { kind: string; handle: string | null; actorLabel: string; createdAt: string }[];
    expect(log.slice(0, 3).map((l) => [l.kind, l.handle])).toEqual([["removed", `${P}_h3`], expect.arrayContaining(["removed"]), expect.arrayContaining(["removed"])]);
    expect([...log].map((l) => l.createdAt)).toEqual([...log].map((l) => l.createdAt).sort().reverse());
    // Back on the list for the tests below.
    await call(items.POST, "POST", "/x", { id: LIST_A }, { creatorIds: [C(1), C(2), C(3)] });
  });

  it("an unknown list or item id is a 404, a malformed one too", async () => {
    expect((await call(one.GET, "GET", "/x", { id: "no_such_list" })).status).toBe(404);
    expect((await call(one.GET, "GET", "/x", { id: "bad id!" })).status).toBe(404);
    expect((await call(item.PATCH, "PATCH", "/x", { id: LIST_A, itemId: "no_such_item" }, { note: "x" })).status).toBe(404);
  });

  it("a marketer may not delete a list someone else created (403); agency staff may", async () => {
    const copy = await prisma.shortlist.findFirstOrThrow({ where: { name: "A copy" } });
    await as(U.marketerA);
    const refused = await call(one.DELETE, "DELETE", "/x", { id: copy.id });
    expect(refused.status).toBe(403);
    expect(await prisma.shortlist.count({ where: { id: copy.id } })).toBe(1);
    await as(U.agencyA);
    expect((await call(one.DELETE, "DELETE", "/x", { id: copy.id })).status).toBe(200);
    expect(await prisma.shortlist.count({ where: { id: copy.id } })).toBe(0);
  });
});

describe("another organisation", () => {
  it("gets 404 on every list, item, export, activity and share route of ours, and nothing is written", async () => {
    await as(U.agencyB);
    const itemId = await itemIdOf(LIST_A, C(1));
    const link = await prisma.shareLink.findFirstOrThrow({ where: { shortlistId: LIST_A } });
    const before = {
      activity: await prisma.shortlistActivity.count({ where: { shortlistId: LIST_A } }),
      items: JSON.stringify(await prisma.shortlistItem.findMany({ where: { shortlistId: LIST_A }, orderBy: { id: "asc" } })),
      list: JSON.stringify(await prisma.shortlist.findUniqueOrThrow({ where: { id: LIST_A } })),
      links: JSON.stringify(await prisma.shareLink.findMany({ where: { shortlistId: LIST_A }, orderBy: { id: "asc" } })),
    };
    const p = { id: LIST_A };
    const responses = await Promise.all([
      call(one.GET, "GET", "/x", p),
      call(one.PATCH, "PATCH", "/x", p, { name: "hijacked" }),
      call(one.DELETE, "DELETE", "/x", p),
      call(items.GET, "GET", "/x", p),
      call(items.POST, "POST", "/x", p, { creatorIds: [C(0)] }),
      call(items.PATCH, "PATCH", "/x", p, { itemIds: [itemId], status: "rejected" }),
      call(items.DELETE, "DELETE", "/x", p, { itemIds: [itemId] }),
      call(item.PATCH, "PATCH", "/x", { id: LIST_A, itemId }, { note: "hijacked" }),
      call(item.PATCH, "PATCH", "/x", { id: LIST_B, itemId }, { note: "hijacked" }),
      call(item.DELETE, "DELETE", "/x", { id: LIST_A, itemId }),
      call(transfer.POST, "POST", "/x", p, { itemIds: [itemId], targetId: LIST_B, mode: "move" }),
      call(duplicate.POST, "POST", "/x", p, { name: "stolen" }),
      call(activity.GET, "GET", "/x", p),
      call(exportRoute.GET, "GET", "/x?format=csv", p),
      call(exportRoute.GET, "GET", "/x?format=xlsx", p),
      call(shareLinks.GET, "GET", "/x", p),
      call(shareLinks.POST, "POST", "/x", p, { days: 5 }),
      call(revoke.DELETE, "DELETE", "/x", { id: LIST_A, linkId: link.id }),
      call(revoke.DELETE, "DELETE", "/x", { id: LIST_B, linkId: link.id }),
    ]);
    for (const r of responses) {
      expect(r.status).toBe(404);
      const body = await json(r);
      expect(body.error?.code).toBe("not_found");
      expect(JSON.stringify(body)).not.toMatch(/A renamed|Loves the brand/);
    }
    // Our list may not be used as a target of theirs either.
    await as(U.agencyA);
    const ours = await call(transfer.POST, "POST", "/x", { id: LIST_A }, { itemIds: [itemId], targetId: LIST_B, mode: "copy" });
    expect(ours.status).toBe(404);
    expect(await prisma.shortlistActivity.count({ where: { shortlistId: LIST_A } })).toBe(before.activity);
    expect(JSON.stringify(await prisma.shortlistItem.findMany({ where: { shortlistId: LIST_A }, orderBy: { id: "asc" } }))).toBe(before.items);
    expect(JSON.stringify(await prisma.shortlist.findUniqueOrThrow({ where: { id: LIST_A } }))).toBe(before.list);
    expect(JSON.stringify(await prisma.shareLink.findMany({ where: { shortlistId: LIST_A }, orderBy: { id: "asc" } }))).toBe(before.links);
    expect(await prisma.shortlistItem.count({ where: { shortlistId: LIST_B } })).toBe(0);
    expect(await prisma.shortlist.count({ where: { name: "stolen" } })).toBe(0);
  });
});
