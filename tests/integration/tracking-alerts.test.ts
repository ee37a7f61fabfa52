// Tracking on real PostgreSQL: an older and a newer export of one creator list, each with its as-of
// date, give snapshots, growth and trend; the background job's alerts reach the organisation whose
// list holds the creators and nobody else; the older export imported again changes nothing current.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { as, call, json, users } from "./shortlist-fixture";

process.env.NEXTAUTH_SECRET = "tracking-alerts-test-secret";
vi.mock("next/headers", () => import("../support/next-headers"));

const { prisma } = await import("@/lib/db/client");
const { runImport } = await import("@/lib/import/pipeline");
const { createImportJob } = await import("@/lib/queries/import-jobs");
const { closeImportPools } = await import("@/lib/queries/import-pool");
const { computeAlerts, listAlerts, countUnreadAlerts, markAlerts } = await import("@/lib/queries/alerts");
const { DEFAULT_TIER_THRESHOLDS } = await import("@/lib/domain/tiers");
const { DEFAULT_ALERT_SETTINGS } = await import("@/lib/domain/alerts");
const alertsRoute = await import("@/app/api/alerts/route");

const P = `ittr${Date.now().toString(36)}`;
const U = users(P);
const h = (name: string) => `${P}_${name}`;
const OLDER = "2026-06-01";
const NEWER = "2026-09-01"; // 92 days later: a 90-day baseline, no 30-day one
const NOW = new Date("2026-09-10T00:00:00Z"); // when the job runs: the older-only creator is 101 days old

// handle, followers, avg likes. Engagement rate = likes / followers.
const olderCsv = [
  "handle,followers,avg likes",
  `${h("drift")},40000,800`, // micro, 80% of the bound
  `${h("cross")},45000,900`, // micro
  `${h("jump")},20000,600`, // 3.0%
  `${h("stale")},15000,300`, // only in the older file
  `${h("steady")},100000,1500`,
].join("\n");
const newerCsv = [
  "handle,followers,avg likes",
  `${h("drift")},46000,920`, // 92% of micro's 50,000: leaning out of micro
  `${h("cross")},60500,1210`, // into mid, engagement rising with it
  `${h("jump")},30000,700`, // +50% followers, +16.7% engagements; rate 2.33% (-22%, not a drop)
  `${h("steady")},101000,1520`,
].join("\n");

let dir: string;

async function importCsv(name: string, body: string, asOf: string) {
  const file = join(dir, name);
  await writeFile(file, body);
  const job = await createImportJob({
    fileName: name, fileHash: name, fileSize: body.length, storagePath: file, format: "csv", createdById: null, createdByLabel: "command line (test)",
    mapping: { columns: { handle: "handle", followers: "followers", avgLikes: "avg likes" }, platform: { mode: "fixed", value: "instagram" } } as never,
    status: "queued", asOf: new Date(`${asOf}T00:00:00Z`),
  });
  return runImport(job.id);
}

const creator = (name: string) =>
  prisma.creator.findUniqueOrThrow({
    where: { platform_handle: { platform: "instagram", handle: h(name) } },
    select: { id: true, followers: true, tier: true, engagementRate: true, metricsAsOf: true, followerGrowth30d: true, followerGrowth90d: true, engagementTrend90d: true, avgLikes: true, priceLow: true, authenticityScore: true },
  });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "scout-tracking-it-"));
  for (const org of [`${P}_org_a`, `${P}_org_b`]) await prisma.organization.create({ data: { id: org, name: org, slug: org } });
  for (const u of Object.values(U)) await prisma.user.create({ data: { id: u.id, email: u.email, name: u.name, role: u.role, organizationId: u.organizationId, passwordHash: "x" } });
});
afterAll(async () => {
  await prisma.organization.deleteMany({ where: { id: { startsWith: P } } });
  await prisma.creator.deleteMany({ where: { handle: { startsWith: P } } });
  await prisma.importJob.deleteMany({ where: { storagePath: { startsWith: dir } } });
  await closeImportPools();
  await rm(dir, { recursive: true, force: true });
});

describe("an older then a newer export, each with its as-of date", () => {
  it("records snapshots at the data's dates, growth and trend, alerts for the list's organisation only, and an older re-import changes nothing", async () => {
    const first = await importCsv("older.csv", olderCsv, OLDER);
    expect(first).toMatchObject({ created: 5, updated: 0, rejected: 0 });
    expect((await creator("drift")).metricsAsOf.toISOString()).toBe(`${OLDER}T00:00:00.000Z`);

    // Organisation A puts every creator on a list; B only the steady one.
    const ids = Object.fromEntries(await Promise.all(["drift", "cross", "jump", "stale", "steady"].map(async (n) => [n, (await creator(n)).id] as const)));
    const listA = await prisma.shortlist.create({ data: { organizationId: `${P}_org_a`, name: "Watch", items: { create: Object.values(ids).map((creatorId) => ({ creatorId })) } } });
    await prisma.shortlist.create({ data: { organizationId: `${P}_org_b`, name: "B list", items: { create: [{ creatorId: ids.steady! }] } } });

    const second = await importCsv("newer.csv", newerCsv, NEWER);
    expect(second).toMatchObject({ created: 0, updated: 4, unchanged: 0, rejected: 0 });

    // Snapshots: one per import that changed the creator, at the data's as-of date.
    const snaps = await prisma.creatorSnapshot.findMany({ where: { creatorId: ids.drift }, orderBy: { capturedAt: "asc" }, select: { capturedAt: true, followers: true, tier: true } });
    expect(snaps.map((s) => [s.capturedAt.toISOString().slice(0, 10), s.followers, s.tier])).toEqual([[OLDER, 40_000, "micro"], [NEWER, 46_000, "micro"]]);
    expect(await prisma.creatorSnapshot.count({ where: { creatorId: ids.stale } })).toBe(1);

    // Growth and trend from the snapshots: 92 days apart is a 90-day figure, and no 30-day one.
    const drift = await creator("drift");
    expect(drift.followerGrowth90d).toBeCloseTo(46_000 / 40_000 - 1, 10);
    expect(drift.followerGrowth30d).toBeNull();
    expect(drift.engagementTrend90d).toBeCloseTo(0, 10);
    const jump = await creator("jump");
    expect(jump.followerGrowth90d).toBeCloseTo(0.5, 10);
    expect(jump.engagementTrend90d).toBeCloseTo(700 / 30_000 / (600 / 20_000) - 1, 10);
    expect((await creator("stale")).followerGrowth90d).toBeNull();

    // The tier change is on record with the data's date.
    const changes = await prisma.tierChange.findMany({ where: { creatorId: { in: Object.values(ids) } }, select: { creatorId: true, fromTier: true, toTier: true, changedAt: true, cause: true } });
    expect(changes).toEqual([{ creatorId: ids.cross, fromTier: "micro", toTier: "mid", changedAt: new Date(`${NEWER}T00:00:00Z`), cause: "import" }]);

    // The background job's step.
    await computeAlerts({ ...DEFAULT_TIER_THRESHOLDS }, { ...DEFAULT_ALERT_SETTINGS }, NOW);
    const seen = (await listAlerts(`${P}_org_a`)).map((a) => [a.creatorId, a.kind]).sort();
    expect(seen).toEqual(
      [[ids.drift, "tier_drift"], [ids.cross, "tier_change"], [ids.jump, "follower_jump"], [ids.stale, "stale"]].sort(),
    );
    const cross = (await listAlerts(`${P}_org_a`, { kind: "tier_change" }))[0]!;
    expect(cross).toMatchObject({ shortlistId: listA.id, read: false, detail: { fromTier: "micro", toTier: "mid", followers: 60_500 } });
    const jumpAlert = (await listAlerts(`${P}_org_a`, { kind: "follower_jump" }))[0]!;
    expect(jumpAlert.detail).toMatchObject({ followersBefore: 20_000, followersAfter: 30_000, followerChange: 0.5 });
    expect((jumpAlert.detail as { engagementChange: number }).engagementChange).toBeCloseTo(700 / 600 - 1, 3);

    // Running the job again adds nothing twice.
    expect(await computeAlerts({ ...DEFAULT_TIER_THRESHOLDS }, { ...DEFAULT_ALERT_SETTINGS }, NOW)).toBe(0);

    // Organisation B sees none of them, cannot mark them, and its own list's creator raised nothing.
    expect(await listAlerts(`${P}_org_b`)).toEqual([]);
    expect(await markAlerts(`${P}_org_b`, [cross.id], true)).toBe(0);
    await as(U.agencyB);
    const bRes = await call(alertsRoute.GET, "GET", "/api/alerts", {});
    expect(bRes.status).toBe(200);
    expect((await json(bRes)).alerts).toEqual([]);

    // A reads them over the API with the fields the issue names, and clears the unread count.
    await as(U.agencyA);
    const aRes = await call(alertsRoute.GET, "GET", "/api/alerts?status=unread", {});
    const body = (await json(aRes)) as unknown as { alerts: Record<string, unknown>[] };
    expect(body.alerts).toHaveLength(4);
    for (const a of body.alerts) expect(Object.keys(a)).toEqual(expect.arrayContaining(["kind", "creatorId", "shortlistId", "read", "createdAt", "detail"]));
    expect(await countUnreadAlerts(`${P}_org_a`)).toBe(4);
    expect((await call(alertsRoute.PATCH, "PATCH", "/api/alerts", {}, { all: true, read: true })).status).toBe(200);
    expect(await countUnreadAlerts(`${P}_org_a`)).toBe(0);
    expect((await call(alertsRoute.GET, "GET", "/api/alerts?kind=bogus", {})).status).toBe(400);

    // The older file again, afterwards: history it already holds, no current metric moves.
    const before = await Promise.all(Object.keys(ids).map(creator));
    const snapshotsBefore = await prisma.creatorSnapshot.count({ where: { creatorId: { in: Object.values(ids) } } });
    const again = await importCsv("older-again.csv", olderCsv, OLDER);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
    expect(await Promise.all(Object.keys(ids).map(creator))).toEqual(before);
    expect(await prisma.creatorSnapshot.count({ where: { creatorId: { in: Object.values(ids) } } })).toBe(snapshotsBefore);
  });

  it("an older file for a creator whose newer metrics are stored adds a snapshot at its date and leaves the metrics", async () => {
    await importCsv("late-new.csv", `handle,followers,avg likes\n${h("late")},30000,600`, "2026-08-01");
    await importCsv("late-old.csv", `handle,followers,avg likes\n${h("late")},25000,500`, "2026-06-20");
    const c = await prisma.creator.findUniqueOrThrow({ where: { platform_handle: { platform: "instagram", handle: h("late") } }, select: { id: true, followers: true, metricsAsOf: true, followerGrowth30d: true } });
    expect(c.followers).toBe(30_000);
    expect(c.metricsAsOf.toISOString().slice(0, 10)).toBe("2026-08-01");
    const snaps = await prisma.creatorSnapshot.findMany({ where: { creatorId: c.id }, orderBy: { capturedAt: "asc" }, select: { capturedAt: true, followers: true } });
    expect(snaps.map((s) => [s.capturedAt.toISOString().slice(0, 10), s.followers])).toEqual([["2026-06-20", 25_000], ["2026-08-01", 30_000]]);
    // 42 days apart: the history the older file added now gives a 30-day growth.
    expect(c.followerGrowth30d).toBeCloseTo(30_000 / 25_000 - 1, 10);
  });
});

describe("a date column the mapping recognises", () => {
  it("dates each row's metrics and snapshot, refuses an impossible date with the reason, and the file's date fills the gaps", async () => {
    const file = join(dir, "dated.csv");
    const body = `username,followers,avg likes,as of date\n${h("d1")},12000,240,2026-05-01\n${h("d2")},13000,260,\n${h("d3")},14000,280,2026-13-01\n`;
    await writeFile(file, body);
    const { suggestMapping } = await import("@/lib/import/mapping");
    const s = suggestMapping(["username", "followers", "avg likes", "as of date"], { rows: body.trim().split("\n").slice(1).map((l) => l.split(",")), platform: "instagram" });
    expect(s.mapping?.columns.asOf).toBe("as of date");
    const job = await createImportJob({
      fileName: "dated.csv", fileHash: "dated", fileSize: body.length, storagePath: file, format: "csv", createdById: null, createdByLabel: "command line (test)",
      mapping: { ...s.mapping!, platform: { mode: "fixed", value: "instagram" } }, status: "queued", asOf: new Date("2026-06-15T00:00:00Z"),
    });
    expect(await runImport(job.id)).toMatchObject({ created: 2, rejected: 1 });
    const rows = await prisma.creator.findMany({ where: { handle: { in: [h("d1"), h("d2")] } }, orderBy: { handle: "asc" }, select: { metricsAsOf: true, snapshots: { select: { capturedAt: true } } } });
    expect(rows.map((r) => [r.metricsAsOf.toISOString().slice(0, 10), r.snapshots.map((x) => x.capturedAt.toISOString().slice(0, 10))])).toEqual([
      ["2026-05-01", ["2026-05-01"]],
      ["2026-06-15", ["2026-06-15"]],
    ]);
    const reject = await prisma.importRowError.findFirstOrThrow({ where: { importJobId: job.id } });
    expect(reject.reason).toContain("2026-13-01 is not a calendar date");
  });
});
