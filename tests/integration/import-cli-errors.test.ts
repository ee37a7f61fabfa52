// `npm run import` when the database refuses a batch for a reason other than being out of reach (a
// constraint, a trigger, a value it will not store): waiting cannot mend that, so nothing will resume
// the job by itself. The command must say what the database said, in one line; the job must be
// marked failed with that reason and what was kept; --resume must continue after the last whole batch,
// with no row lost or written twice.
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repoRoot = resolve(__dirname, "../..");
const prefix = `clierr${Date.now().toString(36)}`;
const ROWS = 200;
const BATCH = 50;
const REFUSED = `${prefix}_137`; // in the third batch
let dir: string;
let db: pg.Client;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "scout-import-cli-errors-"));
  db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  // A rule of the catalog's own that the import knows nothing of (the integration files run one at a time).
  await db.query(`CREATE FUNCTION pg_temp_refuse_${prefix}() RETURNS trigger LANGUAGE plpgsql AS $f$
    BEGIN
      IF NEW.handle = '${REFUSED}' THEN RAISE EXCEPTION 'creator % is on the blocklist', NEW.handle USING ERRCODE = 'P0001'; END IF;
      RETURN NEW;
    END $f$`);
  await db.query(`CREATE TRIGGER refuse_${prefix} BEFORE INSERT ON "Creator" FOR EACH ROW EXECUTE FUNCTION pg_temp_refuse_${prefix}()`);
});
afterAll(async () => {
  await db.query(`DROP TRIGGER IF EXISTS refuse_${prefix} ON "Creator"`);
  await db.query(`DROP FUNCTION IF EXISTS pg_temp_refuse_${prefix}()`);
  await db.query(`DELETE FROM "Creator" WHERE handle LIKE $1`, [`${prefix}%`]);
  await db.query(`DELETE FROM "ImportJob" WHERE "storagePath" LIKE $1`, [`${dir}%`]);
  await db.end();
  await rm(dir, { recursive: true, force: true });
});

function runCli(args: string[]) {
  const env = { ...process.env, SCOUT_IMPORT_BATCH_SIZE: String(BATCH) };
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/import.ts", ...args], { cwd: repoRoot, env, encoding: "utf8", timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const creators = async () => Number((await db.query(`SELECT count(*) FROM "Creator" WHERE handle LIKE $1`, [`${prefix}%`])).rows[0].count);

describe("npm run import: a batch the database refuses", () => {
  it("fails the job with the database's reason, keeps the whole batches before it, and --resume finishes it", async () => {
    const file = join(dir, "creators.csv");
    const lines = ["handle,followers,avg likes"];
    for (let i = 0; i < ROWS; i++) lines.push(`${prefix}_${i},${20_000 + i * 13},${300 + (i % 40)}`);
    await writeFile(file, lines.join("\n") + "\n");

    const first = runCli([file, "--platform", "instagram"]);
    expect(first.status).toBe(1);
    const said = first.stderr.trim().split("\n").at(-1)!;
    // One line, the database's own words, what was kept and how to go on; no stack trace.
    expect(said).toMatch(/^import failed: .*creator .*_137 is on the blocklist/);
    expect(said).toContain("100 rows were saved in whole batches and are kept");
    expect(said).toMatch(/npm run import -- --resume [a-z0-9]+/);
    expect(first.stderr).not.toMatch(/\n\s+at /);
    const [job] = (await db.query(`SELECT id, status, error, "lastCommittedRow" FROM "ImportJob" WHERE "storagePath" LIKE $1`, [`${dir}%`])).rows;
    expect(job.status).toBe("failed");
    expect(job.error).toMatch(/creator .*_137 is on the blocklist/);
    expect(job.error).not.toMatch(/resumes/);
    expect(job.lastCommittedRow).toBe(100);
    expect(await creators()).toBe(100);

    // The rule is lifted; the admin continues the same job.
    await db.query(`DROP TRIGGER refuse_${prefix} ON "Creator"`);
    const again = runCli(["--resume", job.id]);
    expect(again.status, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout.trim().split("\n").at(-1)!)).toMatchObject({ job: job.id });
    expect(await creators()).toBe(ROWS);
    const [done] = (await db.query(`SELECT status, error FROM "ImportJob" WHERE id = $1`, [job.id])).rows;
    expect(done).toEqual({ status: "completed", error: null });
  });
});
