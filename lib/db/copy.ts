// Bulk writes with PostgreSQL COPY (text format): the seed and the importer's benchmark use it.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

/** Marks a value for a json/jsonb column (otherwise arrays are written as PostgreSQL arrays). */
export class JsonValue {
  constructor(readonly value: unknown) {}
}

export type CopyValue = string | number | boolean | Date | null | undefined | readonly string[] | JsonValue;

/** One value in COPY text format: \N for null, backslash escapes, text arrays and JSON as literals. */
export function copyField(value: CopyValue): string {
  if (value === null || value === undefined) return "\\N";
  if (value instanceof Date) return value.toISOString();
  if (value instanceof JsonValue) return escapeCopy(JSON.stringify(value.value));
  if (Array.isArray(value)) return escapeCopy(`{${value.map((v) => `"${String(v).replace(/["\\]/g, "\\$&")}"`).join(",")}}`);
  return escapeCopy(String(value));
}

function escapeCopy(s: string): string {
  return s.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"));
}

/** Streams rows into `table` with COPY; returns how many were written. */
export async function copyRows(
  client: pg.PoolClient | pg.Client,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]> | AsyncIterable<readonly CopyValue[]>,
): Promise<number> {
  let count = 0;
  async function* lines() {
    let buffer = "";
    for await (const row of rows) {
      buffer += row.map(copyField).join("\t") + "\n";
      count++;
      if (buffer.length > 1 << 16) {
        yield buffer;
        buffer = "";
      }
    }
    if (buffer) yield buffer;
  }
  const cols = columns.map((c) => `"${c}"`).join(", ");
  const sink = client.query(copyFrom(`COPY "${table}" (${cols}) FROM STDIN`));
  await pipeline(Readable.from(lines()), sink);
  return count;
}
