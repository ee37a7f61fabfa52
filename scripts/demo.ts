// npm run demo: everything a newcomer needs in one command.
// Starts the embedded PostgreSQL (PGlite, data in .data/) unless DATABASE_URL is set, applies
// migrations, seeds the demo catalog when the database is empty, builds the app when its sources
// changed since the last build, and serves it. Ctrl-C stops everything.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "../lib/db/schema-engine";
import { EMBEDDED_PORT, EMBEDDED_URL } from "../lib/db/url";
import { parseSeedArgs, seed } from "../prisma/seed/index";
import { DEMO_ORGS, DEMO_PASSWORD } from "../prisma/seed/demo-accounts";
import { refreshInsights } from "../lib/insights/refresh";
import { SERVER_NODE_FLAGS } from "../lib/server/node-flags";

const root = process.cwd();
const port = Number(process.env.PORT ?? 3000);
const children: ChildProcess[] = [];
const log = (m: string) => console.log(`[demo] ${m}`);

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: "inherit", env });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} exited with ${code}`))));
  });
}

function waitForPort(p: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(p, "127.0.0.1");
      socket.once("connect", () => { socket.destroy(); resolve(); });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`Nothing listened on port ${p} after ${timeoutMs / 1000}s`));
        else setTimeout(attempt, 200);
      });
    };
    attempt();
  });
}

async function portInUse(p: number): Promise<boolean> {
  return waitForPort(p, 0).then(() => true, () => false);
}

/** A fingerprint of everything the build depends on, so a second start skips the build. */
function sourceFingerprint(): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "generated") walk(full);
      } else {
        const st = statSync(full);
        hash.update(`${full}:${st.size}:${st.mtimeMs}\n`);
      }
    }
  };
  for (const d of ["app", "components", "lib", "public", "prisma"]) walk(path.join(root, d));
  for (const f of ["package-lock.json", "next.config.ts", "tailwind.config.ts", "postcss.config.mjs", "tsconfig.json"]) {
    if (existsSync(f)) hash.update(readFileSync(f));
  }
  return hash.digest("hex");
}

function demoSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(root, ".data", "nextauth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

async function main() {
  const started = Date.now();
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    if (await portInUse(EMBEDDED_PORT)) {
      throw new Error(`Port ${EMBEDDED_PORT} is taken (another demo running?). Stop it or set SCOUT_EMBEDDED_PORT.`);
    }
    log(`starting embedded PostgreSQL (PGlite), data in .data/pglite`);
    const db = spawn(process.execPath, ["--import", "tsx", "lib/db/embedded-server.ts", ".data/pglite"], { stdio: "inherit" });
    children.push(db);
    db.on("exit", (code) => { if (code) { console.error(`[demo] embedded database exited with ${code}`); shutdown(1); } });
    await waitForPort(EMBEDDED_PORT, 60_000);
    databaseUrl = EMBEDDED_URL;
  } else {
    log(`using DATABASE_URL (${new URL(databaseUrl).host})`);
  }

  const applied = await applyMigrations(databaseUrl);
  log(applied.length ? `applied migrations: ${applied.join(", ")}` : "database schema is up to date");

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "User"`);
  await client.end();
  if (Number(rows[0]!.n) === 0) {
    log("seeding the demo catalog (5,000 creators)…");
    await seed(databaseUrl, parseSeedArgs([]));
    await refreshInsights(); // the dashboard's figures and the demo lists' alerts
  } else {
    log("demo data already present: reusing it");
  }

  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const stampFile = path.join(root, distDir, "scout-source-fingerprint");
  const fingerprint = sourceFingerprint();
  const built = existsSync(path.join(root, distDir, "BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === fingerprint;
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: demoSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!built) {
    log("building the app (first start, or the sources changed)…");
    await run(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], env);
    writeFileSync(stampFile, fingerprint);
  } else {
    log("build is up to date: skipping it");
  }

  // server.ts is `npm start`: next start, plus the socket address the sign-in limit keys on.
  const app = spawn(process.execPath, [...SERVER_NODE_FLAGS, "--import", "tsx", path.join(root, "server.ts"), "-p", String(port)], { stdio: "inherit", env });
  children.push(app);
  app.on("exit", (code) => shutdown(code ?? 0));
  await waitForPort(port, 60_000);
  const users = DEMO_ORGS.flatMap((o) => o.users.map((u) => `    ${u.email.padEnd(30)} ${u.role.padEnd(9)} ${o.name}`));
  console.log(
    [
      "",
      `Scout is running at http://localhost:${port}  (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
      `Sign in with any of these (password: ${DEMO_PASSWORD}):`,
      ...users,
      "Press Ctrl-C to stop.",
      "",
    ].join("\n"),
  );
}

let stopping = false;
function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  for (const c of children.reverse()) c.kill("SIGTERM");
  setTimeout(() => process.exit(code), 1500).unref();
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));

main().catch((err) => {
  console.error(`[demo] ${err instanceof Error ? err.message : err}`);
  shutdown(1);
});
