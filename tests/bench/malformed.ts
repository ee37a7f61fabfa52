// npm run bench:malformed [-- --count N] [-- --seed S] [-- --only cli|api] [-- --kind KIND] [-- --from I]
// (BENCH_DB_PREFIX names its scratch database, default scout_test_malformed; BENCH_VERBOSE=1 prints
// each file with the memory after it.)
// Generates N hostile and broken import files (default 1,000; tests/bench/malformed-files.ts) and runs
// each through the command line (`npm run import`, in-process through its importCommand) and through
// the upload API's steps (upload in chunks, finish, preview + dry run on the real queue worker, then
// the import itself), in a scratch database. Prints what happened to each: outcomes, 500s, stack
// traces shown to a user, half-written batches (a failed import whose committed rows are not whole
// batches, or whose message does not say which rows remain), hangs, and the process's peak RSS.
// Asserts nothing; the figures go to docs/reliability.md.
import { execFileSync } from "node:child_process";
import { createReadStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import pg from "pg";
import type { MalformedFile } from "./malformed-files";
import { dropTestDatabase } from "../support/test-db";

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const COUNT = Number(arg("--count") ?? 1000);
const SEED = Number(arg("--seed") ?? 20);
const ONLY = arg("--only");
/** Run only the files of one kind (e.g. open-quote); the corpus is generated whole, so indices stay the same. */
const KIND = arg("--kind");
/** Start at file index I (the corpus is still generated whole, so indices stay the same). */
const FROM = Number(arg("--from") ?? 0);
const FILE_TIMEOUT_MS = 300_000;
const STACK = /\n\s+at .+:\d+:\d+/;
/** SIGINT or SIGTERM stops the run after the file in progress and prints the figures so far. */
let stopAfter: number | undefined;
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => { stopAfter ??= Date.now(); });

type Outcome = { path: "cli" | "api"; kind: string; result: string; status500: boolean; stack: boolean; halfWritten: boolean; hung: boolean; ms: number };

async function main() {
  const dir = await mkdtemp(join(tmpdir(), "scout-malformed-"));
  // Created and migrated in a process of its own: Prisma's schema engine (WebAssembly, some 40 MB
  // resident for good once loaded) is no part of an import, and would count in this process's peak.
  const made = execFileSync(process.execPath, ["--import", "tsx", "tests/support/test-db.ts", "create", process.env.BENCH_DB_PREFIX || "scout_test_malformed"]).toString().trim().split(" ");
  const db = { name: made[0]!, url: made[1]! };
  process.env.DATABASE_URL = db.url;
  process.env.SCOUT_IMPORT_DIR = join(dir, "uploads");
  const sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
  try {
    console.log(`generating ${COUNT} files (seed ${SEED}) in ${dir} …`);
    const listing = execFileSync(process.execPath, ["--import", "tsx", "tests/bench/malformed-files.ts", join(dir), String(COUNT), String(SEED)], { maxBuffer: 64 << 20 }).toString();
    const files: MalformedFile[] = listing.trim().split("\n").map((l) => JSON.parse(l));
    const bytes = (await Promise.all(files.map((f) => stat(f.path)))).reduce((s, x) => s + x.size, 0);
    console.log(`${files.length} files, ${(bytes / 1048576).toFixed(0)} MB`);

    // Modules that read DATABASE_URL when loaded: after it is set.
    const { importCommand } = await import("../../scripts/import");
    const service = await import("../../lib/import/service");
    const { startImportWorker, stopImportQueue } = await import("../../lib/import/queue");
    const { getImportJob } = await import("../../lib/queries/import-jobs");
    const { CHUNK_BYTES } = await import("../../lib/import/queue-names");
    const errors = await import("../../lib/domain/errors");
    const { closeImportPools } = await import("../../lib/queries/import-pool");

    await sql.query(`INSERT INTO "Organization" (id, name, slug) VALUES ('org_bench', 'Bench', 'bench-malformed')`);
    await sql.query(`INSERT INTO "User" (id, email, name, "passwordHash", role, "organizationId") VALUES ('usr_bench', 'bench@example.com', 'Bench', 'x', 'ADMIN', 'org_bench')`);
    const actor = { id: "usr_bench", label: "Bench <bench@example.com>" };
    await startImportWorker();

    /** The status the API's one error mapper (lib/http/errors.ts) gives this error. */
    const statusOf = (err: unknown): number =>
      err instanceof errors.UnprocessableError ? (err.tooLarge ? 413 : 422)
      : err instanceof errors.NotFoundError ? 404
      : err instanceof errors.InvalidInputError ? 400
      : err instanceof errors.ConflictError ? 409
      : 500;

    // "_" is a LIKE wildcard: escaped, so m1_ never counts m12's rows.
    const creators = async (prefix: string) => Number((await sql.query(`SELECT count(*) n FROM "Creator" WHERE handle LIKE $1`, [`${prefix.toLowerCase().replaceAll("_", "\\_")}%`])).rows[0].n);
    /** A failed real import is half-written unless what it wrote is whole batches and its message says which rows remain. */
    const halfWritten = async (jobId: string | undefined, prefix: string) => {
      if (!jobId) return (await creators(prefix)) > 0;
      const j = await getImportJob(jobId);
      if (!j || j.dryRun) return false;
      const stored = await creators(prefix);
      if (j.status === "completed") return stored !== j.createdCount + j.updatedCount + j.unchangedCount && stored !== j.createdCount;
      if (stored === 0) return false;
      return stored !== j.createdCount || !/whole batches/.test(j.error ?? "");
    };
    const waitJob = async (id: string, deadline: number) => {
      for (;;) {
        const j = await getImportJob(id);
        if (j && (j.status === "completed" || j.status === "failed")) return j;
        if (Date.now() > deadline) return null;
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    const withTimeout = <T>(p: Promise<T>) => Promise.race([p, new Promise<"hung">((r) => setTimeout(() => r("hung"), FILE_TIMEOUT_MS).unref())]);

    const outcomes: Outcome[] = [];
    let peak = { rss: 0, kind: "", name: "" };
    const note = (f: MalformedFile) => {
      const rss = process.memoryUsage().rss;
      if (rss > peak.rss) peak = { rss, kind: f.kind, name: f.name };
    };
    // Sampled while a file runs too (the highest RSS is reached mid-file): which file and path, and
    // what the memory was made of then.
    const MB = (b: number) => `${(b / 1048576).toFixed(0)}`;
    let current = "";
    let high = { rss: 0, at: "", heapUsed: 0, heapTotal: 0, external: 0, arrayBuffers: 0 };
    const sample = () => {
      const m = process.memoryUsage();
      if (m.rss > high.rss) high = { rss: m.rss, at: current, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, arrayBuffers: m.arrayBuffers };
    };
    setInterval(sample, 50).unref();
    const memLine = () => {
      const m = process.memoryUsage();
      return `rss ${MB(m.rss)} heap ${MB(m.heapUsed)}/${MB(m.heapTotal)} external ${MB(m.external)} arrayBuffers ${MB(m.arrayBuffers)} MB`;
    };
    const t0 = Date.now();

    let ran = 0;
    for (const [n, f] of files.entries()) {
      if (stopAfter) break;
      const counted = outcomes.length;
      if (n < FROM || (KIND && f.kind !== KIND)) continue;
      if (ONLY !== "api") {
        current = `${f.name} (${f.kind}), command line`;
        const started = Date.now();
        let err = "";
        let out = "";
        const code = await withTimeout(importCommand([f.path, "--platform", "instagram", "--accept-suggested"], { out: (l) => (out += `${l}\n`), err: (t) => (err += t) }));
        const job = out.match(/"job":"([^"]+)"/)?.[1] ?? err.match(/^import (\S+)$/m)?.[1];
        outcomes.push({
          path: "cli", kind: f.kind, result: code === "hung" ? "hung" : `exit ${code}`, status500: false, stack: STACK.test(err),
          halfWritten: code !== "hung" && (await halfWritten(job, `m${n}_`)), hung: code === "hung", ms: Date.now() - started,
        });
        note(f);
      }
      if (ONLY !== "cli") {
        current = `${f.name} (${f.kind}), upload API`;
        const started = Date.now();
        const prefix = `m${n}_`;
        const r = await withTimeout((async (): Promise<Omit<Outcome, "path" | "kind" | "hung" | "ms">> => {
          const size = (await stat(f.path)).size;
          try {
            const { id } = await service.createUpload(f.name, size, actor);
            for (let offset = 0; offset < size; offset += CHUNK_BYTES) {
              const body = Readable.toWeb(createReadStream(f.path, { start: offset, end: Math.min(size, offset + CHUNK_BYTES) - 1 })) as ReadableStream<Uint8Array>;
              await service.receiveChunk(id, offset, body);
            }
            const analysis = await service.finishUpload(id);
            if (analysis.kind !== "creators") throw new Error("a creator upload was read as campaign results");
            const header = analysis.header;
            const mapping = analysis.suggestion.mapping ?? { columns: { handle: header[0]!, ...(header[1] ? { followers: header[1] } : {}) }, platform: { mode: "fixed" as const, value: "instagram" as const } };
            const preview = await service.startPreview(id, mapping, undefined, actor);
            if (!preview.queued) return { result: "422 mapping refused", status500: false, stack: false, halfWritten: false };
            const dry = await waitJob(id, started + FILE_TIMEOUT_MS);
            if (!dry) return { result: "hung (dry run)", status500: false, stack: false, halfWritten: false };
            if (dry.status === "failed") return { result: "dry run failed (clear)", status500: false, stack: STACK.test(dry.error ?? ""), halfWritten: false };
            const real = await service.startCommit(id, actor);
            const done = await waitJob(real.id, started + FILE_TIMEOUT_MS);
            if (!done) return { result: "hung (import)", status500: false, stack: false, halfWritten: false };
            return {
              result: done.status === "completed" ? (done.rejectedCount ? "imported, rows rejected" : "imported") : "import failed (clear)",
              status500: false, stack: STACK.test(done.error ?? ""), halfWritten: await halfWritten(real.id, prefix),
            };
          } catch (e) {
            const status = statusOf(e);
            return { result: String(status), status500: status === 500, stack: status !== 500 && STACK.test((e as Error).message), halfWritten: false };
          }
        })());
        outcomes.push(r === "hung"
          ? { path: "api", kind: f.kind, result: "hung", status500: false, stack: false, halfWritten: false, hung: true, ms: Date.now() - started }
          : { path: "api", kind: f.kind, ...r, hung: false, ms: Date.now() - started });
        note(f);
      }
      // A file the signal interrupted (the command line pauses its import on SIGINT) is left out.
      if (stopAfter) {
        outcomes.length = counted;
        break;
      }
      ran = n + 1;
      sample();
      // BENCH_GC=1 (with NODE_OPTIONS=--expose-gc): collect first, so the line shows what is still held.
      if (process.env.BENCH_GC) (globalThis as { gc?: () => void }).gc?.();
      if (process.env.BENCH_VERBOSE) console.log(`${n} ${f.kind} ${f.name}: ${memLine()}`);
      if ((n + 1) % 50 === 0) console.log(`… ${n + 1} files, ${((Date.now() - t0) / 1000).toFixed(0)} s, rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`);
    }

    const maxRss = process.resourceUsage().maxRSS / 1024; // kB -> MB
    if (stopAfter) console.log(`\nstopped by a signal after ${ran} of ${files.length} files: the figures below are for those`);
    console.log(`\nmalformed files: ${files.length} (seed ${SEED}), ${(bytes / 1048576).toFixed(0)} MB; ${((Date.now() - t0) / 1000).toFixed(0)} s; load average ${loadavg().map((x) => x.toFixed(1)).join(" ")} on ${cpus().length} cores`);
    for (const path of ["cli", "api"] as const) {
      const mine = outcomes.filter((o) => o.path === path);
      if (!mine.length) continue;
      const by = new Map<string, number>();
      for (const o of mine) by.set(o.result, (by.get(o.result) ?? 0) + 1);
      console.log(`\n${path === "cli" ? "command line (npm run import)" : "upload API (upload, finish, preview + dry run, import)"}: ${mine.length} files`);
      for (const [k, v] of [...by].sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(28)} ${v}`);
      console.log(`  500s ${mine.filter((o) => o.status500).length} · stack traces ${mine.filter((o) => o.stack).length} · half-written ${mine.filter((o) => o.halfWritten).length} · hung ${mine.filter((o) => o.hung).length} · slowest ${(Math.max(...mine.map((o) => o.ms)) / 1000).toFixed(1)} s`);
      const bad = mine.filter((o) => o.status500 || o.stack || o.halfWritten || o.hung);
      const kinds = new Map<string, number>();
      for (const o of bad) kinds.set(o.kind, (kinds.get(o.kind) ?? 0) + 1);
      if (kinds.size) console.log(`  problems by kind: ${[...kinds].map(([k, v]) => `${k} ${v}`).join(", ")}`);
    }
    console.log(`\npeak RSS ${maxRss.toFixed(0)} MB (goal < 512 MB); highest seen after ${peak.kind} (${peak.name}), ${(peak.rss / 1048576).toFixed(0)} MB`);
    console.log(`highest sampled (every 50 ms) during ${high.at}: rss ${MB(high.rss)}, heap ${MB(high.heapUsed)} used of ${MB(high.heapTotal)}, external ${MB(high.external)} (array buffers ${MB(high.arrayBuffers)}) MB`);
    await stopImportQueue();
    await closeImportPools();
  } finally {
    await sql.end();
    await dropTestDatabase(db.name).catch(() => {});
    await rm(dir, { recursive: true, force: true });
  }
  process.exit(0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
