// "Campaign results" as a kind of import, on real PostgreSQL: the wizard's routes (upload with the
// kind and the campaign, chunk, finish, preview = the whole file checked, commit) and the command
// line (npm run import -- FILE --kind campaign-results --campaign ID) write a campaign's posts through
// the same job and writer; a newer export updates the same posts by URL keeping each version; a file
// with wrong rows names each line and writes nothing; another organisation's campaign is a 404.
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";

process.env.NEXTAUTH_SECRET = "import-campaign-results-secret";
const uploads = await mkdtemp(path.join(tmpdir(), "scout-results-import-"));
process.env.SCOUT_IMPORT_DIR = uploads;
vi.mock("next/headers", () => import("../support/next-headers"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const { signInAs } = await import("../support/next-headers");
const { prisma } = await import("@/lib/db/client");
const { POST: createUpload } = await import("@/app/api/admin/imports/route");
const { PUT: putChunk } = await import("@/app/api/admin/imports/[id]/chunk/route");
const { POST: finish } = await import("@/app/api/admin/imports/[id]/finish/route");
const { POST: preview } = await import("@/app/api/admin/imports/[id]/preview/route");
const { POST: commit } = await import("@/app/api/admin/imports/[id]/commit/route");

const repoRoot = path.resolve(__dirname, "../..");
const P = `itres${Date.now().toString(36)}`;
const ADMIN = `${P}_admin`;
const OTHER = `${P}_other`;
const CAMPAIGN = `${P}_camp`;
const OTHER_CAMPAIGN = `${P}_camp_b`;
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const call = (url: string, init: { method: string; body?: string; type?: string }) =>
  new NextRequest(new URL(url, "http://localhost"), { method: init.method, body: init.body, headers: init.type ? { "content-type": init.type } : {} });

const V1 = ["Post link,Username,Date,Plays,Likes,Comments,Orders,GMV", `https://www.tiktok.com/@${P}_a/video/1,${P}_a,2026-11-02,"12,400",800,40,,`, `https://www.instagram.com/p/${P}X/,@${P}_b,2026-11-03,,300,,5,250.50`].join("\n");
const V2 = ["url,views,likes", `https://www.tiktok.com/@${P}_a/video/1,20000,1100`, `https://www.instagram.com/p/${P}X/,9000,420`].join("\n");
const BAD = ["url,creator,likes", `https://www.tiktok.com/@${P}_a/video/2,${P}_a,-3`, `https://www.tiktok.com/@${P}_a/video/3,nobody,4`, `https://www.tiktok.com/@${P}_a/video/4,${P}_a,4`].join("\n");

beforeAll(async () => {
  for (const [org, user] of [[`${P}_org`, ADMIN], [`${P}_org_b`, OTHER]] as const) {
    await prisma.organization.create({ data: { id: org, name: org, slug: org, users: { create: { id: user, email: `${user}@example.test`, name: user, passwordHash: "x", role: "ADMIN" } } } });
  }
  const booked = (pre: string) => ({ create: [
    { platform: "tiktok" as const, handle: `${pre}_a`, fee: 400, deliverables: [{ platform: "tiktok", format: "video", count: 1 }], predictedEngagements: 1000 },
    { platform: "instagram" as const, handle: `${pre}_b`, fee: 300, deliverables: [{ platform: "instagram", format: "post", count: 1 }], predictedEngagements: 500 },
  ] });
  await prisma.campaign.create({ data: { id: CAMPAIGN, organizationId: `${P}_org`, name: `${P} campaign`, startsOn: new Date("2026-11-01"), budget: 1000, goal: "engagement", source: "shortlist", creators: booked(P) } });
  await prisma.campaign.create({ data: { id: OTHER_CAMPAIGN, organizationId: `${P}_org_b`, name: `${P} theirs`, startsOn: new Date("2026-11-01"), budget: 1000, goal: "engagement", source: "shortlist", creators: booked(P) } });
});
afterAll(async () => {
  await prisma.importJob.deleteMany({ where: { campaignId: { in: [CAMPAIGN, OTHER_CAMPAIGN] } } });
  await prisma.importJob.deleteMany({ where: { createdById: { in: [ADMIN, OTHER] } } });
  await prisma.organization.deleteMany({ where: { id: { in: [`${P}_org`, `${P}_org_b`] } } });
  await rm(uploads, { recursive: true, force: true });
});

async function upload(text: string, campaignId = CAMPAIGN) {
  const res = await createUpload(call("/api/admin/imports", { method: "POST", body: JSON.stringify({ fileName: "results.csv", size: Buffer.byteLength(text), kind: "campaign-results", campaignId }), type: "application/json" }), ctx(""));
  if (res.status !== 201) return { status: res.status, id: "" };
  const { id } = (await res.json()) as { id: string };
  expect((await putChunk(call(`/api/admin/imports/${id}/chunk?offset=0`, { method: "PUT", body: text }), ctx(id))).status).toBe(200);
  return { status: 201, id };
}
const posts = () => prisma.campaignPost.findMany({ where: { campaignId: CAMPAIGN }, orderBy: { url: "asc" }, include: { _count: { select: { snapshots: true } } } });

describe("campaign results through the import wizard", () => {
  it("suggests the columns, checks the whole file without writing, then imports it into the campaign", async () => {
    await signInAs({ sub: ADMIN });
    const { id } = await upload(V1);
    const analysis = (await (await finish(call(`/api/admin/imports/${id}/finish`, { method: "POST" }), ctx(id))).json()) as { kind: string; suggestion: { columns: Record<string, string> } };
    expect(analysis.kind).toBe("campaign-results");
    expect(analysis.suggestion.columns).toMatchObject({ url: "Post link", creator: "Username", postedAt: "Date", views: "Plays", likes: "Likes", comments: "Comments", conversions: "Orders", revenue: "GMV" });
    const dry = await preview(call(`/api/admin/imports/${id}/preview`, { method: "POST", body: JSON.stringify({ columns: analysis.suggestion.columns }), type: "application/json" }), ctx(id));
    expect(dry.status).toBe(200);
    expect((await dry.json()) as object).toMatchObject({ ok: true, rows: 2, created: 2, updated: 0 });
    expect(await posts()).toEqual([]);
    const done = await commit(call(`/api/admin/imports/${id}/commit`, { method: "POST" }), ctx(id));
    expect(done.status).toBe(201);
    const job = (await done.json()) as { id: string; campaignId: string; created: number };
    expect(job).toMatchObject({ campaignId: CAMPAIGN, created: 2 });
    const [ig, tt] = await posts();
    expect([tt!.views, tt!.likes, tt!.comments, tt!.conversions, tt!.revenue]).toEqual([12_400n, 800n, 40n, null, null]);
    expect([ig!.views, ig!.likes, ig!.comments, ig!.conversions, ig!.revenue?.toNumber()]).toEqual([null, 300n, null, 5n, 250.5]);
    const history = await prisma.importJob.findUniqueOrThrow({ where: { id: job.id } });
    expect([history.kind, history.campaignId, history.status, history.createdCount, history.dryRun]).toEqual(["campaign-results", CAMPAIGN, "completed", 2, false]);
  });

  it("a file with wrong rows: each line named in the dry run, the import refused, nothing written", async () => {
    const before = await prisma.campaignPostSnapshot.count({ where: { post: { campaignId: CAMPAIGN } } });
    const { id } = await upload(BAD);
    await finish(call(`/api/admin/imports/${id}/finish`, { method: "POST" }), ctx(id));
    const dry = (await (await preview(call(`/api/admin/imports/${id}/preview`, { method: "POST", body: JSON.stringify({ columns: { url: "url", creator: "creator", likes: "likes" } }), type: "application/json" }), ctx(id))).json()) as { ok: boolean; errors: { line: number; messages: string[] }[] };
    expect(dry.ok).toBe(false);
    expect(dry.errors.map((e) => e.line)).toEqual([2, 3]);
    expect(dry.errors[0]!.messages.join(" ")).toMatch(/negative/);
    expect(dry.errors[1]!.messages.join(" ")).toMatch(/not one of this campaign's creators/);
    expect((await prisma.importRowError.findMany({ where: { importJobId: id }, orderBy: { line: "asc" } })).map((e) => e.line)).toEqual([2, 3]);
    expect((await commit(call(`/api/admin/imports/${id}/commit`, { method: "POST" }), ctx(id))).status).toBe(422);
    expect(await prisma.campaignPostSnapshot.count({ where: { post: { campaignId: CAMPAIGN } } })).toBe(before);
    expect(await prisma.campaignPost.count({ where: { campaignId: CAMPAIGN } })).toBe(2);
  });

  it("another organisation's campaign is a 404, and nothing is uploaded for it", async () => {
    const jobs = await prisma.importJob.count();
    expect((await upload(V1, OTHER_CAMPAIGN)).status).toBe(404);
    expect(await prisma.importJob.count()).toBe(jobs);
  });
});

describe("campaign results from the command line", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "scout-results-cli-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const cli = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "scripts/import.ts", ...args], { cwd: repoRoot, env: process.env, encoding: "utf8", timeout: 90_000 });
  const file = async (name: string, text: string) => {
    const f = path.join(dir, name);
    await writeFile(f, text);
    return f;
  };

  it("a newer export updates the same posts by URL, keeps what it lacks and keeps each version; --dry-run writes nothing", async () => {
    const f = await file("newer.csv", V2);
    const dry = cli([f, "--kind", "campaign-results", "--campaign", CAMPAIGN, "--dry-run"]);
    expect(dry.status).toBe(0);
    expect(JSON.parse(dry.stdout.trim())).toMatchObject({ created: 0, updated: 2, dryRun: true });
    expect((await posts()).map((p) => p._count.snapshots)).toEqual([1, 1]);
    const r = cli([f, "--kind", "campaign-results", "--campaign", CAMPAIGN]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.trim())).toMatchObject({ kind: "campaign-results", campaign: CAMPAIGN, rows: 2, created: 0, updated: 2 });
    const [ig, tt] = await posts();
    expect([tt!.views, tt!.likes, tt!.comments]).toEqual([20_000n, 1100n, 40n]);
    expect([ig!.views, ig!.likes, ig!.conversions]).toEqual([9000n, 420n, 5n]);
    expect([ig!._count.snapshots, tt!._count.snapshots]).toEqual([2, 2]);
  });

  it("wrong rows: each on stderr by line, exit 1, nothing written; an unknown campaign is refused", async () => {
    const before = await prisma.campaignPostSnapshot.count({ where: { post: { campaignId: CAMPAIGN } } });
    const r = cli([await file("bad.csv", BAD), "--kind", "campaign-results", "--campaign", CAMPAIGN]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/line 2: .*negative/);
    expect(r.stderr).toMatch(/line 3: .*not one of this campaign's creators/);
    expect(r.stderr).toMatch(/nothing was imported/);
    expect(await prisma.campaignPostSnapshot.count({ where: { post: { campaignId: CAMPAIGN } } })).toBe(before);
    const unknown = cli([await file("v1.csv", V1), "--kind", "campaign-results", "--campaign", `${P}_nope`]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/no campaign with id/);
  });

  it("--map names a column the suggestion would not take", async () => {
    const f = await file("odd.csv", ["Link to content,Who,Hearts", `https://www.tiktok.com/@${P}_a/video/9,${P}_a,77`].join("\n"));
    const r = cli([f, "--kind", "campaign-results", "--campaign", CAMPAIGN, "--map", "url=Link to content,creator=Who", "--dry-run"]);
    expect(r.stderr).toMatch(/url ← “Link to content”/);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.trim())).toMatchObject({ created: 1 });
  });
});
