// A Scout server (server.ts, as `npm start` runs it) on a PostgreSQL cluster of its own, for the
// fault drills that stop and start the database under a running app: `npm run bench:faults` and
// tests/e2e/database-down.spec.ts. Makes the cluster (tests/support/own-cluster.ts, a free port of
// 5450-5459 unless one is given), one migrated database with one organisation and one signed-up
// user, and starts the server on it; resolves once it listens. The shared server is never touched.
import { spawn, type ChildProcess } from "node:child_process";
import bcrypt from "bcryptjs";
import pg from "pg";
import { applyMigrations } from "../../lib/db/schema-engine";
import { createOwnCluster, freePort, type OwnCluster } from "./own-cluster";

export type AppOnOwnCluster = {
  cluster: OwnCluster;
  server: ChildProcess;
  base: string;
  /** What the server printed so far (stdout and stderr). */
  log: () => string;
  /** Resolves with the server's exit code once it has exited. */
  exited: Promise<number | null>;
  /** SIGTERM to the server (waited for), then the cluster stopped and deleted. */
  stop: () => Promise<void>;
};

export type AppOptions = {
  appPort: number;
  db: string;
  user: { id: string; email: string; name?: string; password: string; role: string; org: { id: string; name: string; slug: string } };
  clusterPort?: number;
  env?: Record<string, string>;
  /** How long to wait for "Scout listening" (a production server's first start on a busy machine). */
  listenWithinMs?: number;
};

export async function startAppOnOwnCluster(o: AppOptions): Promise<AppOnOwnCluster> {
  const cluster = createOwnCluster(o.clusterPort ?? (await freePort(5450, 5459)));
  let server: ChildProcess | undefined;
  try {
    const admin = new pg.Client({ connectionString: cluster.url() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${o.db}`);
    await admin.end();
    await applyMigrations(cluster.url(o.db));
    const db = new pg.Client({ connectionString: cluster.url(o.db) });
    await db.connect();
    const u = o.user;
    await db.query(`INSERT INTO "Organization" (id, name, slug) VALUES ($1, $2, $3)`, [u.org.id, u.org.name, u.org.slug]);
    await db.query(`INSERT INTO "User" (id, email, name, "passwordHash", role, "organizationId") VALUES ($1, $2, $3, $4, $5, $6)`, [u.id, u.email, u.name ?? null, await bcrypt.hash(u.password, 4), u.role, u.org.id]);
    await db.end();

    const base = `http://127.0.0.1:${o.appPort}`;
    let log = "";
    const child = spawn(process.execPath, ["--import", "tsx", "server.ts", "-p", String(o.appPort), "-H", "127.0.0.1"], {
      env: { ...process.env, DATABASE_URL: cluster.url(o.db), NEXTAUTH_URL: base, NEXT_TELEMETRY_DISABLED: "1", SCOUT_IMPORT_WORKER: "off", ...o.env },
    });
    server = child;
    child.stdout!.on("data", (c: Buffer) => (log += c.toString()));
    child.stderr!.on("data", (c: Buffer) => (log += c.toString()));
    const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
    // Resolves when the server says it listens (its own words, not a guess at a duration).
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server.ts did not listen within ${o.listenWithinMs ?? 120_000} ms: ${log}`)), o.listenWithinMs ?? 120_000);
      const check = () => {
        if (log.includes("Scout listening")) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on("data", check);
      child.stderr!.on("data", check);
      void exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`server.ts exited (${code}): ${log}`));
      });
    });
    return {
      cluster, server: child, base, exited, log: () => log,
      stop: async () => {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill("SIGTERM");
          await exited;
        }
        cluster.destroy();
      },
    };
  } catch (err) {
    if (server && server.exitCode === null) server.kill("SIGKILL");
    cluster.destroy();
    throw err;
  }
}
