// The one Prisma client of the app. Only lib/queries (and scripts) import it.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { resolveDatabaseUrl } from "./url";

const globalForPrisma = globalThis as unknown as { scoutPrisma?: PrismaClient };

/**
 * Session settings of every app connection (PGOPTIONS, as libpq reads it, replaces them). A search
 * sends its count and its page at once (lib/queries/search.ts), so parallel workers inside each
 * statement would compete with the other statement for the same cores: on the 2-core benchmark
 * machine they made "text + filters + brief, by score" 25% slower (docs/performance.md).
 */
export const SESSION_OPTIONS = process.env.PGOPTIONS ?? "-c max_parallel_workers_per_gather=0";

export function createPrismaClient(connectionString = resolveDatabaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10, options: SESSION_OPTIONS }) });
}

export const prisma: PrismaClient = globalForPrisma.scoutPrisma ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.scoutPrisma = prisma;
