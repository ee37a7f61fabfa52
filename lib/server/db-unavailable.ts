// "The database cannot be reached", recognised once for the whole app. A refused or reset
// connection, a server shutting down or restarting (SQLSTATE 57P01-57P03, class 08), too many
// connections (53300), a pool that could not connect in time, and the same faults as Prisma and its
// pg adapter wrap them (P1001, P1002, P1017, P2024, DriverAdapterError kinds). Such an error is not a
// bug: the request is answered 503 with Retry-After and a "retrying" page, and the next request
// after the database's return works with no restart (the pools reconnect by themselves).
// Pure: no Next, no server-only, so server.ts and the command-line tools can use it too.

/** Seconds a client should wait before trying again (the Retry-After header). */
export const RETRY_AFTER_SECONDS = 5;
/** The digest a page's error boundary sees (Next keeps an error's own digest in production). */
export const DB_UNAVAILABLE_DIGEST = "SCOUT_DB_UNAVAILABLE";
export const DB_UNAVAILABLE_MESSAGE = "The database is unavailable at the moment. Scout keeps retrying; try again in a few seconds.";

const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "ECONNABORTED", "EADDRNOTAVAIL"]);
const SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300"]);
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// pg's own messages for a connection that died or never came (they carry no code).
const PG_MESSAGES = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error and is not queryable|Client was closed and is not queryable|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery mode))/i;

type Shape = { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; errors?: unknown; meta?: unknown; name?: unknown };

function matches(e: Shape): boolean {
  const code = typeof e.code === "string" ? e.code : "";
  if (SOCKET_CODES.has(code) || SQLSTATES.has(code) || PRISMA_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
  if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
  return typeof e.message === "string" && PG_MESSAGES.test(e.message);
}

/** Whether `err` (or what it wraps: cause, AggregateError's errors, Prisma's driverAdapterError) says the database is out of reach. */
export function isDatabaseUnavailable(err: unknown): boolean {
  const seen = new Set<unknown>();
  const stack: unknown[] = [err];
  while (stack.length) {
    const e = stack.pop();
    if (!e || typeof e !== "object" || seen.has(e) || seen.size > 32) continue;
    seen.add(e);
    if (e instanceof DatabaseUnavailableError) return true;
    const s = e as Shape;
    if (matches(s)) return true;
    stack.push(s.cause);
    if (Array.isArray(s.errors)) stack.push(...s.errors);
    const meta = s.meta as { driverAdapterError?: unknown } | undefined;
    if (meta && typeof meta === "object") stack.push(meta.driverAdapterError);
  }
  return false;
}

/**
 * Thrown in place of the raw error once it is recognised: its message says nothing of the server
 * (no host, no port), and its digest tells a page's error boundary what happened.
 */
export class DatabaseUnavailableError extends Error {
  readonly digest = DB_UNAVAILABLE_DIGEST;
  constructor() {
    super(DB_UNAVAILABLE_MESSAGE);
    this.name = "DatabaseUnavailableError";
  }
}

/** One log line for the operator (the real cause, without a stack): the user sees only the message above. */
export function describeUnavailable(err: unknown): string {
  const parts: string[] = [];
  let e: unknown = err;
  for (let i = 0; i < 4 && e && typeof e === "object"; i++) {
    const s = e as Shape;
    const text = [typeof s.code === "string" ? s.code : null, typeof s.kind === "string" ? s.kind : null, typeof s.message === "string" ? s.message.split("\n")[0] : null].filter(Boolean).join(" ");
    if (text) parts.push(text);
    e = s.cause ?? (Array.isArray(s.errors) ? s.errors[0] : undefined);
  }
  return parts.join(" <- ").slice(0, 300);
}
