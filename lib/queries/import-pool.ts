// The importer's own connections (and the dashboard's and tracking's long reads): a small pool per
// database URL apart from the app's, and the lanes one import writes its batches on (import-writer.ts).
import pg from "pg";
import type { Queryable } from "@/lib/db/bulk";
import { supportsCopy } from "@/lib/db/copy";
import { resolveDatabaseUrl } from "@/lib/db/url";

const pools = new Map<string, pg.Pool>();
const poolOf = new WeakMap<object, pg.Pool>();
export function importPool(url = resolveDatabaseUrl()): pg.Pool {
  let p = pools.get(url);
  if (!p) {
    const pool = new pg.Pool({ connectionString: url, max: 3 });
    pool.on("error", () => {}); // an idle client dying (database restart) must not crash the process
    pool.on("acquire", (c) => poolOf.set(c, pool));
    pools.set(url, pool);
    p = pool;
  }
  return p;
}
/** The import pool a client was taken from (none: a client of its own). */
export const pooledBy = (client: object): pg.Pool | undefined => poolOf.get(client);

export async function closeImportPools(): Promise<void> {
  await Promise.all([...pools.values()].map((p) => p.end()));
  pools.clear();
}

/**
 * A second connection for one job's batches, outside the import pool (so two imports never wait
 * on each other's connections), or null: when the server does not speak COPY (the embedded PGlite
 * server is one session, where two open transactions would wait on each other) or when it cannot
 * be opened (the import then runs on one connection).
 */
export async function openSecondLane(client: Queryable): Promise<pg.Client | null> {
  if (!(await supportsCopy(client).catch(() => false))) return null;
  const c = new pg.Client({ connectionString: resolveDatabaseUrl() });
  c.on("error", () => {}); // a connection dying mid-batch fails that batch, and so the job: no crash
  try {
    await c.connect();
    return c;
  } catch {
    return null;
  }
}

/**
 * The connections one import writes its batches on, in turn: a pooled one, and a second where the
 * server allows it (openSecondLane). `release` hands them back; call it once the last batch settled.
 */
export async function openImportLanes(): Promise<{ lanes: Queryable[]; release: () => Promise<void> }> {
  const client = await importPool().connect();
  // Held for the whole job, so also between statements, where the pool's own idle listener is off: a
  // server restart then emits 'error' on it, which would end the process unheard. The next statement
  // fails instead, and the job resumes (lib/import/resume.ts).
  let lost: Error | undefined;
  const onError = (err: Error) => (lost = err);
  client.on("error", onError);
  const second = await openSecondLane(client).catch(() => null);
  return {
    lanes: second ? [client, second] : [client],
    release: async () => {
      client.off("error", onError);
      client.release(lost ?? false);
      await second?.end().catch(() => {});
    },
  };
}
