// Shared by the search and load benchmarks: start the server (server.ts, as `npm start`), sign in as the demo marketer,
// percentiles, and the PostgreSQL settings and machine load the figures ran under.
import { spawn, type ChildProcess } from "node:child_process";
import { loadavg } from "node:os";
import type pg from "pg";
import { SERVER_NODE_FLAGS } from "../../lib/server/node-flags";

const EMAIL = "marketer@example.com";
const PASSWORD = "demo-password";

export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Nearest-rank percentile. */
export function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export const ms = (x: number) => `${x.toFixed(1)} ms`;

export async function signIn(base: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies },
    body: new URLSearchParams({ csrfToken, email: EMAIL, password: PASSWORD, json: "true" }),
  });
  const session = res.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c!.includes("session-token"));
  if (!session) throw new Error(`sign-in failed (${res.status})`);
  return session;
}

/** server.ts (`npm start`) from NEXT_DIST_DIR (default .next-search) on BENCH_PORT (default 3201). */
export async function startServer(): Promise<{ url: string; child: ChildProcess }> {
  const port = Number(process.env.BENCH_PORT ?? 3201);
  const url = `http://127.0.0.1:${port}`;
  // server.ts, as `npm start` runs it; BENCH_WEB_PROCESSES sets its SCOUT_WEB_PROCESSES (default 1).
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, "--import", "tsx", "server.ts", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      SCOUT_WEB_PROCESSES: process.env.BENCH_WEB_PROCESSES ?? "1",
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-search",
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret",
      NEXTAUTH_URL: url,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${url}/login`)).ok) return { url, child };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error("server.ts did not come up; build first with NEXT_DIST_DIR=.next-search npx next build");
}

/** The settings the speed depends on (docs/deployment.md), and the machine's load average now. */
export async function describeSettings(pool: pg.Pool): Promise<string> {
  const names = [
    "shared_buffers", "effective_cache_size", "work_mem", "max_parallel_workers_per_gather", "max_parallel_workers",
    "random_page_cost", "default_statistics_target", "jit",
  ];
  const { rows } = await pool.query<{ name: string; setting: string }>(
    `SELECT name, current_setting(name) AS setting FROM pg_settings WHERE name = ANY($1::text[]) ORDER BY array_position($1::text[], name)`,
    [names],
  );
  const load = loadavg().map((x) => x.toFixed(2)).join(", ");
  return `PostgreSQL: ${rows.map((r) => `${r.name}=${r.setting}`).join(" ")}\nLoad average (1, 5, 15 min): ${load}`;
}
