// The one Prisma client of the app, and its connection pool. Only lib/queries (and scripts)
// import them.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient, type Prisma } from "./generated/client";
import { routeReadsToReplicas } from "./replicas";
import { resolveDatabaseUrl } from "./url";

const globalForDb = globalThis as unknown as { scoutPrisma?: PrismaClient; scoutPool?: pg.Pool };

/** The app's pool: Prisma's connections, also used directly by queryRows (so $disconnect leaves it open). */
export const pool: pg.Pool = globalForDb.scoutPool ?? new pg.Pool({ connectionString: resolveDatabaseUrl(), max: 10 });
export const prisma: PrismaClient = globalForDb.scoutPrisma ?? new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: false }) });
// An idle connection the server ends (a restart, a failover, an admin's pg_terminate_backend) is
// dropped by the pool, which reconnects on the next query; without a listener, Node would end the
// whole process on that 'error' event.
if (!globalForDb.scoutPool) {
  pool.on("error", (err) => console.error(`[db] an idle connection was closed by the server: ${err.message}`));
  // Reads inside onReplica() go to DATABASE_REPLICA_URLS when set (lib/db/replicas.ts).
  routeReadsToReplicas(pool);
}
if (process.env.NODE_ENV !== "production") {
  globalForDb.scoutPool = pool;
  globalForDb.scoutPrisma = prisma;
}

// "timestamp without time zone" (Prisma's DateTime) holds UTC, as Prisma reads it; pg's default
// reads it as local time.
const TIMESTAMP = 1114;
const readTimestamp = pg.types.getTypeParser(TIMESTAMP) as (v: string) => unknown;
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP
      ? // A plain date and time as UTC; pg's own reader for infinity, BC dates and years past 9999.
        (v: string) => (/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?$/.test(v) ? new Date(`${v.replace(" ", "T")}Z`) : readTimestamp(v))
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/**
 * Rows of one statement straight from the pool, for hot read paths (search): Prisma's $queryRaw
 * costs ~0.3 ms more per statement for the same rows. Values arrive as pg reads them: int4 and
 * float8 as numbers, json parsed, arrays as arrays, timestamps as UTC Dates; cast numerics and
 * bigints in SQL where a number is wanted.
 */
export async function queryRows<T>(statement: Prisma.Sql): Promise<T[]> {
  const result = await pool.query({ text: statement.text, values: statement.values as unknown[], types });
  return result.rows as T[];
}
