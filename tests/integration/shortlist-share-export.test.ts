// Exports (CSV and XLSX, streamed in batches) and client share links on real PostgreSQL, through the
// route handlers.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { parseCsv } from "../support/csv";
import { as, call, json, users } from "./shortlist-fixture";

process.env.NEXTAUTH_SECRET = "shortlist-share-test-secret";
vi.mock("next/headers", () => import("../support/next-headers"));

const { prisma } = await import("@/lib/db/client");
const one = await import("@/app/api/shortlists/[id]/route");
const exportRoute = await import("@/app/api/shortlists/[id]/export/route");
const shareLinks = await import("@/app/api/shortlists/[id]/share-links/route");
const revoke = await import("@/app/api/shortlists/[id]/share-links/[linkId]/route");
const shared = await import("@/app/api/share/[token]/route");
const decisions = await import("@/app/api/share/[token]/decisions/route");
const duplicate = await import("@/app/api/shortlists/[id]/duplicate/route");
const { EXPORT_BATCH } = await import("@/lib/queries/shortlist");
const { SHARE_DECISIONS_PER_MINUTE } = await import("@/lib/queries/shortlist/share");

const P = "itshx";
const U = users(P);
const LIST = `${P}_list`;
const BIG = `${P}_big`;
const OTHER = `${P}_other`;
const BIG_SIZE = EXPORT_BATCH * 2 + 37;

async function cleanup() {
  await prisma.organization.deleteMany({ where: { id: { startsWith: P } } });
  await prisma.creator.deleteMany({ where: { id: { startsWith: P } } });
}

beforeAll(async () => {
  await cleanup();
  for (const org of [`${P}_org_a`, `${P}_org_b`]) await prisma.organization.create({ data: { id: org, name: org, slug: org } });
  for (const u of Object.values(U)) await prisma.user.create({ data: { id: u.id, email: u.email, name: u.name, role: u.role, organizationId: u.organizationId, passwordHash: "x" } });
  await prisma.creator.createMany({
    data: Array.from({ length: BIG_SIZE }, (_, i) => ({
      id: `${P}_c${String(i).padStart(5, "0")}`, platform: "instagram" as const, handle: `${P}_h${i}`, followers: 10_000 + i, tier: "micro" as const,
      metricsAsOf: new Date(), engagementRate: 0.0312, expectedEngagements: 312, priceLow: 100, priceHigh: 500,
      displayName: i === 0 ? '=HYPERLINK("http://evil.example","click")' : i === 1 ? "Anna, \"the\" tester" : null,
    })),
  });
  await prisma.shortlist.create({ data: { id: LIST, organizationId: `${P}_org_a`, name: "Client picks", createdById: U.agencyA.id } });
  await prisma.shortlist.create({ data: { id: BIG, organizationId: `${P}_org_a`, name: "Big list", createdById: U.agencyA.id } });
  await prisma.shortlist.create({ data: { id: OTHER, organizationId: `${P}_org_a`, name: "Other list" } });
  await prisma.shortlistItem.createMany({ data: [0, 1, 2, 3].map((i) => ({ id: `${P}_item${i}`, shortlistId: LIST, creatorId: `${P}_c0000${i}`, status: "candidate" as const, note: i === 0 ? "+1 from Gus" : null, agreedPrice: i === 2 ? 450 : null })) });
  await prisma.shortlistItem.create({ data: { id: `${P}_other_item`, shortlistId: OTHER, creatorId: `${P}_c00004` } });
  const all = await prisma.creator.findMany({ where: { id: { startsWith: P } }, select: { id: true } });
  await prisma.shortlistItem.createMany({ data: all.map((c) => ({ shortlistId: BIG, creatorId: c.id })) });
});
afterAll(cleanup);
beforeEach(async () => {
  await as(U.agencyA);
});

describe("export", () => {
  it("CSV: a header row, numbers as numbers, formula-looking text neutralised, quotes kept", async () => {
    const res = await call(exportRoute.GET, "GET", `/x?format=csv`, { id: LIST });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(res.headers.get("content-disposition")).toContain('filename="client-picks.csv"');
    const rows = parseCsv((await res.text()).replace(/^\uFEFF/, ""));
    const [header, ...data] = rows;
    expect(header!.slice(0, 7)).toEqual(["Handle", "Platform", "Name", "Country", "Tier", "Followers", "Engagement rate (%)"]);
    expect(data).toHaveLength(4);
    const col = (name: string) => header!.indexOf(name);
    const byHandle = new Map(data.map((r) => [r[0], r]));
    const first = byHandle.get(`${P}_h0`)!;
    expect(first[col("Name")]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(first[col("Note")]).toBe("'+1 from Gus");
    expect(first[col("Followers")]).toBe("10000");
    expect(first[col("Engagement rate (%)")]).toBe("3.12");
    expect(byHandle.get(`${P}_h1`)![col("Name")]).toBe('Anna, "the" tester');
    const agreed = byHandle.get(`${P}_h2`)!;
    expect([agreed[col("Price low")], agreed[col("Price high")], agreed[col("Price agreed")]]).toEqual(["450", "450", "yes"]);
  });

  it("XLSX: numeric cells are numbers and the formula-looking name is a plain text cell", async () => {
    const res = await call(exportRoute.GET, "GET", `/x?format=xlsx`, { id: LIST });
    expect(res.status).toBe(200);
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header[0]).toBe("Handle");
    expect(ws.rowCount).toBe(5);
    const rows = Array.from({ length: 4 }, (_, i) => (ws.getRow(i + 2).values as unknown[]).slice(1));
    const first = rows.find((r) => r[0] === `${P}_h0`)!;
    // A text cell, as written: no CSV apostrophe (it would show in the cell), and never a formula.
    expect(first[header.indexOf("Name")]).toBe(`=HYPERLINK("http://evil.example","click")`);
    expect(ws.getRow(rows.indexOf(first) + 2).getCell(header.indexOf("Name") + 1).type).toBe(ExcelJS.ValueType.String);
    expect(typeof first[header.indexOf("Followers")]).toBe("number");
    expect(first[header.indexOf("Engagement rate (%)")]).toBe(3.12);
    // No cell anywhere is a formula.
    ws.eachRow((row) => row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it(`streams a list longer than one batch (${BIG_SIZE} creators, batches of ${EXPORT_BATCH}) with every creator once`, async () => {
    const res = await call(exportRoute.GET, "GET", `/x?format=csv`, { id: BIG });
    const rows = parseCsv((await res.text()).replace(/^\uFEFF/, "")).slice(1);
    expect(rows).toHaveLength(BIG_SIZE);
    expect(new Set(rows.map((r) => r[0])).size).toBe(BIG_SIZE);
  });

  it("refuses a format other than csv or xlsx with 400", async () => {
    const res = await call(exportRoute.GET, "GET", `/x?format=pdf`, { id: LIST });
    expect(res.status).toBe(400);
    expect((await json(res)).error?.code).toBe("bad_request");
  });
});

describe("share links", () => {
  let token = "";
  let linkId = "";

  it("creates a link whose token is 256 random bits, stored only as its SHA-256", async () => {
    const res = await call(shareLinks.POST, "POST", "/x", { id: LIST }, { label: "Brand team", days: 7, columns: ["followers", "price"] });
    expect(res.status).toBe(201);
    const body = (await json(res)) as { token: string; url: string; id: string; expiresAt: string };
    token = body.token;
    linkId = body.id;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body.url).toBe(`http://localhost/share/${token}`);
    const stored = await prisma.shareLink.findUniqueOrThrow({ where: { id: linkId } });
    expect(stored.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(Math.round((stored.expiresAt.getTime() - Date.now()) / 86_400_000)).toBe(7);
    const list = await json(await call(shareLinks.GET, "GET", "/x", { id: LIST }));
    expect(list.items).toEqual([expect.objectContaining({ id: linkId, state: "active", label: "Brand team" })]);
    expect(JSON.stringify(list)).not.toContain(token);
  });

  it("refuses an expiry above 180 days with 400", async () => {
    expect((await call(shareLinks.POST, "POST", "/x", { id: LIST }, { days: 181 })).status).toBe(400);
  });

  it("a marketer may not manage links of a list they did not create (403)", async () => {
    await as(U.marketerA);
    expect((await call(shareLinks.POST, "POST", "/x", { id: LIST }, {})).status).toBe(403);
    expect((await call(shareLinks.GET, "GET", "/x", { id: LIST })).status).toBe(403);
  });

  it("a marketer may not share a list by duplicating it first: no links on their own copy (403), which they may still delete", async () => {
    await as(U.marketerA);
    const res = await call(duplicate.POST, "POST", "/x", { id: LIST }, { name: `${P} marketer copy` });
    expect(res.status).toBe(201);
    const copy = (await json(res)) as { id: string };
    expect((await call(shareLinks.POST, "POST", "/x", { id: copy.id }, { days: 5 })).status).toBe(403);
    expect((await call(shareLinks.GET, "GET", "/x", { id: copy.id })).status).toBe(403);
    expect(await prisma.shareLink.count({ where: { shortlistId: copy.id } })).toBe(0);
    expect((await call(one.DELETE, "DELETE", "/x", { id: copy.id })).status).toBe(200);
  });

  it("signed out, the token shows only the chosen columns, not the team's status, note or scores", async () => {
    await as(null);
    const res = await call(shared.GET, "GET", "/x", { token });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-robots-tag")).toContain("noindex");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    const body = (await json(res)) as { items: Record<string, unknown>[]; columns: string[] };
    expect(body.columns).toEqual(["followers", "price"]);
    expect(body.items).toHaveLength(4);
    const first = body.items.find((i) => i.handle === `${P}_h0`)!;
    expect(first.followers).toBe(10_000);
    expect(first.engagementRate).toBeNull();
    expect(first.note).toBeNull();
    expect(JSON.stringify(body)).not.toMatch(/\+1 from Gus|candidate|"score"/);
  });

  it("the client approves two and rejects one with a comment; the team sees it, by \"client\", in the log", async () => {
    await as(null);
    const decide = (itemId: string, decision: string, comment?: string) => call(decisions.POST, "POST", "/x", { token }, { itemId, decision, comment });
    expect((await decide(`${P}_item0`, "approved")).status).toBe(200);
    expect((await decide(`${P}_item1`, "approved")).status).toBe(200);
    expect((await decide(`${P}_item2`, "rejected", "Too pricey for us")).status).toBe(200);
    // An item of another list, even of the same organisation, is not reachable with this token.
    expect((await decide(`${P}_other_item`, "approved")).status).toBe(404);
    expect(await prisma.shareDecision.count({ where: { itemId: `${P}_other_item` } })).toBe(0);
    await as(U.agencyA);
    const detail = (await json(await call(one.GET, "GET", "/x", { id: LIST }))) as { items: { itemId: string; clientDecision: string | null; clientComment: string | null }[] };
    const got = Object.fromEntries(detail.items.map((i) => [i.itemId, [i.clientDecision, i.clientComment]]));
    expect(got).toMatchObject({ [`${P}_item0`]: ["approved", null], [`${P}_item1`]: ["approved", null], [`${P}_item2`]: ["rejected", "Too pricey for us"], [`${P}_item3`]: [null, null] });
    const log = await prisma.shortlistActivity.findMany({ where: { shortlistId: LIST, kind: "client_decision" }, select: { actorLabel: true, actorId: true } });
    expect(log).toHaveLength(3);
    expect(log.every((l) => l.actorLabel === "client" && l.actorId === null)).toBe(true);
  });

  it("parallel answers by a client log exactly one row per actual change (10 identical first answers: one row)", async () => {
    await as(null);
    const decide = (decision: string) => call(decisions.POST, "POST", "/x", { token }, { itemId: `${P}_item3`, decision });
    const logged = () => prisma.shortlistActivity.count({ where: { shortlistId: LIST, kind: "client_decision", creatorId: { not: null } } });
    const before = await logged();
    const first = await Promise.all(Array.from({ length: 10 }, () => decide("approved")));
    expect(first.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(await logged()).toBe(before + 1);
    expect(await prisma.shareDecision.findMany({ where: { itemId: `${P}_item3` }, select: { decision: true } })).toEqual([{ decision: "approved" }]);
    // The same answer again, in parallel, changes nothing; the other answer, in parallel, is one change.
    await Promise.all(Array.from({ length: 5 }, () => decide("approved")));
    expect(await logged()).toBe(before + 1);
    await Promise.all(Array.from({ length: 5 }, () => decide("rejected")));
    expect(await logged()).toBe(before + 2);
    expect(await prisma.shareDecision.findMany({ where: { itemId: `${P}_item3` }, select: { decision: true } })).toEqual([{ decision: "rejected" }]);
    await prisma.shareDecision.deleteMany({ where: { itemId: `${P}_item3` } });
    await prisma.rateEvent.deleteMany({}); // the next test measures the per-minute limit from zero
  });

  it("logs a client's answer only when it changes, and refuses more than the per-minute limit on one link with 429", async () => {
    await as(null);
    const decide = (itemId: string, decision: string, comment?: string) => call(decisions.POST, "POST", "/x", { token }, { itemId, decision, comment });
    const logged = () => prisma.shortlistActivity.count({ where: { shortlistId: LIST, kind: "client_decision" } });
    const before = await logged();
    for (let i = 0; i < 5; i++) {
      expect((await decide(`${P}_item0`, "approved")).status).toBe(200);
      expect((await decide(`${P}_item2`, "rejected", "  Too pricey for us ")).status).toBe(200);
    }
    expect(await logged()).toBe(before);
    expect((await decide(`${P}_item0`, "approved", "Love her")).status).toBe(200);
    expect((await decide(`${P}_item0`, "rejected", "Love her")).status).toBe(200);
    expect(await logged()).toBe(before + 2);
    const statuses: number[] = [];
    for (let i = 0; i < SHARE_DECISIONS_PER_MINUTE + 5; i++) statuses.push((await decide(`${P}_item3`, i % 2 ? "approved" : "rejected")).status);
    expect(statuses).toContain(429);
    expect(statuses.filter((st) => st === 200).length).toBeLessThanOrEqual(SHARE_DECISIONS_PER_MINUTE - 12);
    expect(await logged()).toBeLessThanOrEqual(before + SHARE_DECISIONS_PER_MINUTE);
    await prisma.shareDecision.deleteMany({ where: { itemId: `${P}_item3` } });
  });

  it("a revoked link is a 404 for viewing and deciding; so are an expired one and a made-up one", async () => {
    expect((await call(revoke.DELETE, "DELETE", "/x", { id: LIST, linkId })).status).toBe(200);
    await as(null);
    expect((await call(shared.GET, "GET", "/x", { token })).status).toBe(404);
    expect((await call(decisions.POST, "POST", "/x", { token }, { itemId: `${P}_item3`, decision: "approved" })).status).toBe(404);
    expect(await prisma.shareDecision.count({ where: { itemId: `${P}_item3` } })).toBe(0);

    await as(U.agencyA);
    const fresh = (await json(await call(shareLinks.POST, "POST", "/x", { id: LIST }, { days: 1 }))) as { id: string; token: string };
    await prisma.shareLink.update({ where: { id: fresh.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await as(null);
    expect((await call(shared.GET, "GET", "/x", { token: fresh.token })).status).toBe(404);
    expect((await call(shared.GET, "GET", "/x", { token: "A".repeat(43) })).status).toBe(404);
    expect((await call(shared.GET, "GET", "/x", { token: "short" })).status).toBe(404);
    await as(U.agencyA);
    const states = ((await json(await call(shareLinks.GET, "GET", "/x", { id: LIST }))).items as { state: string }[]).map((l) => l.state).sort();
    expect(states).toEqual(["expired", "revoked"]);
  });
});
