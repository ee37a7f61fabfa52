// The app's pool outlives a connection the server closes (a restart, a failover, an admin's
// pg_terminate_backend): the idle connection's error is logged, not thrown, and the next query
// gets a fresh connection. Without the pool's error listener, Node ends the whole process.
import pg from "pg";
import { afterAll, describe, expect, it, vi } from "vitest";
import { pool } from "@/lib/db/client";

describe("the app's connection pool", () => {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  afterAll(async () => {
    await admin.end();
  });

  it("survives the server closing its idle connections, and the next query works", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    await admin.connect();
    const { rows: [{ pid }] } = await pool.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    const idleBefore = pool.idleCount;
    expect(idleBefore).toBeGreaterThan(0);
    await admin.query("SELECT pg_terminate_backend($1)", [pid]);
    // The pool hears of it when the server's message arrives; give it that moment.
    await vi.waitFor(() => expect(logged).toHaveBeenCalledWith(expect.stringContaining("an idle connection was closed by the server")));
    const { rows: [{ ok }] } = await pool.query<{ ok: number }>("SELECT 1 AS ok");
    expect(ok).toBe(1);
    logged.mockRestore();
  });
});
