// npm run bench:import [-- --rows N]: imports a generated N-row CSV (default 100,000) end to end
// through the real pipeline into a scratch database, then COPYs the same rows raw into a scratch
// table in the same run, and prints both rates. Prints figures; asserts nothing.
import { createReadStream } from "node:fs";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { createTestDatabase, dropTestDatabase } from "../support/test-db";

const arg = process.argv.indexOf("--rows");
const rows = arg > 0 ? Number(process.argv[arg + 1]) : 100_000;

async function main() {
  const dir = await mkdtemp(join(tmpdir(), "scout-bench-"));
  const file = join(dir, "bench.csv");
  const out: string[] = ["handle,followers,following,posts,avg likes,avg comments,category,country"];
  const cats = ["beauty", "fashion", "fitness", "food", "travel", "gaming", "tech", "music"];
  for (let i = 0; i < rows; i++) {
    const f = Math.round(1000 * Math.exp((i * 7919) % 100 / 10));
    out.push(`bench_${i},${f},${200 + (i % 900)},${50 + (i % 700)},${Math.round(f * 0.02)},${Math.round(f * 0.001)},${cats[i % 8]},${i % 3 ? "United States" : "DE"}`);
  }
  await writeFile(file, out.join("\n") + "\n");
  const size = (await stat(file)).size;
  const { name, url } = await createTestDatabase("scout_bench_import");
  process.env.DATABASE_URL = url;
  try {
    const { runImport } = await import("../../lib/import/pipeline");
    const { createImportJob } = await import("../../lib/queries/imports");
    const { closeImportPools } = await import("../../lib/queries/import-writer");
    const job = await createImportJob({
      fileName: "bench.csv", fileHash: "bench", fileSize: size, storagePath: file, format: "csv", createdById: null, status: "queued",
      mapping: { columns: { handle: "handle", followers: "followers", following: "following", posts: "posts", avgLikes: "avg likes", avgComments: "avg comments", niche: "category", country: "country" }, platform: { mode: "fixed", value: "instagram" } },
    });
    const t0 = performance.now();
    const counts = await runImport(job.id);
    const importSeconds = (performance.now() - t0) / 1000;
    await closeImportPools();

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`CREATE TABLE bench_copy (handle text, followers bigint, following int, posts int, avg_likes bigint, avg_comments bigint, category text, country text)`);
    const t1 = performance.now();
    await pipeline(createReadStream(file), client.query(copyFrom(`COPY bench_copy FROM STDIN WITH (FORMAT csv, HEADER true)`)));
    const copySeconds = (performance.now() - t1) / 1000;
    await client.end();

    const importRate = rows / importSeconds;
    const copyRate = rows / copySeconds;
    console.log(`rows: ${rows.toLocaleString("en-US")} (${(size / 1048576).toFixed(1)} MB CSV); created ${counts.created.toLocaleString("en-US")}, rejected ${counts.rejected}`);
    console.log(`import end to end: ${importSeconds.toFixed(2)} s = ${Math.round(importRate).toLocaleString("en-US")} rows/s (parse, map, score, upsert, snapshot, counters)`);
    console.log(`raw COPY, same rows: ${copySeconds.toFixed(2)} s = ${Math.round(copyRate).toLocaleString("en-US")} rows/s`);
    console.log(`import / COPY: ${((importRate / copyRate) * 100).toFixed(1)}%`);
  } finally {
    await dropTestDatabase(name);
    await rm(dir, { recursive: true, force: true });
  }
}

main().then(() => process.exit(0), (err) => {
  console.error(err);
  process.exit(1);
});
