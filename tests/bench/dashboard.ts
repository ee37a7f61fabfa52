// npm run bench:dashboard -- [--runs N] [--url http://127.0.0.1:3221] [--no-http] [--no-refresh]
// The dashboard at catalog scale. Three figures:
//   1. the background job (lib/insights/refresh.ts): alerts and the catalog summary, computed once;
//   2. the page's data (lib/insights/dashboard.ts loadDashboard, as the page calls it), p50/p95;
//   3. GET / over HTTP on server.ts (`npm start`), signed in as the demo agency user, p50/p95 (skip: --no-http).
// DATABASE_URL must point at a migrated, seeded database (npx tsx prisma/seed/index.ts --count 1000000).
// Without --url the script starts server.ts itself from NEXT_DIST_DIR (default .next-e2e) on
// BENCH_PORT (default 3221). It prints figures and never asserts a time.
import { spawn, type ChildProcess } from "node:child_process";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { resolveDatabaseUrl } from "../../lib/db/url";
import { loadDashboard } from "../../lib/insights/dashboard";
import { refreshInsights } from "../../lib/insights/refresh";
import { closeImportPools } from "../../lib/queries/import-pool";

const ORG = "org_acme";
const EMAIL = "agency@example.com";
const PASSWORD = "demo-password";
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Number(arg("--runs") ?? 50);

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}
const ms = (x: number) => `${x.toFixed(1)} ms`;
const load = () => loadavg().map((x) => x.toFixed(1)).join(" ");

async function timed(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 3; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

async function signIn(base: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST", redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies },
    body: new URLSearchParams({ csrfToken, email: EMAIL, password: PASSWORD, json: "true" }),
  });
  const session = res.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c!.includes("session-token"));
  if (!session) throw new Error(`sign-in failed (${res.status})`);
  return session;
}

async function startServer(): Promise<{ url: string; child: ChildProcess }> {
  const port = Number(process.env.BENCH_PORT ?? 3221);
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env, NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-e2e", NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret",
      NEXTAUTH_URL: url, NEXT_TELEMETRY_DISABLED: "1", SCOUT_IMPORT_WORKER: "off",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${url}/login`)).ok) return { url, child };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error("the server did not come up; build first with NEXT_DIST_DIR=.next-e2e npx next build");
}

async function main() {
  const pool = new pg.Pool({ connectionString: resolveDatabaseUrl(), max: 2 });
  const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Creator"`);
  console.log(`Creators: ${rows[0]!.n.toLocaleString("en-US")}; ${RUNS} timed runs after 3 warm-ups; load average at start ${load()}\n`);

  if (!process.argv.includes("--no-refresh")) {
    const t = performance.now();
    const r = await refreshInsights();
    console.log(`background job (alerts + summary): ${ms(performance.now() - t)} (alerts ${ms(r.alertsMs)}, summary ${ms(r.summaryMs)}, ${r.alertsAdded} new alerts); load ${load()}`);
  }

  const data = await timed(RUNS, () => loadDashboard(ORG, null));
  console.log(`page data (loadDashboard):          p50 ${ms(pct(data, 50))}  p95 ${ms(pct(data, 95))}  max ${ms(Math.max(...data))}; load ${load()}`);

  if (!process.argv.includes("--no-http")) {
    let server: { url: string; child: ChildProcess } | null = null;
    let base = arg("--url");
    if (!base) {
      server = await startServer();
      base = server.url;
    }
    try {
      const cookie = await signIn(base);
      const http = await timed(RUNS, async () => {
        const res = await fetch(`${base}/`, { headers: { cookie } });
        if (res.status !== 200) throw new Error(`GET / answered ${res.status}`);
        await res.text();
      });
      console.log(`GET / (whole page, HTTP):           p50 ${ms(pct(http, 50))}  p95 ${ms(pct(http, 95))}  max ${ms(Math.max(...http))}; load ${load()}`);
    } finally {
      server?.child.kill();
    }
  }
  await pool.end();
  await closeImportPools();
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
