// npm run bench:scale-load: search load across two web instances behind a proxy, with one worker,
// without and then with a 100,000-row import running in the worker. Prints throughput per instance and
// in total, and search p95 in both phases. Asserts nothing.
//   DATABASE_URL=postgresql://…/seeded_db tsx tests/bench/scale-load.ts [--seconds 30] [--connections 8] [--rows 100000]
// Ports: BENCH_PORT (default 3340) and the next one for the instances, the one after for the proxy.
// The proxy is HAProxy when installed (apt-get install haproxy), else a small Node round-robin proxy
// (below). A production build in NEXT_DIST_DIR (default .next-scale) is needed: npm run build, or
// npm run test:scale, makes one. The import's creators (handles load_imp_*) are deleted afterwards.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createServer, request } from "node:http";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { formatLoad, runLoad, signIn } from "./http-load";
import { kill, startWeb, startWorker, type Proc } from "../scale/processes";
import { ScoutClient } from "../scale/http";

const arg = (name: string) => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] : undefined; };
const SECONDS = Number(arg("--seconds") ?? 30);
const CONNECTIONS = Number(arg("--connections") ?? 8);
const ROWS = Number(arg("--rows") ?? 100_000);
const PORT = Number(process.env.BENCH_PORT ?? 3340);
const PROXY = `http://127.0.0.1:${PORT + 2}`;

function haproxyPath(): string | null {
  try {
    return execFileSync("sh", ["-c", "command -v haproxy"], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

/** HAProxy in front of both instances, round robin, naming the instance in X-Served-By. */
function startHaproxy(bin: string, dir: string): ChildProcess {
  const cfg = join(dir, "haproxy.cfg");
  writeFileSync(cfg, [
    "global", "  maxconn 1024",
    "defaults", "  mode http", "  timeout connect 5s", "  timeout client 120s", "  timeout server 120s",
    "frontend scout", `  bind 127.0.0.1:${PORT + 2}`, "  default_backend web",
    "backend web", "  balance roundrobin", "  http-response set-header X-Served-By %[srv_name]",
    `  server a 127.0.0.1:${PORT} check`, `  server b 127.0.0.1:${PORT + 1} check`, "",
  ].join("\n"));
  return spawn(bin, ["-db", "-f", cfg], { stdio: "inherit" });
}

/** The fallback: a round-robin proxy in Node (no health checks), with the same X-Served-By header. */
function startNodeProxy(): { close(): void } {
  const targets = [{ name: "a", port: PORT }, { name: "b", port: PORT + 1 }];
  let turn = 0;
  const server = createServer((req, res) => {
    const t = targets[turn++ % targets.length]!;
    const up = request({ host: "127.0.0.1", port: t.port, method: req.method, path: req.url, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, { ...r.headers, "x-served-by": t.name });
      r.pipe(res);
    });
    up.on("error", () => { res.writeHead(502); res.end(); });
    req.pipe(up);
  }).listen(PORT + 2, "127.0.0.1");
  return { close: () => server.close() };
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("Set DATABASE_URL to a seeded database (npx tsx prisma/seed/index.ts --count 100000).");
  const dir = mkdtempSync(join(tmpdir(), "scout-scale-load-"));
  const shared = { databaseUrl, replicaUrls: "", importDir: dir, distDir: process.env.NEXT_DIST_DIR ?? ".next-scale", secret: "scale-load-secret" };
  const procs: Proc[] = [];
  const hp = haproxyPath();
  let proxy: { close(): void } | undefined;
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    procs.push(await startWeb("web-a", PORT, shared), await startWeb("web-b", PORT + 1, shared), await startWorker("worker", shared));
    if (hp) {
      const child = startHaproxy(hp, dir);
      proxy = { close: () => child.kill("SIGTERM") };
    } else proxy = startNodeProxy();
    console.log(`proxy: ${hp ? `HAProxy (${hp})` : "Node round-robin proxy"} on ${PROXY}; ${CONNECTIONS} connections, ${SECONDS} s a phase`);
    let cookie = "";
    for (let i = 0; ; i++) {
      try {
        cookie = await signIn(PROXY);
        break;
      } catch (err) {
        if (i > 60) throw err;
        await new Promise((r) => setTimeout(r, 500)); // the proxy's first health checks
      }
    }
    await runLoad(PROXY, { seconds: 5, connections: CONNECTIONS, cookie }); // warm-up
    const idle = await runLoad(PROXY, { seconds: SECONDS, connections: CONNECTIONS, cookie });
    console.log(formatLoad("without an import", idle));

    // A 100,000-row import through the proxy (upload, preview's dry run, commit), run by the worker.
    const admin = new ScoutClient(PROXY);
    await admin.signIn("admin@example.com", "demo-password");
    const lines = ["handle,followers,avg likes"];
    for (let i = 0; i < ROWS; i++) lines.push(`load_imp_${i},${3000 + i * 3},${30 + (i % 70)}`);
    const file = Buffer.from(lines.join("\n") + "\n");
    const { body: up } = await admin.json<{ id: string }>("/api/admin/imports", { method: "POST", body: { fileName: "load.csv", size: file.byteLength } });
    await admin.fetch(`/api/admin/imports/${up.id}/chunk?offset=0`, { method: "PUT", body: file, headers: { "content-type": "application/octet-stream" } });
    await admin.json(`/api/admin/imports/${up.id}/finish`, { method: "POST" });
    await admin.json(`/api/admin/imports/${up.id}/preview`, { method: "POST", body: { mapping: { columns: { handle: "handle", followers: "followers", avgLikes: "avg likes" }, platform: { mode: "fixed", value: "tiktok" } } } });
    const status = async (id: string) => (await admin.json<{ job: { status: string; processedRows: number } }>(`/api/admin/imports/${id}`)).body.job;
    while (!["completed", "failed"].includes((await status(up.id)).status)) await new Promise((r) => setTimeout(r, 500));
    const { body: commit } = await admin.json<{ id: string }>(`/api/admin/imports/${up.id}/commit`, { method: "POST" });
    while ((await status(commit.id)).status !== "running") await new Promise((r) => setTimeout(r, 200));
    const rowsAtStart = (await status(commit.id)).processedRows;
    const busy = await runLoad(PROXY, { seconds: SECONDS, connections: CONNECTIONS, cookie });
    const after = await status(commit.id);
    console.log(formatLoad("with a 100,000-row import running", busy));
    console.log(`the import wrote rows ${rowsAtStart} to ${after.processedRows} of ${ROWS} during that phase (${after.status}); search p95 ${idle.p95.toFixed(0)} -> ${busy.p95.toFixed(0)} ms (x${(busy.p95 / idle.p95).toFixed(2)})`);
    while (!["completed", "failed"].includes((await status(commit.id)).status)) await new Promise((r) => setTimeout(r, 1000));
  } finally {
    proxy?.close();
    for (const p of procs) await kill(p);
    await db.query(`DELETE FROM "Creator" WHERE handle LIKE 'load_imp_%'`).catch(() => {});
    await db.end();
    rmSync(dir, { recursive: true, force: true });
  }
  process.exit(0);
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
