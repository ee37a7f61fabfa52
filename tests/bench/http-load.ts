// A small closed-loop HTTP load generator for GET /api/creators (the search API), signed in as the demo
// marketer: C connections each send the next request as soon as the last one answered, for S seconds.
// Prints requests/s, p50/p95/p99, errors, and, when a proxy names the instance that answered in an
// X-Served-By header (tests/bench/scale-load.ts sets HAProxy up so), the share of each instance.
// Asserts nothing.
//   tsx tests/bench/http-load.ts --url http://127.0.0.1:3342 [--seconds 20] [--connections 8]
import { performance } from "node:perf_hooks";
import { loadavg } from "node:os";

export const LOAD_QUERIES = [
  "", "q=skincare", "q=anna", "tier=micro,mid&country=US&minEr=2&sort=followers", "niche=beauty&tier=micro&country=GB&sort=er",
  "q=routine&tier=micro,mid&niche=beauty&brief=brief_acme_skincare&sort=score", "brief=brief_acme_skincare&sort=fit&platform=instagram",
  "niche=automotive&country=NZ", "maxPrice=300&minAuthenticity=80&hasEmail=true&sort=cpe",
];

export async function signIn(base: string, email = "marketer@example.com", password = "demo-password"): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST", redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies, origin: base },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = res.headers.getSetCookie().map((c) => c.split(";")[0]!).find((c) => c.includes("session-token"));
  if (!session) throw new Error(`sign-in on ${base} failed (${res.status})`);
  return session;
}

export type LoadResult = { seconds: number; requests: number; errors: number; rps: number; p50: number; p95: number; p99: number; byInstance: Record<string, number>; load: string };

const pct = (s: number[], p: number) => (s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN);

export async function runLoad(base: string, opts: { seconds: number; connections: number; cookie?: string }): Promise<LoadResult> {
  const cookie = opts.cookie ?? (await signIn(base));
  const times: number[] = [];
  const byInstance: Record<string, number> = {};
  let errors = 0;
  let n = 0;
  const end = performance.now() + opts.seconds * 1000;
  const started = performance.now();
  await Promise.all(Array.from({ length: opts.connections }, async () => {
    while (performance.now() < end) {
      const q = LOAD_QUERIES[n++ % LOAD_QUERIES.length];
      const t = performance.now();
      try {
        const res = await fetch(`${base}/api/creators?${q}`, { headers: { cookie } });
        await res.arrayBuffer();
        if (res.status !== 200) errors++;
        else {
          times.push(performance.now() - t);
          const who = res.headers.get("x-served-by") ?? "direct";
          byInstance[who] = (byInstance[who] ?? 0) + 1;
        }
      } catch {
        errors++;
      }
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return { seconds, requests: times.length, errors, rps: times.length / seconds, p50: pct(times, 50), p95: pct(times, 95), p99: pct(times, 99), byInstance, load: loadavg().map((l) => l.toFixed(1)).join(" ") };
}

export function formatLoad(label: string, r: LoadResult): string {
  const per = Object.entries(r.byInstance).sort().map(([k, v]) => `${k} ${(v / r.seconds).toFixed(1)}/s`).join(", ");
  return `${label}: ${r.rps.toFixed(1)} req/s total (${per}); p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms, p99 ${r.p99.toFixed(0)} ms; ${r.requests} ok, ${r.errors} errors in ${r.seconds.toFixed(1)} s; load average ${r.load}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string) => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] : undefined; };
  const url = arg("--url") ?? process.env.LOAD_URL ?? "http://127.0.0.1:3000";
  runLoad(url, { seconds: Number(arg("--seconds") ?? 20), connections: Number(arg("--connections") ?? 8) })
    .then((r) => { console.log(formatLoad(url, r)); process.exit(0); }, (err: Error) => { console.error(err.message); process.exit(1); });
}
