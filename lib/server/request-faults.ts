// What went wrong during one request, for the code that sends its status line. A page that fails
// because the database is down is rendered by its error boundary with status 500, and Next offers
// no way to say 503; server.ts runs each request in a scope, the code that recognises the fault
// (lib/http's error mapper, the guard, instrumentation's onRequestError) marks it, and server.ts
// turns that request's 500 into a 503 with Retry-After. The store lives on globalThis so that
// server.ts and the app's bundles, which load this file separately, share one.
import { AsyncLocalStorage } from "node:async_hooks";

export type RequestFaults = { databaseUnavailable: boolean };

const KEY = Symbol.for("scout.requestFaults");
const holder = globalThis as unknown as Record<symbol, AsyncLocalStorage<RequestFaults> | undefined>;
const storage: AsyncLocalStorage<RequestFaults> = (holder[KEY] ??= new AsyncLocalStorage<RequestFaults>());

/** Runs `fn` in a fault scope: the current one if there is one, else a new one. */
export function withRequestFaults<T>(fn: (faults: RequestFaults) => T): T {
  const current = storage.getStore();
  if (current) return fn(current);
  const faults: RequestFaults = { databaseUnavailable: false };
  return storage.run(faults, () => fn(faults));
}

/** The current request's faults, or null outside a scope (a test calling code directly). */
export function currentRequestFaults(): RequestFaults | null {
  return storage.getStore() ?? null;
}

export function markDatabaseUnavailable(): void {
  const faults = storage.getStore();
  if (faults) faults.databaseUnavailable = true;
}
