// Read routing without a standby (tests/scale has the real one): reads inside onReplica() go to a
// replica pool, everything else and every transaction to the primary, and an unreachable replica
// falls back to the primary with the same answer and no error.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { fallsBackToPrimary, onReplica, replicaCounters, replicaUrls, routeReadsToReplicas } from "@/lib/db/replicas";

const pools: pg.Pool[] = [];
const newPrimary = () => {
  const p = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  pools.push(p);
  return p;
};
afterAll(async () => {
  for (const p of pools) await p.end();
});
const appName = async (p: pg.Pool) => ((await p.query("SELECT current_setting('application_name') AS n")).rows[0] as { n: string }).n;

describe("read replicas", () => {
  it("sends reads inside onReplica() to the replica, and the rest (and transactions) to the primary", async () => {
    const primary = newPrimary();
    const replica = new URL(process.env.DATABASE_URL!);
    replica.searchParams.set("application_name", "scout-replica-test"); // the same server, told apart by name
    pools.push(...routeReadsToReplicas(primary, [replica.toString()]));
    const before = replicaCounters.replica;
    expect(await onReplica(() => appName(primary))).toBe("scout-replica-test");
    expect(replicaCounters.replica).toBe(before + 1);
    expect(await appName(primary)).not.toBe("scout-replica-test");
    const tx = await primary.connect(); // what Prisma's $transaction takes: always the primary
    try {
      expect(await onReplica(async () => ((await tx.query("SELECT current_setting('application_name') AS n")).rows[0] as { n: string }).n)).not.toBe("scout-replica-test");
    } finally {
      tx.release();
    }
  });

  it("falls back to the primary, with the same rows, when the replica cannot be reached", async () => {
    const primary = newPrimary();
    pools.push(...routeReadsToReplicas(primary, ["postgresql://postgres@127.0.0.1:1/nowhere"]));
    const before = replicaCounters.fallbacks;
    const rows = await onReplica(async () => (await primary.query("SELECT 41 + 1 AS n")).rows);
    expect(rows).toEqual([{ n: 42 }]);
    expect(replicaCounters.fallbacks).toBe(before + 1);
    // Skipped for a while afterwards: the next read goes straight to the primary.
    const primaryBefore = replicaCounters.primary;
    expect((await onReplica(() => primary.query("SELECT 1 AS n"))).rows).toEqual([{ n: 1 }]);
    expect(replicaCounters.primary).toBe(primaryBefore + 1);
  });

  it("reads the replica list from DATABASE_REPLICA_URLS and knows which errors a primary can answer instead", () => {
    expect(replicaUrls({ DATABASE_REPLICA_URLS: " postgresql://a/x, ,postgresql://b/x " } as unknown as NodeJS.ProcessEnv)).toEqual(["postgresql://a/x", "postgresql://b/x"]);
    expect(replicaUrls({} as unknown as NodeJS.ProcessEnv)).toEqual([]);
    for (const code of ["ECONNREFUSED", "57P01", "57P03", "08006", "40001", "25006"]) expect(fallsBackToPrimary({ code })).toBe(true);
    expect(fallsBackToPrimary(new Error("Connection terminated unexpectedly"))).toBe(true);
    for (const code of ["42P01", "23505", "22P02"]) expect(fallsBackToPrimary({ code, message: "a real error" })).toBe(false);
  });
});
