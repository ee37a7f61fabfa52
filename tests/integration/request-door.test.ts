// The probes of issue #12 against the one door (lib/http), through real handlers and a real
// database: NUL bytes in any parameter or body field, query keys named after Object.prototype
// members, and a cross-origin or form-encoded POST carrying the user's cookie. Each must be refused
// (or ignored) with a 4xx, never a 500, and nothing may be written.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";

process.env.NEXTAUTH_SECRET = "request-door-test-secret";
vi.mock("next/headers", () => import("../support/next-headers"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const { signInAs } = await import("../support/next-headers");
const { prisma } = await import("@/lib/db/client");
const { GET: listCreators } = await import("@/app/api/creators/route");
const { GET: getCreator } = await import("@/app/api/creators/[id]/route");
const { GET: listShortlists } = await import("@/app/api/shortlists/route");
const { POST: addItem } = await import("@/app/api/shortlists/[id]/items/route");
const { GET: getImport } = await import("@/app/api/admin/imports/[id]/route");
const { createShortlistAction } = await import("@/app/(app)/shortlists/actions");
const { SEARCH_PARAM_KEYS } = await import("@/lib/validation/search");
const { POST: decide } = await import("@/app/api/share/[token]/decisions/route");
const { MAX_JSON_BODY_BYTES, MAX_PUBLIC_JSON_BODY_BYTES } = await import("@/lib/http/body");

const P = "itdoor";
const ORG = `${P}_org`;
const ADMIN = `${P}_admin`;
const LIST = `${P}_list`;
const CREATOR = `${P}_creator`;
const PROTO_KEYS = ["constructor", "toString", "valueOf", "__proto__", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "__defineGetter__", "__lookupSetter__"];
const noParams = { params: Promise.resolve({}) };
const get = (path: string) => new NextRequest(new URL(path, "http://localhost"));
const itemCount = () => prisma.shortlistItem.count({ where: { shortlistId: LIST } });

function postItem(body: string, headers: Record<string, string>) {
  return addItem(new NextRequest(new URL(`/api/shortlists/${LIST}/items`, "http://localhost"), { method: "POST", body, headers }), { params: Promise.resolve({ id: LIST }) });
}

async function cleanup() {
  await prisma.creator.deleteMany({ where: { id: { startsWith: P } } });
  await prisma.organization.deleteMany({ where: { id: { startsWith: P } } });
  await prisma.importJob.deleteMany({ where: { id: { startsWith: P } } });
}
beforeAll(async () => {
  await cleanup();
  await prisma.organization.create({ data: { id: ORG, name: "Door", slug: ORG, users: { create: { id: ADMIN, email: `${P}@example.test`, passwordHash: "x", role: "ADMIN" } } } });
  await prisma.shortlist.create({ data: { id: LIST, organizationId: ORG, name: "Door list" } });
  await prisma.creator.create({ data: { id: CREATOR, platform: "tiktok", handle: `${P}_handle`, followers: 15_000, tier: "micro", metricsAsOf: new Date() } });
  await prisma.importJob.create({ data: { id: `${P}_job`, fileName: "d.csv", fileHash: "h", fileSize: 1n, format: "csv", status: "completed", createdByLabel: "test" } });
  await signInAs({ sub: ADMIN });
});
afterAll(cleanup);

describe("NUL bytes", () => {
  it("in any search parameter: 400 naming the parameter, never a 500", async () => {
    for (const key of SEARCH_PARAM_KEYS) {
      const res = await listCreators(get(`/api/creators?${key}=a%00b`), noParams);
      expect(res.status, key).toBe(400);
      expect((await res.json()).error.fields, key).toHaveProperty(key);
    }
  });

  it("in a path parameter, an unknown parameter or its name: 400", async () => {
    expect((await getCreator(get(`/api/creators/x%00y`), { params: Promise.resolve({ id: "x\u0000y" }) })).status).toBe(400);
    expect((await listShortlists(get(`/api/shortlists?utm=%00`), noParams)).status).toBe(400);
    expect((await listCreators(get(`/api/creators?a%00b=1`), noParams)).status).toBe(400);
  });

  it("in a JSON body field (value or key): 400 and nothing written", async () => {
    for (const body of [{ creatorId: `${CREATOR}\u0000` }, { creatorId: CREATOR, note: "hi\u0000there" }, { creatorId: CREATOR, ["no\u0000te"]: "x" }]) {
      const res = await postItem(JSON.stringify(body), { "content-type": "application/json" });
      expect(res.status).toBe(400);
      expect((await res.json()).error.message).toContain("NUL");
    }
    expect(await itemCount()).toBe(0);
  });

  it("a lone UTF-16 surrogate in a JSON body field or a server action's field: 400 naming it, nothing written", async () => {
    for (const lone of ["\uD800", "x\uDFFF", "\uDBFFy"]) {
      const res = await postItem(JSON.stringify({ creatorId: CREATOR, note: lone }), { "content-type": "application/json" });
      expect(res.status).toBe(400);
      expect((await res.json()).error.fields).toHaveProperty("note");
      // (FormData itself turns a lone surrogate into U+FFFD; an action called with an object does not.)
      expect(await createShortlistAction(undefined, { name: `Door${lone}` })).toMatchObject({ status: 400, fields: { name: [expect.stringContaining("surrogate")] } });
    }
    expect(await itemCount()).toBe(0);
    expect(await prisma.shortlist.count({ where: { organizationId: ORG } })).toBe(1);
  });

  it("in a server action's field: refused with 400 and nothing written", async () => {
    const form = new FormData();
    form.append("name", "Door\u0000list");
    expect(await createShortlistAction(undefined, form)).toMatchObject({ status: 400, fields: { name: [expect.stringContaining("NUL")] } });
    expect(await prisma.shortlist.count({ where: { organizationId: ORG } })).toBe(1);
  });

  it("anywhere in random text, for any parameter: 400, never 500", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SEARCH_PARAM_KEYS), fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), async (key, a, b) => {
        const res = await listCreators(get(`/api/creators?${key}=${encodeURIComponent(`${a}\u0000${b}`)}`), noParams);
        expect(res.status).toBe(400);
      }),
      { numRuns: 25, seed: 12 },
    );
  });
});

describe("query keys named after Object.prototype members", () => {
  const query = PROTO_KEYS.map((k) => `${k}=1`).join("&");

  it("are ignored by every GET route, never a 500", async () => {
    expect((await listCreators(get(`/api/creators?${query}`), noParams)).status).toBe(200);
    expect((await listShortlists(get(`/api/shortlists?${query}`), noParams)).status).toBe(200);
    expect((await getCreator(get(`/api/creators/${CREATOR}?${query}`), { params: Promise.resolve({ id: CREATOR }) })).status).toBe(200);
    expect((await getImport(get(`/api/admin/imports/${P}_job?${query}`), { params: Promise.resolve({ id: `${P}_job` }) })).status).toBe(200);
  });

  it("mixed with real parameters, repeated, or with odd values: 200 or 400, never 500", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...PROTO_KEYS, ...SEARCH_PARAM_KEYS), fc.oneof(fc.constantFrom("", "1", "[]", "{}", "micro", "__proto__"), fc.string({ maxLength: 6 }))), { maxLength: 6 }),
        async (pairs) => {
          const qs = new URLSearchParams(pairs).toString();
          const res = await listCreators(get(`/api/creators?${qs}`), noParams);
          expect([200, 400, 404], qs).toContain(res.status);
        },
      ),
      { numRuns: 30, seed: 7 },
    );
  });

  it("as JSON body keys: ignored, and they pollute nothing", async () => {
    const res = await postItem(`{"creatorId":"${CREATOR}","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}`, { "content-type": "application/json" });
    expect(res.status).toBe(201);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    await prisma.shortlistItem.deleteMany({ where: { shortlistId: LIST } });
  });
});

describe("a POST with the user's cookie from elsewhere", () => {
  const json = { "content-type": "application/json" };
  const body = JSON.stringify({ creatorId: CREATOR });

  it("from a sibling origin, an opaque origin or a cross-site fetch: 403 and nothing written", async () => {
    for (const headers of [{ ...json, origin: "http://shop.localhost" }, { ...json, origin: "null" }, { ...json, "sec-fetch-site": "cross-site" }, { ...json, "sec-fetch-site": "same-site" }]) {
      const res = await postItem(body, headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect((await res.json()).error.code).toBe("forbidden");
    }
    expect(await itemCount()).toBe(0);
  });

  it("as an HTML form (urlencoded, multipart or text/plain): 415 and nothing written", async () => {
    for (const type of ["application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain"]) {
      const res = await postItem(type.startsWith("application/x") ? `creatorId=${CREATOR}` : body, { "content-type": type, origin: "http://localhost" });
      expect(res.status, type).toBe(415);
    }
    expect(await itemCount()).toBe(0);
  });

  it("while the same request from the app's own page is accepted", async () => {
    const res = await postItem(body, { ...json, origin: "http://localhost", "sec-fetch-site": "same-origin" });
    expect(res.status).toBe(201);
    expect(await itemCount()).toBe(1);
  });
});

describe("body size", () => {
  const big = (bytes: number) => JSON.stringify({ creatorId: CREATOR, note: "x".repeat(bytes) });
  /** A body with no Content-Length (sent chunked): the size is only known while reading. */
  const chunked = (text: string) => new ReadableStream<Uint8Array>({
    start(c) {
      const bytes = new TextEncoder().encode(text);
      for (let i = 0; i < bytes.length; i += 64 * 1024) c.enqueue(bytes.slice(i, i + 64 * 1024));
      c.close();
    },
  });

  it("a JSON body over 1 MB on a signed-in route is a 413, declared or chunked, and nothing is written", async () => {
    const before = await itemCount();
    const res = await postItem(big(MAX_JSON_BODY_BYTES), { "content-type": "application/json", "content-length": String(MAX_JSON_BODY_BYTES + 100) });
    expect(res.status).toBe(413);
    const stream = addItem(new NextRequest(new URL(`/api/shortlists/${LIST}/items`, "http://localhost"), { method: "POST", body: chunked(big(MAX_JSON_BODY_BYTES)), headers: { "content-type": "application/json" }, duplex: "half" } as ConstructorParameters<typeof NextRequest>[1]), { params: Promise.resolve({ id: LIST }) });
    expect((await stream).status).toBe(413);
    expect(await itemCount()).toBe(before);
  });

  it("a body just under the limit is read as before", async () => {
    const res = await postItem(JSON.stringify({ creatorId: `${CREATOR}_missing`, pad: "x".repeat(MAX_JSON_BODY_BYTES - 200) }), { "content-type": "application/json" });
    expect(res.status).not.toBe(413);
    expect(res.status).toBeLessThan(500);
  });

  it("a share link's public route takes at most 16 KB", async () => {
    const token = "A".repeat(43);
    const post = (body: BodyInit, headers: Record<string, string> = {}) =>
      decide(new NextRequest(new URL(`/api/share/${token}/decisions`, "http://localhost"), { method: "POST", body, headers: { "content-type": "application/json", ...headers }, duplex: "half" } as ConstructorParameters<typeof NextRequest>[1]), { params: Promise.resolve({ token }) });
    const body = JSON.stringify({ itemId: "x", decision: "approved", comment: "x".repeat(MAX_PUBLIC_JSON_BODY_BYTES) });
    expect((await post(body)).status).toBe(413);
    expect((await post(chunked(body))).status).toBe(413);
    // A normal answer reaches the handler (an unknown link: 404).
    expect((await post(JSON.stringify({ itemId: "x", decision: "approved" }))).status).toBe(404);
  });
});
