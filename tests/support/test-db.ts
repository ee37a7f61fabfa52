// Scratch databases for tests: created on the PostgreSQL server at TEST_DATABASE_URL (default
// 127.0.0.1:5432), migrated with the project's own runner, dropped afterwards. The demo data in
// .data/ is never touched.
import pg from "pg";
import { applyMigrations } from "../../lib/db/schema-engine";

export const TEST_SERVER_URL = process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";

export function databaseUrl(name: string): string {
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_SERVER_URL });
  try {
    await client.connect();
  } catch (err) {
    throw new Error(
      `Cannot reach PostgreSQL at ${new URL(TEST_SERVER_URL).host} (${(err as Error).message}). ` +
        "Start it, or set TEST_DATABASE_URL to a server where this user may create databases.",
    );
  }
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(prefix: string): Promise<{ name: string; url: string }> {
  const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = databaseUrl(name);
  await applyMigrations(url);
  return { name, url };
}

export async function dropTestDatabase(name: string): Promise<void> {
  await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

// CLI for the shell test runner: `tsx tests/support/test-db.ts create PREFIX` prints the name
// and URL; `… drop NAME` drops it.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [cmd, arg] = process.argv.slice(2);
  const done = (code: number) => process.exit(code);
  if (cmd === "create") {
    createTestDatabase(arg ?? "scout_test").then(({ name, url }) => { console.log(`${name} ${url}`); done(0); }, (e) => { console.error(e.message); done(1); });
  } else if (cmd === "drop" && arg) {
    dropTestDatabase(arg).then(() => done(0), (e) => { console.error(e.message); done(1); });
  } else {
    console.error("usage: test-db.ts create PREFIX | drop NAME");
    done(2);
  }
}
