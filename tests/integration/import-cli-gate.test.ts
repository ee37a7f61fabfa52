// `npm run import` against the real database: it imports only with a confident or confirmed
// mapping, and its guards stop a file whose handle column repeats values, writing nothing.
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repoRoot = resolve(__dirname, "../..");
const prefix = `cli${Date.now().toString(36)}`;
let dir: string;
let db: pg.Client;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "scout-import-cli-"));
  db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
});
afterAll(async () => {
  await db.query(`DELETE FROM "Creator" WHERE handle LIKE $1 OR "displayName" LIKE $1`, [`${prefix}%`]);
  await db.query(`DELETE FROM "ImportJob" WHERE "storagePath" LIKE $1`, [`${dir}%`]);
  await db.end();
  await rm(dir, { recursive: true, force: true });
});

function runCli(args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/import.ts", ...args], { cwd: repoRoot, env: process.env, encoding: "utf8", timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const creators = async () => Number((await db.query(`SELECT count(*) FROM "Creator" WHERE handle LIKE $1 OR "displayName" LIKE $1`, [`${prefix}%`])).rows[0].count);
const jobs = async (file: string) => Number((await db.query(`SELECT count(*) FROM "ImportJob" WHERE "storagePath" = $1`, [file])).rows[0].count);

// Modelled on a channel-statistics export: the column called "Channel" holds category words, the
// channel names have spaces; nothing in the file is a handle.
async function channelStats(): Promise<string> {
  const cats = ["Music", "Gaming", "Education", "Comedy", "Sports", "Entertainment"];
  const lines = ["Rank,Channel,Channel name,Subscribers,Video views,Country share %"];
  for (let i = 1; i <= 120; i++) lines.push(`${i},${cats[i % cats.length]},${prefix} Channel ${i},${50_000 + i * 997},${(i * 7_919_113) % 900_000_000},${3 + (i % 8)}`);
  const f = join(dir, "channel-stats.csv");
  await writeFile(f, lines.join("\n") + "\n");
  return f;
}

describe("npm run import: the mapping gate", () => {
  it("exits non-zero on an ambiguous handle column, prints the proposal and how to confirm, and writes nothing", async () => {
    const f = await channelStats();
    const r = runCli([f]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("nothing was written");
    expect(r.stderr).toMatch(/“Channel” is not handle \/ username: 100% of values are category words/);
    expect(r.stderr).toMatch(/followers\s+← “Subscribers”/);
    expect(r.stderr).toContain("--accept-suggested");
    expect(r.stderr).toContain("--map handle=COLUMN");
    expect(r.stderr).toContain('--map handle="Channel name" --handle-from name');
    expect(await jobs(f)).toBe(0);
    expect(await creators()).toBe(0);
  });

  it("a handle column that repeats its values is stopped by the guard before the first write, and says how to override it", async () => {
    const f = await channelStats();
    const r = runCli([f, "--map", "handle=Channel"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Stopped before writing anything: the handle column “Channel” repeats its values: 114 of 120 rows/);
    expect(r.stderr).toContain("--force");
    expect(await creators()).toBe(0);
    const failed = (await db.query(`SELECT status, "createdCount" FROM "ImportJob" WHERE "storagePath" = $1`, [f])).rows;
    expect(failed).toEqual([{ status: "failed", createdCount: 0 }]);
  });

  it("keys on channel names when told to, and never merges two different names", async () => {
    const f = await channelStats();
    const r = runCli([f, "--map", "handle=Channel name", "--handle-from", "name"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.trim().split("\n").pop()!)).toMatchObject({ created: 120, rejected: 0 });
    expect(await creators()).toBe(120);
    const named = await db.query(`SELECT handle, "displayName" FROM "Creator" WHERE "displayName" = $1`, [`${prefix} Channel 7`]);
    expect(named.rows).toEqual([{ handle: `${prefix} channel 7`, displayName: `${prefix} Channel 7` }]);
  });

  it("a confident mapping imports without flags", async () => {
    const f = join(dir, "clear.csv");
    const lines = ["TikTok username,Followers,Avg views"];
    for (let i = 0; i < 30; i++) lines.push(`@${prefix}_t${i},${12_000 + i * 311},${900 + i}`);
    await writeFile(f, lines.join("\n") + "\n");
    const r = runCli([f]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.trim().split("\n").pop()!)).toMatchObject({ created: 30 });
  });

  it("imports the same handles on two platforms from a platform column: the duplicate guard counts (platform, handle) pairs", async () => {
    const f = join(dir, "two-platforms.csv");
    const lines = ["Handle,Platform,Followers,Engagement rate"];
    for (const p of ["Instagram", "TikTok"]) for (let i = 0; i < 15; i++) lines.push(`${prefix}_p${i},${p},${20_000 + i * 97},2.${i % 10}%`);
    await writeFile(f, lines.join("\n") + "\n");
    const r = runCli([f, "--accept-suggested"]);
    expect(r.stderr).not.toMatch(/repeats its values/);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.trim().split("\n").pop()!)).toMatchObject({ created: 30, rejected: 0 });
  });
});
