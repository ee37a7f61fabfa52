// The one Prisma client of the app. Only lib/queries (and scripts) import it.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { resolveDatabaseUrl } from "./url";

const globalForPrisma = globalThis as unknown as { scoutPrisma?: PrismaClient };

export function createPrismaClient(connectionString = resolveDatabaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }) });
}

export const prisma: PrismaClient = globalForPrisma.scoutPrisma ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.scoutPrisma = prisma;
