// The end-to-end suite's own database (E2E_DATABASE_URL, made by scripts/test.sh): one connection
// for a callback, for specs that write fixtures or read figures straight from PostgreSQL.
import pg from "pg";

export async function withDb<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
