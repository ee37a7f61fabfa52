// What happens to each row of a file, in file order: the column-count check, normalisation and the
// duplicate rule. The preview, the dry run and the import all go through this, so the rows the admin
// previews are rejected (or kept) for exactly the reasons the import will give.
import { formatPlatform } from "@/lib/domain/format";
import { creatorKey, normalizeRow, type ObservedCreator, type ResolvedMapping } from "./normalize";

export type RowVerdict = { ok: true; creator: ObservedCreator } | { ok: false; reason: string };

/** A readable explanation for rows whose cell count does not match the header. */
export function columnCountProblem(cells: readonly string[], width: number): string | null {
  if (cells.length === width) return null;
  if (cells.length > width && cells.slice(width).every((c) => !c.trim())) return null;
  return `the row has ${cells.length} field${cells.length === 1 ? "" : "s"}, the header has ${width} (a missing or extra delimiter?)`;
}

/**
 * A checker for one pass over a file. Call it for every row in order (also rows skipped on resume,
 * so the duplicate index is rebuilt): the first occurrence of a (platform, handle) wins, which is
 * deterministic, and files sorted by rank keep their top entry.
 */
export function rowChecker(width: number, resolved: ResolvedMapping) {
  const seen = new Map<string, number>();
  return (cells: readonly string[], line: number): RowVerdict => {
    const countProblem = columnCountProblem(cells, width);
    if (countProblem) return { ok: false, reason: countProblem };
    const r = normalizeRow(cells, resolved);
    if (!r.ok) return r;
    const key = creatorKey(r.creator);
    const first = seen.get(key);
    if (first !== undefined) return { ok: false, reason: `duplicate of line ${first} (@${r.creator.handle} on ${formatPlatform(r.creator.platform)}); the first occurrence is kept` };
    seen.set(key, line);
    return r;
  };
}
