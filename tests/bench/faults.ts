// npm run bench:faults: what a person and a monitor see when the database goes away and comes
// back, and what SIGTERM does to a request in flight, against a production build served by
// server.ts (as `npm start`). The database is a throwaway cluster this script owns (initdb into a
// temporary folder, BENCH_CLUSTER_PORT or the first free port of 5450-5459), never DATABASE_URL's.
// Needs a build (`npm run build`, or NEXT_DIST_DIR=.next-e2e after scripts/test.sh). Prints
// figures; asserts nothing.
import { loadavg } from "node:os";
import pg from "pg";
import { startAppOnOwnCluster } from "../support/app-on-own-cluster";

const PORT = Number(process.env.BENCH_PORT ?? 3290);
const BASE = `http://127.0.0.1:${PORT}`;
const DB = "scout_bench_faults";
const ms = (t: number) => `${(performance.now() - t).toFixed(0)} ms`;

class Jar {
  cookies = new Map<string, string>();
  take(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

async function call(path: string, jar?: Jar, init: RequestInit = {}) {
  const t = performance.now();
  const res = await fetch(`${BASE}${path}`, { redirect: "manual", ...init, headers: { ...(jar ? { cookie: jar.header() } : {}), ...(init.headers ?? {}) } });
  jar?.take(res);
  const body = await res.text();
  return { status: res.status, retryAfter: res.headers.get("retry-after"), body, time: ms(t) };
}

async function signIn(jar: Jar, email: string, password: string) {
  const csrf = JSON.parse((await call("/api/auth/csrf", jar)).body) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken: csrf.csrfToken, email, password, json: "true" });
  return call("/api/auth/callback/credentials", jar, { method: "POST", body: form, headers: { "content-type": "application/x-www-form-urlencoded" } });
}

async function main() {
  console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  const app = await startAppOnOwnCluster({
    appPort: PORT,
    db: DB,
    clusterPort: Number(process.env.BENCH_CLUSTER_PORT) || undefined,
    user: { id: "user_b", email: "bench@example.test", password: "bench-password", role: "AGENCY", org: { id: "org_b", name: "Bench", slug: "bench" } },
    env: { NEXTAUTH_SECRET: "bench-faults" },
  });
  const { cluster, server, exited } = app;
  try {
    const jar = new Jar();
    const signedIn = await signIn(jar, "bench@example.test", "bench-password");
    const show = (label: string, r: Awaited<ReturnType<typeof call>>, extra = "") =>
      console.log(`${label.padEnd(44)} ${r.status}${r.retryAfter ? ` Retry-After ${r.retryAfter}` : ""}  ${r.time}${extra}`);
    console.log(`\n== database up (sign-in ${signedIn.status})`);
    show("GET /search (signed in)", await call("/search", jar));
    show("GET /api/creators", await call("/api/creators", jar));
    show("GET /api/health", await call("/api/health"));

    cluster.stop();
    console.log("\n== database stopped (pg_ctl stop -m fast)");
    const page = await call("/search", jar);
    show("GET /search (signed in)", page, page.body.includes("Database unavailable, retrying") ? `  "Database unavailable, retrying"` : "  (no retrying text)");
    const api = await call("/api/creators", jar);
    show("GET /api/creators", api, `  ${api.body.slice(0, 110)}`);
    show("GET /api/health", await call("/api/health"));
    const share = await call(`/share/${"x".repeat(43)}`);
    show("GET /share/<token> (no account)", share);
    const attempt = await signIn(new Jar(), "bench@example.test", "bench-password");
    const named = /127\.0\.0\.1|ECONNREFUSED|:\d{4}\b/.test(decodeURIComponent(attempt.body)) && attempt.body.includes(String(cluster.port));
    show("POST sign-in", attempt, `  ${decodeURIComponent(attempt.body).slice(0, 90)}${named ? "  (NAMES THE SERVER)" : ""}`);

    const restarted = performance.now();
    cluster.start();
    console.log("\n== database started again (pg_ctl start -w returned)");
    let polls = 0;
    for (;;) {
      polls++;
      const r = await call("/api/creators", jar);
      if (r.status === 200) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    console.log(`first 200 from /api/creators after ${ms(restarted)} (${polls} tries), same server process, no restart`);

    // SIGTERM with a request in flight: a lock on "User" holds a signed-in request at its session check.
    console.log("\n== SIGTERM with a request in flight");
    const locker = new pg.Client({ connectionString: cluster.url(DB) });
    await locker.connect();
    await locker.query(`BEGIN; LOCK TABLE "User" IN ACCESS EXCLUSIVE MODE`);
    const inFlight = call("/api/creators", jar).catch((e: Error) => ({ status: 0, retryAfter: null, body: e.message, time: "-" }));
    await new Promise((r) => setTimeout(r, 1500)); // let it reach the lock (a figure, not an assertion)
    const term = performance.now();
    server.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 1000));
    await locker.query("COMMIT");
    await locker.end();
    const r = await inFlight;
    console.log(`request in flight: ${r.status === 0 ? `reset (${r.body})` : `answered ${r.status}`}, lock released 1.0 s after SIGTERM`);
    const code = await exited;
    console.log(`server exited ${code} ${ms(term)} after SIGTERM`);
  } finally {
    if (server.exitCode === null) server.kill("SIGKILL");
    await app.stop();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
