import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedServer } from "@/lib/db/embedded";

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

// The zero-setup demo database: PGlite behind its socket server, used by several pools at once.
describe("embedded PostgreSQL (PGlite over the wire)", () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof startEmbeddedServer>>;
  let pool: pg.Pool;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "scout-pglite-"));
    const port = await freePort();
    server = await startEmbeddedServer({ dataDir: dir, port });
    pool = new pg.Pool({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`, max: 8 });
    await pool.query("CREATE TABLE t (id int primary key, v text)");
  });
  afterAll(async () => {
    await pool?.end();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers many concurrent parameterised queries from several connections correctly", async () => {
    // Different statements interleaved: a connection must never run another one's statement.
    const shapes = [
      { sql: "SELECT $1::int AS n, $2::text AS s", expect: (i: number) => ({ n: i, s: `v${i}` }) },
      { sql: "SELECT $1::int + 1000 AS n, $2::text || '!' AS s", expect: (i: number) => ({ n: i + 1000, s: `v${i}!` }) },
      { sql: "SELECT $1::int * 2 AS n, upper($2::text) AS s FROM generate_series(1, 3) LIMIT 1", expect: (i: number) => ({ n: i * 2, s: `V${i}` }) },
    ];
    // Plain queries (simple protocol, as pg-boss sends) mixed in: they reset the unnamed portal.
    const plain = Array.from({ length: 150 }, () => pool.query("SELECT 1 AS one"));
    const results = await Promise.allSettled(
      Array.from({ length: 300 }, (_, i) => pool.query(shapes[i % 3]!.sql, [i, `v${i}`])),
    );
    expect((await Promise.all(plain)).every((r) => r.rows[0].one === 1)).toBe(true);
    const failures = results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason));
    expect(failures).toEqual([]);
    results.forEach((r, i) => expect((r as PromiseFulfilledResult<pg.QueryResult>).value.rows[0]).toEqual(shapes[i % 3]!.expect(i)));
  });

  it("keeps each connection's transaction to itself", async () => {
    const work = Array.from({ length: 6 }, async (_, k) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        for (let j = 0; j < 20; j++) await client.query("INSERT INTO t (id, v) VALUES ($1, $2)", [k * 100 + j, `k${k}`]);
        if (k % 2) await client.query("ROLLBACK");
        else await client.query("COMMIT");
      } finally {
        client.release();
      }
    });
    await Promise.all(work);
    const { rows } = await pool.query<{ v: string; n: number }>("SELECT v, count(*)::int AS n FROM t GROUP BY v ORDER BY v");
    expect(rows).toEqual([{ v: "k0", n: 20 }, { v: "k2", n: 20 }, { v: "k4", n: 20 }]);
  });
});
