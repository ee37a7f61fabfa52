// Reads from PostgreSQL streaming replicas (hot standbys), for the pages that only read the catalog:
// search, profiles, compare and dashboards wrap their query in onReplica(). Everything else, and every
// transaction (Prisma's $transaction takes a connection, which is always the primary's), goes to the
// primary, so a write and a read that must see it (a list right after adding to it) never meet a lag.
//
// DATABASE_REPLICA_URLS: comma-separated connection strings of the standbys; unset, all reads go to
// the primary. Replicas are used in turn. One that cannot be reached (stopped, restarting, a broken
// connection), that cancels a read for a conflict with recovery, or that refuses a statement as
// read-only, is skipped for SCOUT_REPLICA_RETRY_MS (5 s) and the read is run on the primary instead:
// the caller sees no error, only the primary's answer.
import { AsyncLocalStorage } from "node:async_hooks";
import pg from "pg";

const onReplicaContext = new AsyncLocalStorage<true>();

/** Runs `fn` with its non-transactional reads sent to a replica when there is one. */
export function onReplica<T>(fn: () => Promise<T>): Promise<T> {
  return onReplicaContext.run(true, fn);
}

export function replicaUrls(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.DATABASE_REPLICA_URLS ?? "").split(",").map((s) => s.trim()).filter(Boolean);
}

/** Errors after which the same read is worth running on the primary. */
export function fallsBackToPrimary(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  const code = e?.code ?? "";
  if (/^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EPIPE)$/.test(code)) return true;
  // 08: connection exceptions; 57P01-57P03: admin shutdown, crash shutdown, cannot connect now (a
  // standby starting); 40001: canceled for a conflict with recovery; 25006: read-only transaction.
  if (/^(08...|57P0[123]|40001|25006)$/.test(code)) return true;
  return /Connection terminated|terminating connection|timeout exceeded when trying to connect/i.test(e?.message ?? "");
}

type Replica = { url: string; pool: pg.Pool; downUntil: number };
/** Reads served by each side, for tests and for the operator's eye. */
export const replicaCounters = { replica: 0, primary: 0, fallbacks: 0 };

/**
 * Makes `primary.query` (the call Prisma's pg adapter and queryRows use for a statement outside a
 * transaction) send reads made inside onReplica() to a replica. Returns the replica pools (to end them).
 */
export function routeReadsToReplicas(primary: pg.Pool, urls: string[] = replicaUrls(), poolSize = 10): pg.Pool[] {
  if (!urls.length) return [];
  const retryMs = Number(process.env.SCOUT_REPLICA_RETRY_MS ?? 5_000);
  const replicas: Replica[] = urls.map((url) => {
    const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5_000 });
    pool.on("error", (err) => console.error(`[db] a replica connection was closed: ${err.message}`));
    return { url, pool, downUntil: 0 };
  });
  let turn = 0;
  const pick = (now: number): Replica | undefined => {
    for (let i = 0; i < replicas.length; i++) {
      const r = replicas[(turn + i) % replicas.length]!;
      if (r.downUntil <= now) {
        turn = (turn + i + 1) % replicas.length;
        return r;
      }
    }
    return undefined;
  };
  const primaryQuery = primary.query.bind(primary) as (...args: unknown[]) => Promise<unknown>;
  const routed = (...args: unknown[]): unknown => {
    // A callback-style call, or a read outside onReplica(): the primary, as before.
    if (!onReplicaContext.getStore() || typeof args[args.length - 1] === "function") return primaryQuery(...args);
    return (async () => {
      const replica = pick(Date.now());
      if (!replica) {
        replicaCounters.primary++;
        return primaryQuery(...args);
      }
      try {
        const result = await (replica.pool.query as (...a: unknown[]) => Promise<unknown>)(...args);
        replicaCounters.replica++;
        return result;
      } catch (err) {
        if (!fallsBackToPrimary(err)) throw err;
        replica.downUntil = Date.now() + retryMs;
        replicaCounters.fallbacks++;
        console.error(`[db] replica ${new URL(replica.url).host} failed a read (${(err as Error).message}); reading from the primary for ${retryMs / 1000} s`);
        return primaryQuery(...args);
      }
    })();
  };
  (primary as unknown as { query: typeof routed }).query = routed;
  return replicas.map((r) => r.pool);
}
