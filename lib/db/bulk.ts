// Batched inserts that work over any PostgreSQL wire, including the embedded PGlite server
// (which does not speak COPY): each batch is one INSERT … SELECT FROM json_populate_recordset,
// so a thousand rows cost one round trip and one parse.
import type pg from "pg";

export type Queryable = Pick<pg.PoolClient, "query">;

/** Inserts `records` (objects keyed by column name) into `table`, `batchSize` at a time. */
export async function insertRecords(
  client: Queryable,
  table: string,
  records: Iterable<Record<string, unknown>>,
  batchSize = 2_000,
  onBatch?: (written: number) => void,
): Promise<number> {
  let batch: Record<string, unknown>[] = [];
  let written = 0;
  const flush = async () => {
    if (!batch.length) return;
    const columns = Object.keys(batch[0]!).map((c) => `"${c}"`).join(", ");
    await client.query(`INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(null::"${table}", $1::json)`, [
      JSON.stringify(batch),
    ]);
    written += batch.length;
    batch = [];
    onBatch?.(written);
  };
  for (const r of records) {
    batch.push(r);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return written;
}
