// Helpers for tests that write an import file and read it back through the real readers.
import { join } from "node:path";
import { writeFile } from "node:fs/promises";
import type { ImportMapping } from "@/lib/import/mapping";
import { resolveMapping } from "@/lib/import/normalize";
import { withNumberReadings } from "@/lib/import/preview";
import { openTable, type RawRow } from "@/lib/import/read";
import { rowChecker, type RowVerdict } from "@/lib/import/rows";

/** Every row of a file, with the table's header and sniffed facts. */
export async function readAll(file: string) {
  const t = await openTable(file, file);
  const rows: RawRow[] = [];
  for await (const r of t.rows) rows.push(r);
  return { ...t, rows };
}

/**
 * Writes `body` as `dir/name`, resolves its number readings as the preview does, then checks every
 * row as the import does: the verdicts, the preview's notes and the mapping with its readings.
 */
export async function importRows(dir: string, name: string, body: string, mapping: ImportMapping) {
  const file = join(dir, name);
  await writeFile(file, body);
  const resolved = await withNumberReadings(file, name, mapping);
  const table = await openTable(file, name);
  const check = rowChecker(table.header.length, resolveMapping(resolved.mapping, table.header));
  const verdicts: RowVerdict[] = [];
  for await (const r of table.rows) verdicts.push(check(r.cells, r.line));
  return { verdicts, notes: resolved.notes, mapping: resolved.mapping };
}
