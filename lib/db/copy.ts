// COPY FROM STDIN for bulk writes, where the server speaks it. The embedded PGlite server (npm run
// demo) does not: it drops the connection on a CopyData message, so callers must ask
// `supportsCopy` first and keep a JSON path (lib/db/bulk.ts) for that server.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

type Client = Pick<pg.ClientBase, "query">;

const copyCapable = new WeakMap<object, Promise<boolean>>();

/**
 * Whether this connection's server accepts COPY FROM STDIN: false for PGlite (its version string
 * says so) or when SCOUT_BULK_WRITE=json forces the portable path. Asked once per connection.
 */
export function supportsCopy(client: Client): Promise<boolean> {
  let known = copyCapable.get(client);
  if (!known) {
    known = process.env.SCOUT_BULK_WRITE === "json"
      ? Promise.resolve(false)
      : client.query<{ v: string }>("SELECT version() AS v").then((r) => !/pglite/i.test(r.rows[0]?.v ?? ""));
    copyCapable.set(client, known);
  }
  return known;
}

/** One value in COPY's text format: \N for null, backslash escapes for the characters that delimit. */
export function copyValue(v: unknown): string {
  if (v === null || v === undefined) return "\\N";
  let s: string;
  if (typeof v === "string") s = v;
  else if (typeof v === "number") {
    if (!Number.isFinite(v)) return "\\N";
    return String(v);
  } else if (typeof v === "boolean") return v ? "t" : "f";
  else if (v instanceof Date) return v.toISOString();
  else if (Array.isArray(v)) s = pgArray(v);
  else s = JSON.stringify(v);
  return /[\\\t\n\r]/.test(s) ? s.replace(/[\\\t\n\r]/g, escapeChar) : s;
}

function escapeChar(c: string): string {
  return c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r";
}

/** A text[] literal: every element quoted, so commas, braces and spaces inside elements are safe. */
function pgArray(items: readonly unknown[]): string {
  return `{${items.map((x) => (x === null || x === undefined ? "NULL" : `"${String(x).replace(/["\\]/g, (c) => `\\${c}`)}"`)).join(",")}}`;
}

/** Streams `rows` (values in `columns` order) into `table` with COPY … FROM STDIN in text format. */
export async function copyRows(client: Client, table: string, columns: readonly string[], rows: Iterable<readonly unknown[]>): Promise<void> {
  const lines: string[] = [];
  for (const r of rows) lines.push(r.map(copyValue).join("\t"));
  if (!lines.length) return;
  const sql = `COPY ${table} (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`;
  const stream = (client as pg.ClientBase).query(copyFrom(sql));
  await pipeline(Readable.from([lines.join("\n") + "\n"]), stream);
}
