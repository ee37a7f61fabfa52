// Who may reach what, generated from the file tree: every page (app/**/page.tsx), every method of
// every route handler (app/api/**/route.ts) and every server action (the exports of app/**/actions.ts)
// must have a line in the manifest below, or this test fails. Each line is run as: signed out,
// MARKETER, AGENCY and ADMIN of organisation A, and an AGENCY user of organisation B (the samples are
// A's records), through the real handler / page / action with a real session token and database.
// Every refused cell must leave the database (and the upload folder) exactly as it was.
//
// A new route is one line: its key, sample params/query/body (placeholders in {braces} name the
// fixtures below) and the five expected statuses [signed out, MARKETER, AGENCY, ADMIN, other org].
// Pages: 200 rendered, 401 sent to the login page, 302 sent elsewhere, 403, 404.
// Actions: 200 when they answer { ok }, else the status they report (401, 403, 400, 404, 409...).
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";

process.env.NEXTAUTH_SECRET = "authorization-test-secret";
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "1";
const uploads = await mkdtemp(path.join(tmpdir(), "scout-authz-"));
process.env.SCOUT_IMPORT_DIR = uploads;
vi.mock("next/headers", () => import("../support/next-headers"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
// Pages call connection() to render per request; called directly there is no request scope to wait for.
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), connection: async () => {} }));

const { signInAs } = await import("../support/next-headers");
const { prisma } = await import("@/lib/db/client");

type Five = [signedOut: number, marketer: number, agency: number, admin: number, otherOrg: number];
type RouteLine = { params?: Record<string, string>; query?: string; body?: unknown; stream?: string; expect: Five };
type PageLine = { params?: Record<string, string>; query?: Record<string, string>; expect: Five };
type ActionLine = { input: () => Record<string, string | string[]>; expect: Five };

const P = "itauthz";
let seq = 0;
const THRESHOLDS = { microMin: "10000", microMax: "50000", macroMin: "500000", macroMax: "1000000" };

// ---- the manifest ------------------------------------------------------------------------------
const ROUTES: Record<string, RouteLine> = {
  "GET /api/creators": { query: "brief={briefA}", expect: [401, 200, 200, 200, 404] },
  "GET /api/creators/[id]": { params: { id: "{creator}" }, query: "brief={briefA}", expect: [401, 200, 200, 200, 404] },
  "GET /api/shortlists": { expect: [401, 200, 200, 200, 200] },
  "POST /api/shortlists/[id]/items": { params: { id: "{shortlistA}" }, body: { creatorId: "{creator}" }, expect: [401, 201, 200, 200, 404] },
  // Shortlists: every role edits; deleting is AGENCY, ADMIN and the list's creator, share links are
  // AGENCY and ADMIN only (shortlistA has no creator; shortlistWork was created by the MARKETER). A second create of one name is a 409.
  "POST /api/shortlists": { body: { name: `${P} created` }, expect: [401, 201, 409, 409, 201] },
  "GET /api/shortlists/[id]": { params: { id: "{shortlistA}" }, expect: [401, 200, 200, 200, 404] },
  "PATCH /api/shortlists/[id]": { params: { id: "{shortlistA}" }, body: { description: "edited" }, expect: [401, 200, 200, 200, 404] },
  "DELETE /api/shortlists/[id]": { params: { id: "{shortlistDel}" }, expect: [401, 403, 200, 404, 404] },
  "GET /api/shortlists/[id]/items": { params: { id: "{shortlistA}" }, expect: [401, 200, 200, 200, 404] },
  "PATCH /api/shortlists/[id]/items": { params: { id: "{shortlistA}" }, body: { itemIds: ["{itemA}"], status: "contacted" }, expect: [401, 200, 200, 200, 404] },
  "DELETE /api/shortlists/[id]/items": { params: { id: "{shortlistWork}" }, body: { itemIds: ["{itemWork2}"] }, expect: [401, 200, 200, 200, 404] },
  "PATCH /api/shortlists/[id]/items/[itemId]": { params: { id: "{shortlistA}", itemId: "{itemA}" }, body: { note: "a note", agreedPrice: 300 }, expect: [401, 200, 200, 200, 404] },
  "DELETE /api/shortlists/[id]/items/[itemId]": { params: { id: "{shortlistWork}", itemId: "{itemWork1}" }, expect: [401, 200, 404, 404, 404] },
  "POST /api/shortlists/[id]/items/transfer": { params: { id: "{shortlistA}" }, body: { itemIds: ["{itemA}"], targetId: "{shortlistWork}", mode: "copy" }, expect: [401, 200, 200, 200, 404] },
  "POST /api/shortlists/[id]/duplicate": { params: { id: "{shortlistA}" }, body: { name: `${P} copy` }, expect: [401, 201, 409, 409, 404] },
  "GET /api/shortlists/[id]/activity": { params: { id: "{shortlistA}" }, expect: [401, 200, 200, 200, 404] },
  "GET /api/shortlists/[id]/export": { params: { id: "{shortlistA}" }, query: "format=csv", expect: [401, 200, 200, 200, 404] },
  "GET /api/shortlists/[id]/share-links": { params: { id: "{shortlistA}" }, expect: [401, 403, 200, 200, 404] },
  "POST /api/shortlists/[id]/share-links": { params: { id: "{shortlistA}" }, body: { days: 5 }, expect: [401, 403, 201, 201, 404] },
  "DELETE /api/shortlists/[id]/share-links/[linkId]": { params: { id: "{shortlistA}", linkId: "{linkRevoke}" }, expect: [401, 403, 200, 200, 404] },
  // A client's link: no account, the token alone opens that one list.
  "GET /api/share/[token]": { params: { token: "{shareToken}" }, expect: [200, 200, 200, 200, 200] },
  "POST /api/share/[token]/decisions": { params: { token: "{shareToken}" }, body: { itemId: "{itemA}", decision: "approved" }, expect: [200, 200, 200, 200, 200] },
  "POST /api/admin/imports": { body: { fileName: `${P}-upload.csv`, size: 10 }, expect: [401, 403, 403, 201, 403] },
  "GET /api/admin/imports/[id]": { params: { id: "{importJob}" }, expect: [401, 403, 403, 200, 403] },
  "PUT /api/admin/imports/[id]/chunk": { params: { id: "{importJob}" }, query: "offset=0", stream: "handle,followers\n", expect: [401, 403, 403, 404, 403] },
  "POST /api/admin/imports/[id]/finish": { params: { id: "{importJob}" }, expect: [401, 403, 403, 404, 403] },
  "POST /api/admin/imports/[id]/preview": { params: { id: "{importJob}" }, body: {}, expect: [401, 403, 403, 400, 403] },
  "POST /api/admin/imports/[id]/commit": { params: { id: "{importJob}" }, expect: [401, 403, 403, 404, 403] },
  "GET /api/admin/imports/[id]/rejected": { params: { id: "{importJob}" }, expect: [401, 403, 403, 200, 403] },
  "GET /api/compare": { query: "ids={creator},{creator2}&brief={briefA}", expect: [401, 200, 200, 200, 404] },
  "GET /api/plan": { query: "budget=5000&list={shortlistPlan}", expect: [401, 200, 200, 200, 404] },
  "POST /api/plan": { body: { budget: 5000, list: "{shortlistPlan}" }, expect: [401, 200, 200, 200, 404] },
  // Alerts: each organisation its own (another's ids change nothing).
  "GET /api/alerts": { expect: [401, 200, 200, 200, 200] },
  "PATCH /api/alerts": { body: { all: true, read: true }, expect: [401, 200, 200, 200, 200] },
  // Campaigns: rights follow the shortlist rules (every role reads, edits and records results;
  // deleting is AGENCY, ADMIN and whoever created it; showing the report to the client is AGENCY and ADMIN).
  "GET /api/campaigns": { expect: [401, 200, 200, 200, 200] },
  "POST /api/campaigns": { body: { from: "shortlist", shortlistId: "{shortlistPlan}", name: `${P} new campaign`, budget: 1000, startsOn: "2026-11-01" }, expect: [401, 201, 409, 409, 404] },
  "GET /api/campaigns/[id]": { params: { id: "{campaignA}" }, expect: [401, 200, 200, 200, 404] },
  "PATCH /api/campaigns/[id]": { params: { id: "{campaignA}" }, body: { shareWithClient: true }, expect: [401, 403, 200, 200, 404] },
  "DELETE /api/campaigns/[id]": { params: { id: "{campaignDel}" }, expect: [401, 403, 200, 404, 404] },
  "POST /api/campaigns/[id]/posts": { params: { id: "{campaignA}" }, body: { posts: [{ url: "https://www.instagram.com/p/authz/", creator: `${P}_creator2`, likes: 10 }] }, expect: [401, 200, 200, 200, 404] },
  "POST /api/campaigns/[id]/results": { params: { id: "{campaignA}" }, query: "fileName=r.csv", stream: `url,creator,likes\nhttps://www.instagram.com/p/authz2/,${P}_creator2,5\n`, expect: [401, 200, 200, 200, 404] },
  "PATCH /api/campaigns/[id]/creators/[creatorId]": { params: { id: "{campaignA}", creatorId: "{campaignCreatorA}" }, body: { fee: 250 }, expect: [401, 200, 200, 200, 404] },
  "GET /api/campaigns/[id]/export": { params: { id: "{campaignA}" }, query: "format=csv", expect: [401, 200, 200, 200, 404] },
  // The rate card is the installation's: admins only (the value sent is the seeded one).
  "GET /api/admin/emv": { expect: [401, 403, 403, 200, 403] },
  "PUT /api/admin/emv": { body: { platform: "other", metric: "linkClicks", usd: 1.58, source: "Ayzenberg Earned Media Value Index, as quoted by SocialToaster (https://socialtoaster.com/?p=32725)" }, expect: [401, 403, 403, 200, 403] },
};
/**
 * Not through lib/http: next-auth's own sign-in and sign-out endpoints, public by design. And the
 * health check: public by design, the same answer for everyone, and its status depends on the import
 * queue's tables (200 or 503), not on who asks: tests/integration/database-down.test.ts covers it.
 */
const EXEMPT_ROUTES: Record<string, string> = {
  "GET /api/auth/[...nextauth]": "next-auth",
  "POST /api/auth/[...nextauth]": "next-auth",
  "GET /api/health": "public health check",
};
const PAGES: Record<string, PageLine> = {
  "/": { expect: [401, 200, 200, 200, 200] },
  "/alerts": { expect: [401, 200, 200, 200, 200] },
  "/login": { expect: [200, 302, 302, 302, 302] },
  "/search": { query: { brief: "{briefA}" }, expect: [401, 200, 200, 200, 404] },
  "/creators/[id]": { params: { id: "{creator}" }, query: { brief: "{briefA}" }, expect: [401, 200, 200, 200, 404] },
  "/shortlists": { expect: [401, 200, 200, 200, 200] },
  "/shortlists/[id]": { params: { id: "{shortlistA}" }, expect: [401, 200, 200, 200, 404] },
  "/share/[token]": { params: { token: "{shareToken}" }, expect: [200, 200, 200, 200, 200] },
  "/admin": { expect: [401, 403, 403, 200, 403] },
  "/admin/imports": { expect: [401, 403, 403, 200, 403] },
  "/admin/imports/[id]": { params: { id: "{importJob}" }, expect: [401, 403, 403, 200, 403] },
  "/compare": { query: { ids: "{creator},{creator2}", brief: "{briefA}" }, expect: [401, 200, 200, 200, 404] },
  // Another organisation's list reads on the page exactly as a list that does not exist (a message).
  "/plan": { query: { budget: "5000", list: "{shortlistPlan}" }, expect: [401, 200, 200, 200, 200] },
  "/campaigns": { expect: [401, 200, 200, 200, 200] },
  "/campaigns/[id]": { params: { id: "{campaignA}" }, expect: [401, 200, 200, 200, 404] },
};
const ACTIONS: Record<string, ActionLine> = {
  "app/(app)/admin/actions.ts#updateTierThresholds": { input: () => THRESHOLDS, expect: [401, 403, 403, 200, 403] },
  "app/(app)/admin/actions.ts#updateAlertSettings": { input: () => ({ driftPercent: "10", jumpPercent: "30", dropPercent: "30", staleDays: "90" }), expect: [401, 403, 403, 200, 403] },
  "app/(app)/shortlists/actions.ts#createShortlistAction": { input: () => ({ name: `${P} list ${++seq}` }), expect: [401, 200, 200, 200, 200] },
  "app/(app)/compare/actions.ts#addComparedToList": { input: () => ({ shortlistId: FIXTURES.shortlistPlan!, creatorIds: [FIXTURES.creator!, FIXTURES.creator2!] }), expect: [401, 200, 200, 200, 404] },
  "app/(app)/campaigns/actions.ts#createCampaignAction": { input: () => ({ shortlistId: FIXTURES.shortlistPlan!, name: `${P} campaign ${++seq}`, budget: "1000", startsOn: "2026-11-01" }), expect: [401, 200, 200, 200, 404] },
  "app/(app)/campaigns/actions.ts#addPostAction": { input: () => ({ campaignId: FIXTURES.campaignA!, url: "https://www.instagram.com/p/typed/", creator: `${P}_creator2`, likes: "12" }), expect: [401, 200, 200, 200, 404] },
  "app/(app)/campaigns/actions.ts#shareCampaignAction": { input: () => ({ campaignId: FIXTURES.campaignA!, shareWithClient: "true" }), expect: [401, 403, 200, 200, 404] },
  "app/(app)/plan/actions.ts#savePlanOptionAction": { input: () => ({ mode: "existing", shortlistId: FIXTURES.shortlistPlan!, creatorIds: `${FIXTURES.creator},${FIXTURES.creator2}` }), expect: [401, 200, 200, 200, 404] },
};

// ---- fixtures ----------------------------------------------------------------------------------
const ORG_A = `${P}_org_a`;
const ORG_B = `${P}_org_b`;
const WHO = ["signed out", "MARKETER", "AGENCY", "ADMIN", "other org"] as const;
const USERS = [null, `${P}_marketer`, `${P}_agency`, `${P}_admin`, `${P}_other`] as const;
const FIXTURES: Record<string, string> = {
  briefA: `${P}_brief_a`, creator: `${P}_creator`, creator2: `${P}_creator2`, shortlistA: `${P}_sl_a`, shortlistPlan: `${P}_sl_plan`, importJob: `${P}_job`,
  itemA: `${P}_item_a`, shortlistDel: `${P}_sl_del`, shortlistWork: `${P}_sl_work`, itemWork1: `${P}_item_w1`, itemWork2: `${P}_item_w2`,
  linkRevoke: `${P}_link_revoke`, campaignA: `${P}_campaign_a`, campaignCreatorA: `${P}_cc_a`, campaignDel: `${P}_campaign_del`, shareToken: `${P}_share_token_`.padEnd(43, "x"),
};
const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => FIXTURES[k] ?? `{${k}}`);
const fillAll = <T,>(v: T): T => JSON.parse(fill(JSON.stringify(v ?? null))) as T;

async function cleanup() {
  await prisma.importJob.deleteMany({ where: { OR: [{ id: { startsWith: P } }, { fileName: { startsWith: P } }] } });
  await prisma.creator.deleteMany({ where: { id: { startsWith: P } } });
  await prisma.organization.deleteMany({ where: { id: { startsWith: P } } });
  await prisma.instanceSettings.deleteMany({ where: { updatedBy: { contains: P } } });
}

beforeAll(async () => {
  await cleanup();
  await prisma.organization.create({ data: { id: ORG_A, name: "Authz A", slug: ORG_A } });
  await prisma.organization.create({ data: { id: ORG_B, name: "Authz B", slug: ORG_B } });
  const roles = [null, "MARKETER", "AGENCY", "ADMIN", "AGENCY"] as const;
  for (let i = 1; i < USERS.length; i++) {
    await prisma.user.create({ data: { id: USERS[i]!, email: `${USERS[i]}@example.test`, passwordHash: "x", role: roles[i]!, organizationId: i === 4 ? ORG_B : ORG_A } });
  }
  await prisma.brandBrief.create({ data: { id: FIXTURES.briefA!, organizationId: ORG_A, name: "A brief", niches: [{ id: "beauty", weight: 1 }], keywords: [], countries: [], languages: [], platforms: [] } });
  await prisma.shortlist.create({ data: { id: FIXTURES.shortlistA!, organizationId: ORG_A, name: "A list" } });
  await prisma.creator.create({ data: { id: FIXTURES.creator!, platform: "instagram", handle: `${P}_creator`, followers: 20_000, tier: "micro", metricsAsOf: new Date() } });
  // Priced and measured, so a plan over the second list has something to choose.
  const measured = { followers: 30_000, tier: "micro" as const, avgLikes: 580, avgComments: 20, engagementRate: 0.02, expectedEngagements: 600, priceLow: 150, priceHigh: 250, metricsAsOf: new Date() };
  await prisma.creator.create({ data: { id: FIXTURES.creator2!, platform: "instagram", handle: `${P}_creator2`, ...measured } });
  await prisma.shortlist.create({ data: { id: FIXTURES.shortlistPlan!, organizationId: ORG_A, name: "A plan list", items: { create: [{ creatorId: FIXTURES.creator2! }] } } });
  await prisma.creator.update({ where: { id: FIXTURES.creator! }, data: { ...measured, followers: 20_000 } });
  await prisma.shortlistItem.create({ data: { id: FIXTURES.itemA!, shortlistId: FIXTURES.shortlistA!, creatorId: FIXTURES.creator2! } });
  await prisma.shortlist.create({ data: { id: FIXTURES.shortlistDel!, organizationId: ORG_A, name: "A list to delete" } });
  await prisma.shortlist.create({
    data: { id: FIXTURES.shortlistWork!, organizationId: ORG_A, name: "A work list", createdById: USERS[1]!, items: { create: [{ id: FIXTURES.itemWork1!, creatorId: FIXTURES.creator! }, { id: FIXTURES.itemWork2!, creatorId: FIXTURES.creator2! }] } },
  });
  const { hashShareToken } = await import("@/lib/queries/shortlist");
  const inAMonth = new Date(Date.now() + 30 * 86_400_000);
  await prisma.shareLink.create({ data: { id: FIXTURES.linkRevoke!, shortlistId: FIXTURES.shortlistA!, tokenHash: `${P}_not_a_real_hash`, columns: [], expiresAt: inAMonth } });
  await prisma.shareLink.create({ data: { shortlistId: FIXTURES.shortlistA!, tokenHash: hashShareToken(FIXTURES.shareToken!), columns: ["followers", "price"], expiresAt: inAMonth } });
  // Campaigns from the plan list; campaignDel has no creator, so only AGENCY and ADMIN may delete it.
  const booked = { creators: { create: [{ creatorId: FIXTURES.creator2!, platform: "instagram" as const, handle: `${P}_creator2`, fee: 200, deliverables: [{ platform: "instagram", format: "post", count: 1 }] }] } };
  const bookedA = { creators: { create: [{ ...booked.creators.create[0]!, id: FIXTURES.campaignCreatorA! }] } };
  await prisma.campaign.create({ data: { id: FIXTURES.campaignA!, organizationId: ORG_A, name: `${P} campaign`, startsOn: new Date("2026-11-01"), budget: 1000, goal: "engagement", source: "shortlist", shortlistId: FIXTURES.shortlistPlan!, ...bookedA } });
  await prisma.campaign.create({ data: { id: FIXTURES.campaignDel!, organizationId: ORG_A, name: `${P} campaign to delete`, startsOn: new Date("2026-11-01"), budget: 1000, goal: "engagement", source: "shortlist", ...booked } });
  await prisma.importJob.create({ data: { id: FIXTURES.importJob!, fileName: `${P}.csv`, fileHash: "h", fileSize: 10n, format: "csv", status: "completed", createdByLabel: "test", finishedAt: new Date() } });
});
afterAll(async () => {
  await cleanup();
  await rm(uploads, { recursive: true, force: true });
});

/** Every table's content (and the upload folder's files), to prove a refused request wrote nothing. */
async function fingerprint(): Promise<string> {
  const tables = await prisma.$queryRaw<{ t: string }[]>`
    SELECT table_name AS t FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('_prisma_migrations', 'LoginThrottle') ORDER BY 1`;
  const parts: string[] = [];
  for (const { t } of tables) {
    const [row] = await prisma.$queryRawUnsafe<{ h: string }[]>(`SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${t.replace(/"/g, "")}" x`);
    parts.push(`${t}:${row!.h}`);
  }
  const files = await readdir(uploads, { recursive: true }).catch(() => []);
  return [...parts, `files:${files.sort().join(",")}`].join("\n");
}

// ---- what the file tree holds ------------------------------------------------------------------
const APP = path.resolve("app");
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

async function walk(dir: string, name: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name === name).map((e) => path.join(e.parentPath, e.name)).sort();
}
/** app/(app)/admin/imports/(history)/page.tsx -> /admin/imports (route groups are not in the URL). */
const urlOf = (file: string) => "/" + path.relative(APP, path.dirname(file)).split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s)).join("/");
const importApp = (file: string) => import(/* @vite-ignore */ file) as Promise<Record<string, unknown>>;

async function discover() {
  const routes: Record<string, (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>> = {};
  for (const file of await walk(path.join(APP, "api"), "route.ts")) {
    const mod = await importApp(file);
    for (const m of METHODS) if (typeof mod[m] === "function") routes[`${m} ${urlOf(file)}`] = mod[m] as (typeof routes)[string];
  }
  const pages: Record<string, (props: unknown) => Promise<unknown> | unknown> = {};
  for (const file of await walk(APP, "page.tsx")) pages[urlOf(file)] = (await importApp(file)).default as (typeof pages)[string];
  const actions: Record<string, (prev: unknown, form: FormData) => Promise<{ ok?: string; error?: string; status?: number }>> = {};
  for (const file of await walk(APP, "actions.ts")) {
    for (const [name, fn] of Object.entries(await importApp(file))) {
      if (typeof fn === "function") actions[`${path.relative(process.cwd(), file)}#${name}`] = fn as (typeof actions)[string];
    }
  }
  return { routes, pages, actions };
}
const found = await discover();

// ---- running one cell --------------------------------------------------------------------------
function digestStatus(err: unknown): number {
  const digest = String((err as { digest?: unknown } | null)?.digest ?? "");
  if (digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2]?.startsWith("/login") ? 401 : 302;
  const fallback = /^NEXT_HTTP_ERROR_FALLBACK;(\d+)$/.exec(digest);
  if (fallback) return Number(fallback[1]);
  throw err;
}

async function callRoute(key: string, line: RouteLine): Promise<number> {
  const [method, url] = key.split(" ") as [string, string];
  const params = fillAll(line.params ?? {});
  const concrete = url.replace(/\[(\w+)\]/g, (_, k: string) => params[k] ?? k) + (line.query ? `?${fill(line.query)}` : "");
  const init: ConstructorParameters<typeof NextRequest>[1] = { method };
  if (line.body !== undefined) Object.assign(init, { body: JSON.stringify(fillAll(line.body)), headers: { "content-type": "application/json" } });
  if (line.stream !== undefined) Object.assign(init, { body: line.stream, headers: { "content-type": "application/octet-stream" } });
  const res = await found.routes[key]!(new NextRequest(new URL(concrete, "http://localhost"), init), { params: Promise.resolve(params) });
  const text = await res.text();
  // Whatever the status, never a stack trace or SQL in the answer.
  expect(text).not.toMatch(/\bat .+\.(ts|js):\d+|SELECT |prisma/i);
  return res.status;
}

async function callPage(url: string, line: PageLine): Promise<number> {
  try {
    await found.pages[url]!({ params: Promise.resolve(fillAll(line.params ?? {})), searchParams: Promise.resolve(fillAll(line.query ?? {})) });
    return 200;
  } catch (err) {
    return digestStatus(err);
  }
}

async function callAction(key: string, line: ActionLine): Promise<number> {
  const form = new FormData();
  for (const [k, v] of Object.entries(line.input())) for (const one of [v].flat()) form.append(k, one);
  const state = await found.actions[key]!(undefined, form);
  return state.ok !== undefined ? 200 : (state.status ?? 500);
}

async function runCells(expected: Five, call: () => Promise<number>) {
  const got: string[] = [];
  for (let i = 0; i < WHO.length; i++) {
    await signInAs(USERS[i] ? { sub: USERS[i]! } : null);
    const refused = expected[i]! >= 300;
    const before = refused ? await fingerprint() : "";
    const status = await call();
    got.push(`${WHO[i]}: ${status}`);
    if (refused) expect(await fingerprint(), `${WHO[i]} was refused (${status}) but something was written`).toBe(before);
  }
  expect(got).toEqual(WHO.map((w, i) => `${w}: ${expected[i]}`));
}

// ---- the tests ---------------------------------------------------------------------------------
describe("the authorization manifest covers the file tree", () => {
  it("lists every route method, and nothing that no longer exists", () => {
    expect(Object.keys(found.routes).sort()).toEqual([...Object.keys(ROUTES), ...Object.keys(EXEMPT_ROUTES)].sort());
  });
  it("lists every page", () => {
    expect(Object.keys(found.pages).sort()).toEqual(Object.keys(PAGES).sort());
  });
  it("lists every server action", () => {
    expect(Object.keys(found.actions).sort()).toEqual(Object.keys(ACTIONS).sort());
  });
});

describe("each route, page and action answers each kind of user as declared, and refusals write nothing", () => {
  it.each(Object.entries(ROUTES))("%s", async (key, line) => {
    await runCells(line.expect, () => callRoute(key, line));
  });
  it.each(Object.entries(PAGES))("page %s", async (url, line) => {
    await runCells(line.expect, () => callPage(url, line));
  });
  it.each(Object.entries(ACTIONS))("action %s", async (key, line) => {
    await runCells(line.expect, () => callAction(key, line));
  });
});
