// npm run bench:sizing -- DB_URL [DB_URL ...]: the sizing table of docs/deployment.md for seeded
// databases (npx tsx prisma/seed/index.ts --count N). For each: creators and snapshot rows, database
// size, bytes per creator (the catalog's tables with their indexes and TOAST, divided by creators),
// the largest indexes, and search throughput per core: searches run one after another for a while
// through the app's own searchCreators, divided by the CPU time they cost this process and the
// PostgreSQL backends serving it (read from /proc), so a busy machine slows the run but not the figure.
// Prints a Markdown table; asserts nothing.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";

const SECONDS = Number(process.env.SIZING_SECONDS ?? 20);
const CLK_TCK = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());

/** CPU seconds used so far by each of the given PostgreSQL backends (by process id). */
function backendCpu(pids: number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const pid of pids) {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      out.set(pid, (Number(f[11]) + Number(f[12])) / CLK_TCK); // utime + stime
    } catch {
      /* gone */
    }
  }
  return out;
}

const QUERIES = ["", "q=skincare", "tier=micro,mid&country=US&minEr=2&sort=followers", "niche=beauty&tier=micro&country=GB&sort=er", "brief=brief_acme_skincare&sort=fit&platform=instagram", "maxPrice=300&minAuthenticity=80&hasEmail=true&sort=cpe"];

async function measureOne(): Promise<void> {
  const { pool, queryRows } = await import("../../lib/db/client");
  const { Prisma } = await import("../../lib/db/generated/client");
  const { searchCreators } = await import("../../lib/queries/search");
  const { parseSearchQueryLenient } = await import("../../lib/validation/search");
  // Only this run's backends count (others may be working on the same database): they carry its name.
  const ours = async () => (await pool.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE application_name = 'scout-sizing'`)).rows.map((r) => r.pid);
  if (!process.env.SIZING_READ_ONLY) {
    // A fresh seed: settled sizes and planner statistics. SIZING_READ_ONLY=1 measures as it is.
    await pool.query(`VACUUM ANALYZE "Creator"`);
    await pool.query(`VACUUM ANALYZE "CreatorSnapshot"`);
  }
  const one = async <T>(sql: string) => (await queryRows<T>(Prisma.sql([sql])))[0]!;
  const counts = await one<{ creators: number; snapshots: number; dbBytes: number; catalogBytes: number; creatorIdx: number; snapshotIdx: number }>(`
    SELECT (SELECT count(*)::int FROM "Creator") creators, (SELECT count(*)::int FROM "CreatorSnapshot") snapshots,
           pg_database_size(current_database())::float8 "dbBytes",
           (pg_total_relation_size('"Creator"') + pg_total_relation_size('"CreatorSnapshot"'))::float8 "catalogBytes",
           pg_indexes_size('"Creator"')::float8 "creatorIdx", pg_indexes_size('"CreatorSnapshot"')::float8 "snapshotIdx"`);
  const top = await queryRows<{ name: string; bytes: number }>(Prisma.sql([`
    SELECT indexrelid::regclass::text name, pg_relation_size(indexrelid)::float8 bytes FROM pg_index
     WHERE indrelid IN ('"Creator"'::regclass, '"CreatorSnapshot"'::regclass) ORDER BY 2 DESC LIMIT 4`]));
  const queries = QUERIES.map((q) => parseSearchQueryLenient(new URLSearchParams(q)));
  for (const q of queries) await searchCreators(q, "org_acme"); // warm-up
  const cpu0 = process.cpuUsage();
  const be0 = backendCpu(await ours());
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < SECONDS * 1000) await searchCreators(queries[n++ % queries.length]!, "org_acme");
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const clientCpu = (cpu.user + cpu.system) / 1e6;
  let serverCpu = 0;
  for (const [pid, cpuNow] of backendCpu(await ours())) serverCpu += cpuNow - (be0.get(pid) ?? 0);
  const mb = (b: number) => `${(b / 1048576).toFixed(0)} MB`;
  console.log(JSON.stringify({
    db: new URL(process.env.DATABASE_URL!).pathname.slice(1), creators: counts.creators, snapshots: counts.snapshots, database: mb(counts.dbBytes), bytesPerCreator: Math.round(counts.catalogBytes / counts.creators),
    creatorIndexes: mb(counts.creatorIdx), snapshotIndexes: mb(counts.snapshotIdx), largestIndexes: top.map((t) => `${t.name} ${mb(t.bytes)}`).join(", "),
    searches: n, wallSeconds: +wall.toFixed(1), searchesPerWallSecond: +(n / wall).toFixed(1), dbCpuSeconds: +serverCpu.toFixed(1), appCpuSeconds: +clientCpu.toFixed(1),
    searchesPerDbCoreSecond: +(n / serverCpu).toFixed(1), searchesPerCoreSecond: +(n / (serverCpu + clientCpu)).toFixed(1), load: loadavg().map((l) => l.toFixed(1)).join(" "),
  }));
  await pool.end();
}

async function main() {
  if (process.env.SIZING_CHILD) return measureOne().then(() => process.exit(0));
  const urls = process.argv.slice(2);
  if (!urls.length) throw new Error("usage: bench:sizing -- DB_URL [DB_URL ...] (seeded databases)");
  console.log("| creators | snapshot rows | database | bytes per creator | Creator indexes | snapshot indexes | searches per core-second (DB only) | load average |");
  console.log("|---:|---:|---:|---:|---:|---:|---:|---|");
  for (const url of urls) {
    const named = new URL(url);
    named.searchParams.set("application_name", "scout-sizing");
    const out = execFileSync(process.execPath, ["--import", "tsx", new URL(import.meta.url).pathname], { env: { ...process.env, DATABASE_URL: named.toString(), SIZING_CHILD: "1" }, encoding: "utf8" });
    const r = JSON.parse(out.trim().split("\n").pop()!);
    console.error(JSON.stringify(r));
    console.log(`| ${r.creators.toLocaleString("en")} | ${r.snapshots.toLocaleString("en")} | ${r.database} | ${r.bytesPerCreator.toLocaleString("en")} | ${r.creatorIndexes} | ${r.snapshotIndexes} | ${r.searchesPerCoreSecond} (${r.searchesPerDbCoreSecond}) | ${r.load} |`);
  }
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
