// Telling "the database is unreachable or restarting" from every other error, and waiting for it to
// come back: an import interrupted by a restart resumes by itself (lib/import/resume.ts).
import pg from "pg";
import { resolveDatabaseUrl } from "@/lib/db/url";

/** Socket errors, and PostgreSQL's "shutting down" / "starting up" / connection-class SQLSTATEs. */
const NET_CODES = new Set(["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "ENOTCONN", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN", "ENOTFOUND"]);
const SQLSTATES = /^(08...|57P01|57P02|57P03|53300)$/;
const MESSAGES = /Connection terminated|connection error|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery mode)|Client has encountered a connection error|Can't reach database server|Server has closed the connection|connect ECONNREFUSED|read ECONNRESET/i;

/** True when `err` (or anything in its cause chain) says the database went away, rather than refused a statement. */
export function isDatabaseUnavailable(err: unknown): boolean {
  const seen = new Set<unknown>();
  for (let e = err; e && typeof e === "object" && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    const x = e as { code?: unknown; message?: unknown; errors?: unknown[]; originalCode?: unknown; kind?: unknown };
    const code = typeof x.code === "string" ? x.code : typeof x.originalCode === "string" ? x.originalCode : "";
    if (NET_CODES.has(code) || SQLSTATES.test(code) || code === "P1001" || code === "P1017") return true;
    if (typeof x.message === "string" && MESSAGES.test(x.message)) return true;
    // An AggregateError (every address of a host refused) carries its causes in `errors`.
    if (Array.isArray(x.errors) && x.errors.some((y) => isDatabaseUnavailable(y))) return true;
  }
  return false;
}

/** One probe on a fresh connection: true when the server answers a query. */
export async function databaseAnswers(url = resolveDatabaseUrl()): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  c.on("error", () => {});
  try {
    await c.connect();
    await c.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}

/**
 * Probes every `everyMs` until the server answers (true), `withinMs` passes or `signal` aborts (false).
 * The probe is the signal here: the server's answer, never a guess at how long a restart takes.
 */
export async function waitForDatabase(withinMs: number, signal?: AbortSignal, everyMs = 1_000): Promise<boolean> {
  const until = Date.now() + withinMs;
  for (;;) {
    if (signal?.aborted) return false;
    if (await databaseAnswers()) return true;
    if (Date.now() + everyMs > until) return false;
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
