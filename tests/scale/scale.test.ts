// npm run test:scale: Scout on more than one process, for real. Two web instances (jobs off) and a
// worker share one PostgreSQL primary of the test's own, with a hot standby made by pg_basebackup -R
// that serves the catalog's reads. Each test waits on signals (lines the processes print, rows in the
// database), never on a clock.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/schema-engine";
import { removeCluster, startPrimary, startStandby, type Cluster } from "./cluster";
import { ScoutClient } from "./http";
import { kill, startWeb, startWorker, type Proc, type Shared } from "./processes";

const PG_PORT = Number(process.env.SCALE_PG_PORT ?? 5440);
const WEB_PORT = Number(process.env.SCALE_WEB_PORT ?? 3340);
const A = `http://127.0.0.1:${WEB_PORT}`;
const B = `http://127.0.0.1:${WEB_PORT + 1}`;
const ADMIN = { email: "admin@example.com", password: "demo-password" };
const MAPPING = { columns: { handle: "handle", followers: "followers", avgLikes: "avg likes" }, platform: { mode: "fixed", value: "tiktok" } };

let primary: Cluster | undefined;
let standby: Cluster | undefined;
let db: pg.Client;
let shared: Shared;
const procs: Proc[] = [];
let worker: Proc;
const admin = new ScoutClient(A);

const until = async <T>(what: string, read: () => Promise<T>, done: (v: T) => boolean, limitMs = 300_000): Promise<T> => {
  const end = Date.now() + limitMs;
  for (;;) {
    const v = await read();
    if (done(v)) return v;
    if (Date.now() > end) throw new Error(`${what}: still ${JSON.stringify(v)} after ${limitMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
};

beforeAll(async () => {
  primary = startPrimary(PG_PORT);
  const url = primary.url("scout_scale");
  execFileSync("psql", [primary.url(), "-qc", "CREATE DATABASE scout_scale"]);
  await applyMigrations(url);
  execFileSync(process.execPath, ["--import", "tsx", "prisma/seed/index.ts", "--count", "600", "--quiet"], { env: { ...process.env, DATABASE_URL: url }, stdio: "inherit" });
  db = new pg.Client({ connectionString: url });
  db.on("error", () => {}); // the cluster is stopped at the end
  await db.connect();
  await db.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
  standby = startStandby(primary, PG_PORT + 1);
  shared = {
    databaseUrl: url, replicaUrls: standby.url("scout_scale"), importDir: mkdtempSync(join(tmpdir(), "scout-scale-files-")),
    distDir: process.env.NEXT_DIST_DIR ?? ".next-scale", secret: "scale-test-secret",
  };
  procs.push(await startWeb("web-a", WEB_PORT, shared), await startWeb("web-b", WEB_PORT + 1, shared));
  worker = await startWorker("worker-1", shared);
  procs.push(worker);
  await admin.signIn(ADMIN.email, ADMIN.password);
}, 600_000);

afterAll(async () => {
  for (const p of procs) await kill(p);
  await db?.end().catch(() => {});
  if (standby) removeCluster(standby);
  if (primary) removeCluster(primary);
  if (shared?.importDir) rmSync(shared.importDir, { recursive: true, force: true });
}, 300_000);

function csv(rows: number, prefix: string): Uint8Array {
  const lines = ["handle,followers,avg likes"];
  for (let i = 0; i < rows; i++) lines.push(`${prefix}${i},${2000 + i * 7},${20 + (i % 50)}`);
  return new TextEncoder().encode(lines.join("\n") + "\n");
}

type Job = { id: string; status: string; processedRows: number; totalRows: number | null; counts: { created: number; rejected: number }; error: string | null };
const jobOn = async (c: ScoutClient, id: string) => {
  const r = await c.json<{ job: Job }>(`/api/admin/imports/${id}`);
  expect(r.status).toBe(200);
  return r.body.job;
};

/** Upload on `c`, preview (a dry run the worker runs to the end): the upload's id, ready to commit. */
async function uploadAndPreview(c: ScoutClient, file: Uint8Array, name: string): Promise<string> {
  const created = await c.json<{ id: string }>("/api/admin/imports", { method: "POST", body: { fileName: name, size: file.byteLength } });
  expect(created.status).toBe(201);
  const id = created.body.id;
  const chunk = await c.fetch(`/api/admin/imports/${id}/chunk?offset=0`, { method: "PUT", body: Buffer.from(file), headers: { "content-type": "application/octet-stream" } });
  expect(chunk.status).toBe(200);
  expect((await c.json(`/api/admin/imports/${id}/finish`, { method: "POST" })).status).toBe(200);
  expect((await c.json(`/api/admin/imports/${id}/preview`, { method: "POST", body: { mapping: MAPPING } })).status).toBe(200);
  const dry = await until("the dry run", () => jobOn(c, id), (j) => j.status === "completed" || j.status === "failed");
  expect(dry.status).toBe("completed");
  return id;
}

const creatorsLike = async (prefix: string) =>
  (await db.query<{ n: number; distinct: number; snaps: number }>(
    `SELECT count(*)::int n, count(DISTINCT handle)::int "distinct", (SELECT count(*)::int FROM "CreatorSnapshot" s JOIN "Creator" c2 ON c2.id = s."creatorId" WHERE c2.handle LIKE $1) snaps FROM "Creator" WHERE handle LIKE $1`,
    [`${prefix}%`],
  )).rows[0]!;

describe("Scout on two web instances, workers and a hot standby", () => {
  it("a user signs in on one instance and carries on on the other", async () => {
    const me = new ScoutClient(A);
    await me.signIn("agency@example.com", ADMIN.password);
    const onB = me.on(B);
    const session = await onB.json<{ user?: { email?: string } }>("/api/auth/session");
    expect(session.body.user?.email).toBe("agency@example.com");
    const lists = await onB.json<{ items: { id: string }[] }>("/api/shortlists");
    expect(lists.status).toBe(200);
    expect(lists.body.items.length).toBeGreaterThan(0);
    // A write on B, read back on A at once (both on the primary: a list just made is there).
    const made = await onB.json<{ id: string }>("/api/shortlists", { method: "POST", body: { name: `Made on B ${Date.now()}` } });
    expect(made.status).toBe(201);
    expect((await me.json(`/api/shortlists/${made.body.id}`)).status).toBe(200);
  });

  it("an import started on one instance shows on the other and finishes in the worker", async () => {
    const id = await uploadAndPreview(admin, csv(12_000, "scale_a_"), "scale-a.csv");
    const commit = await admin.on(B).json<{ id: string }>(`/api/admin/imports/${id}/commit`, { method: "POST" });
    expect(commit.status).toBe(202);
    const seenOnA = await until("the import", () => jobOn(admin, commit.body.id), (j) => j.status === "completed" || j.status === "failed");
    expect(seenOnA).toMatchObject({ status: "completed", processedRows: 12_000, counts: { created: 12_000, rejected: 0 } });
    await worker.waitFor(`import ${commit.body.id} finished`);
    for (const web of procs.filter((p) => p.name.startsWith("web"))) expect(web.output()).not.toContain(`import ${commit.body.id} finished`);
    expect(await creatorsLike("scale_a_")).toEqual({ n: 12_000, distinct: 12_000, snaps: 12_000 });
  });

  it("a worker stopped with SIGTERM hands its import back at a batch boundary; one killed mid-import is replaced by another that finishes with nothing lost or doubled", async () => {
    const rows = 30_000;
    const id = await uploadAndPreview(admin, csv(rows, "scale_k_"), "scale-k.csv");
    expect(await kill(worker, "SIGTERM")).toBe(0); // idle: it just stops
    // Worker 2 holds after its 2nd committed batch (a failpoint), and is stopped there with SIGTERM:
    // it hands the import back at that batch boundary and exits 0.
    const stopped = await startWorker("worker-2", shared, { SCOUT_FAILPOINT_HOLD_AFTER_BATCH: "2" });
    procs.push(stopped);
    const commit = await admin.json<{ id: string }>(`/api/admin/imports/${id}/commit`, { method: "POST" });
    expect(commit.status).toBe(202);
    await stopped.waitFor("[failpoint] holding after batch 2");
    expect(await kill(stopped, "SIGTERM")).toBe(0);
    expect(stopped.output()).toContain("[worker] stopped");
    const handedBack = (await db.query<{ state: string }>(`SELECT state FROM pgboss.job WHERE data->>'importJobId' = $1`, [commit.body.id])).rows.map((r) => r.state);
    expect(handedBack).toEqual(["retry"]);
    expect((await jobOn(admin, commit.body.id)).status).toBe("running");
    // Worker 3 takes it up and holds after one more batch; it is killed there (SIGKILL).
    const doomed = await startWorker("worker-3", shared, { SCOUT_FAILPOINT_HOLD_AFTER_BATCH: "1" });
    procs.push(doomed);
    await doomed.waitFor("[failpoint] holding after batch 1");
    const midway = await until("the committed batches", () => jobOn(admin.on(B), commit.body.id), (j) => j.processedRows >= 15_000);
    expect(midway.status).toBe("running"); // progress seen on the other instance
    expect(midway.processedRows).toBeLessThan(rows);
    await kill(doomed, "SIGKILL");
    worker = await startWorker("worker-4", shared);
    procs.push(worker);
    const done = await until("the resumed import", () => jobOn(admin.on(B), commit.body.id), (j) => j.status === "completed" || j.status === "failed");
    expect(done).toMatchObject({ status: "completed", processedRows: rows, counts: { created: rows, rejected: 0 } });
    await worker.waitFor(`import ${commit.body.id} finished`);
    expect(await creatorsLike("scale_k_")).toEqual({ n: rows, distinct: rows, snaps: rows });
  });

  it("a client's rate limit holds across both instances", async () => {
    const link = await admin.json<{ token: string }>("/api/shortlists/sl_acme_beauty/share-links", { method: "POST", body: { days: 1 } });
    expect(link.status).toBe(201);
    const { rows } = await db.query<{ id: string }>(`SELECT id FROM "ShortlistItem" WHERE "shortlistId" = 'sl_acme_beauty' ORDER BY id LIMIT 1`);
    const client = { a: new ScoutClient(A), b: new ScoutClient(B) };
    const statuses: number[] = [];
    for (let i = 0; i < 70; i++) {
      const c = i % 2 ? client.b : client.a;
      const r = await c.json(`/api/share/${link.body.token}/decisions`, { method: "POST", body: { itemId: rows[0]!.id, decision: i % 2 ? "approved" : "rejected" } });
      statuses.push(r.status);
    }
    // 60 a minute per link, wherever the answers arrive: the first 60 pass, the other 10 are refused.
    expect(statuses.slice(0, 60)).toEqual(Array(60).fill(200));
    expect(statuses.slice(60)).toEqual(Array(10).fill(429));
  });

  it("catalog reads reach the hot standby, and a stopped standby falls back to the primary with no error", async () => {
    const replica = new pg.Client({ connectionString: shared.replicaUrls });
    replica.on("error", () => {}); // the standby is stopped below
    await replica.connect();
    const { rows: [lsn] } = await db.query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text lsn");
    await until("the standby's replay", async () => (await replica.query<{ ok: boolean }>("SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn ok", [lsn!.lsn])).rows[0]!.ok, (ok) => ok);
    const creatorReads = async (c: pg.Client) => Number((await c.query(`SELECT coalesce(sum(calls), 0) n FROM pg_stat_statements WHERE query LIKE '%"Creator"%' AND query NOT LIKE '%pg_stat_statements%'`)).rows[0].n);
    const before = { standby: await creatorReads(replica) };
    const searches = ["/api/creators?niche=beauty", "/api/creators?q=scale_a_1", "/api/creators?niche=beauty&tier=micro&country=GB&sort=er"];
    const totals: number[] = [];
    for (const base of [A, B]) for (const s of searches) {
      const r = await admin.on(base).json<{ total: number }>(s);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      totals.push(r.body.total);
    }
    expect(await creatorReads(replica)).toBeGreaterThan(before.standby);
    await replica.end();

    standby!.stop();
    const after: number[] = [];
    for (const base of [A, B]) for (const s of searches) {
      const r = await admin.on(base).json<{ total: number }>(s);
      expect(r.status).toBe(200);
      after.push(r.body.total);
    }
    expect(after).toEqual(totals);
    for (const web of procs.filter((p) => p.name.startsWith("web"))) expect(web.output()).toMatch(/replica .* failed a read/);
  });
});
