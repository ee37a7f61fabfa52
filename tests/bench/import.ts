// npm run bench:import [-- --rows N] [-- --runs R]: in a fresh scratch database with the real schema
// (every index, trigram GIN included), imports a generated N-row CSV (default 100,000) end to end
// through the real pipeline (first import: all inserts), then a modified copy of it (re-import:
// updates), and in the same run COPYs the same rows raw into scratch tables. Prints figures; asserts
// nothing. With --runs R it repeats everything in a new database R times (the server is shared, so
// figures vary; compare runs rather than single numbers).
// With --into URL it imports the same two files into that existing catalog instead (a 1,000,000-creator
// one, say: does the handle lookup keep its speed?), prints the same two rates, then deletes what it
// added (its "bench_" handles and its import jobs). No COPY comparison in that mode.
import { createReadStream, readFileSync } from "node:fs";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { createTestDatabase, dropTestDatabase } from "../support/test-db";

const argOf = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const rows = argOf("--rows", 100_000);
const INTO = (() => {
  const i = process.argv.indexOf("--into");
  return i > 0 ? process.argv[i + 1] : undefined;
})();
const runs = argOf("--runs", 1);
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const HEADER = "handle,followers,following,posts,avg likes,avg comments,category,country";
const CATS = ["beauty", "fashion", "fitness", "food", "travel", "gaming", "tech", "music"];

/** version 1: the first file; version 2: a newer export where 9 rows in 10 changed (followers and likes grew). */
function csv(version: 1 | 2): string {
  const out: string[] = [HEADER];
  for (let i = 0; i < rows; i++) {
    let f = Math.round(1000 * Math.exp((i * 7919) % 100 / 10));
    if (version === 2 && i % 10 !== 0) f = Math.round(f * 1.07) + 1;
    out.push(`bench_${i},${f},${200 + (i % 900)},${50 + (i % 700)},${Math.round(f * 0.02)},${Math.round(f * 0.001)},${CATS[i % 8]},${i % 3 ? "United States" : "DE"}`);
  }
  return out.join("\n") + "\n";
}

const MAPPING = {
  columns: { handle: "handle", followers: "followers", following: "following", posts: "posts", avgLikes: "avg likes", avgComments: "avg comments", niche: "category", country: "country" },
  platform: { mode: "fixed", value: "instagram" },
} as const;

/**
 * CPU seconds used so far by the server processes of this database (the server runs on this machine):
 * with other work on the same cores, CPU time says more about cost than wall-clock time does.
 */
async function serverCpuSeconds(db: pg.Client): Promise<Map<number, number>> {
  const { rows } = await db.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
  const out = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      out.set(pid, (Number(f[11]) + Number(f[12])) / 100);
    } catch {
      // not on this machine, or gone
    }
  }
  return out;
}
const cpuDelta = (a: Map<number, number>, b: Map<number, number>) => [...b].reduce((sum, [pid, s]) => sum + s - (a.get(pid) ?? 0), 0);

async function timedImport(url: string, file: string, name: string) {
  const { runImport } = await import("../../lib/import/pipeline");
  const size = (await stat(file)).size;
  // The job row as lib/queries/imports.ts creates it (through SQL: Prisma's client is bound to the first database of the process).
  const job = { id: `bench${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}` };
  const db = new pg.Client({ connectionString: url });
  db.on("error", () => {}); // the run's database is dropped WITH (FORCE) at its end
  await db.connect();
  await db.query(`INSERT INTO "ImportJob" (id, "fileName", "fileHash", "fileSize", "storagePath", format, status, mapping) VALUES ($1, $2, $2, $3, $4, 'csv', 'queued', $5)`, [job.id, name, size, file, JSON.stringify(MAPPING)]);
  const server0 = await serverCpuSeconds(db);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const counts = await runImport(job.id);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const serverCpu = cpuDelta(server0, await serverCpuSeconds(db));
  await db.end();
  return { counts, seconds, nodeCpuSeconds: (cpu.user + cpu.system) / 1e6, serverCpu };
}

/** The first file (all inserts), then the newer export (updates), through the real pipeline. */
async function bothImports(url: string, v1: string, v2: string) {
  const { closeImportPools } = await import("../../lib/queries/import-pool");
  const first = await timedImport(url, v1, "bench-v1.csv");
  const again = await timedImport(url, v2, "bench-v2.csv");
  await closeImportPools();
  return { first, again };
}

async function timedCopy(client: pg.Client, sql: string, source: Readable): Promise<number> {
  const t = performance.now();
  await pipeline(source, client.query(copyFrom(sql)));
  return (performance.now() - t) / 1000;
}

async function oneRun(dir: string, run: number) {
  const v1 = join(dir, "bench-v1.csv");
  const v2 = join(dir, "bench-v2.csv");
  await writeFile(v1, csv(1));
  await writeFile(v2, csv(2));
  const size = (await stat(v1)).size;
  const { name, url } = await createTestDatabase("scout_bench_import");
  process.env.DATABASE_URL = url;
  const load0 = loadavg()[0]!;
  try {
    const { first, again } = await bothImports(url, v1, v2);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    // The yardstick: the CSV as it is, into an unindexed table of its 8 columns.
    await client.query(`CREATE TABLE bench_copy (handle text, followers bigint, following int, posts int, avg_likes bigint, avg_comments bigint, category text, country text)`);
    const rawCopy = await timedCopy(client, `COPY bench_copy FROM STDIN WITH (FORMAT csv, HEADER true)`, createReadStream(v1));
    // The database's floor for the same rows as stored: every Creator column, into a scratch table
    // with all of Creator's indexes (btree, GIN on niches, the three trigram GINs).
    const { rows: cols } = await client.query<{ c: string }>(
      `SELECT quote_ident(column_name) c FROM information_schema.columns WHERE table_name = 'Creator' AND is_generated = 'NEVER' ORDER BY ordinal_position`,
    );
    const list = cols.map((r) => r.c).join(", "); // generated columns are computed by the server, as in the import
    const chunks: Buffer[] = [];
    await pipeline(client.query(copyTo(`COPY (SELECT ${list} FROM "Creator" WHERE handle LIKE 'bench\\_%' ORDER BY "createdAt", id) TO STDOUT`)), async function* (src) {
      for await (const c of src) chunks.push(c as Buffer);
    });
    await client.query(`CREATE TABLE bench_creator (LIKE "Creator" INCLUDING ALL)`);
    const indexedCopy = await timedCopy(client, `COPY bench_creator (${list}) FROM STDIN`, Readable.from(chunks));
    const indexes = Number((await client.query(`SELECT count(*) FROM pg_indexes WHERE tablename = 'bench_creator'`)).rows[0].count);
    await client.end();

    const rate = (s: number) => rows / s;
    const load1 = loadavg()[0]!;
    console.log(`\nrun ${run}: ${fmt(rows)} rows (${(size / 1048576).toFixed(1)} MB CSV); load average ${load0.toFixed(1)} -> ${load1.toFixed(1)} on ${cpus().length} cores`);
    console.log(`  first import (inserts):  ${first.seconds.toFixed(2)} s = ${fmt(rate(first.seconds))} rows/s; created ${fmt(first.counts.created)}, rejected ${first.counts.rejected}; CPU: Node ${first.nodeCpuSeconds.toFixed(1)} s, PostgreSQL ${first.serverCpu.toFixed(1)} s`);
    console.log(`  re-import, 90% changed:  ${again.seconds.toFixed(2)} s = ${fmt(rate(again.seconds))} rows/s; updated ${fmt(again.counts.updated)}, unchanged ${fmt(again.counts.unchanged)}; CPU: Node ${again.nodeCpuSeconds.toFixed(1)} s, PostgreSQL ${again.serverCpu.toFixed(1)} s`);
    console.log(`  raw COPY, CSV into an unindexed 8-column table: ${rawCopy.toFixed(2)} s = ${fmt(rate(rawCopy))} rows/s`);
    console.log(`  raw COPY, stored rows into a copy of Creator with its ${indexes} indexes: ${indexedCopy.toFixed(2)} s = ${fmt(rate(indexedCopy))} rows/s`);
    console.log(`  first import / unindexed COPY: ${((rawCopy / first.seconds) * 100).toFixed(1)}%; / indexed COPY: ${((indexedCopy / first.seconds) * 100).toFixed(1)}%`);
    console.log(`  re-import    / unindexed COPY: ${((rawCopy / again.seconds) * 100).toFixed(1)}%; / indexed COPY: ${((indexedCopy / again.seconds) * 100).toFixed(1)}%`);
  } finally {
    await dropTestDatabase(name);
  }
}

/** --into: the two imports into an existing catalog, then its rows and jobs removed again. */
async function intoCatalog(dir: string, url: string) {
  const v1 = join(dir, "bench-v1.csv");
  const v2 = join(dir, "bench-v2.csv");
  await writeFile(v1, csv(1));
  await writeFile(v2, csv(2));
  process.env.DATABASE_URL = url;
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const before = Number((await db.query(`SELECT count(*) FROM "Creator"`)).rows[0].count);
  const existing = Number((await db.query(`SELECT count(*) FROM "Creator" WHERE handle LIKE 'bench\\_%'`)).rows[0].count);
  if (existing) throw new Error(`${existing} creators with bench_ handles already in this catalog: remove them first`);
  const load0 = loadavg()[0]!;
  try {
    const { first, again } = await bothImports(url, v1, v2);
    const rate = (x: number) => rows / x;
    console.log(`\ninto a catalog of ${fmt(before)} creators: ${fmt(rows)} rows; load average ${load0.toFixed(1)} -> ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`);
    console.log(`  first import (inserts):  ${first.seconds.toFixed(2)} s = ${fmt(rate(first.seconds))} rows/s; created ${fmt(first.counts.created)}; CPU: Node ${first.nodeCpuSeconds.toFixed(1)} s, PostgreSQL ${first.serverCpu.toFixed(1)} s`);
    console.log(`  re-import, 90% changed:  ${again.seconds.toFixed(2)} s = ${fmt(rate(again.seconds))} rows/s; updated ${fmt(again.counts.updated)}; CPU: Node ${again.nodeCpuSeconds.toFixed(1)} s, PostgreSQL ${again.serverCpu.toFixed(1)} s`);
  } finally {
    await db.query(`DELETE FROM "Creator" WHERE handle LIKE 'bench\\_%' AND platform = 'instagram'`);
    await db.query(`DELETE FROM "ImportJob" WHERE id LIKE 'bench%'`);
    await db.end();
  }
}

async function main() {
  if (INTO) {
    const dir = await mkdtemp(join(tmpdir(), "scout-bench-"));
    try {
      await intoCatalog(dir, INTO);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    return;
  }
  console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? "?"}, Node ${process.version}; write path: ${process.env.SCOUT_BULK_WRITE === "json" ? "JSON (forced)" : "COPY where the server supports it"}`);
  const dir = await mkdtemp(join(tmpdir(), "scout-bench-"));
  try {
    for (let r = 1; r <= runs; r++) await oneRun(dir, r);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().then(() => process.exit(0), (err) => {
  console.error(err);
  process.exit(1);
});
