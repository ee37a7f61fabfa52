// What the admin sees before anything is written: the file's columns and first rows, a suggested
// mapping, and the first rows exactly as they would be stored (parsed numbers, tier, engagement).
import { deriveCreatorMetrics } from "@/lib/domain/creator-metrics";
import type { TierThresholds } from "@/lib/domain/tiers";
import type { Sniffed } from "./detect";
import { PROFILE_ROWS, checkMapping, suggestMapping, type ImportMapping, type MappingSuggestion } from "./mapping";
import { resolveMapping } from "./normalize";
import { NUMBER_SAMPLE_ROWS, resolveNumberReadings } from "./number-columns";
import { openTable, type RawRow } from "./read";
import { flagMessages, newFlagTally, rowForFlags, tallyRow } from "./preview-flags";
import { rowChecker } from "./rows";

export type FileAnalysis = { sniffed: Sniffed; header: string[]; sample: string[][]; suggestion: MappingSuggestion };

/** The file's columns, its first rows to show, and a suggestion from up to PROFILE_ROWS rows of content. */
export async function analyzeFile(file: string, fileName: string, sampleRows = 5): Promise<FileAnalysis> {
  const table = await openTable(file, fileName);
  const rows: string[][] = [];
  try {
    for await (const row of table.rows) {
      rows.push(row.cells);
      if (rows.length >= PROFILE_ROWS) break;
    }
  } finally {
    await table.rows.return(undefined);
  }
  const sample = rows.slice(0, sampleRows).map((r) => r.map((c) => c.slice(0, 200)));
  return { sniffed: table.sniffed, header: table.header, sample, suggestion: suggestMapping(table.header, { rows }) };
}

/** The first `n` rows' cells of a file read with `shape` (or sniffed, when there is none yet), and its header and shape. */
async function firstRows(file: string, fileName: string, shape: Sniffed | null | undefined, n: number) {
  const table = await openTable(file, fileName, shape);
  const rows: RawRow[] = [];
  try {
    for await (const row of table.rows) {
      rows.push(row);
      if (rows.length >= n) break;
    }
  } finally {
    await table.rows.return(undefined);
  }
  return { header: table.header, shape: table.sniffed, rows };
}

/** `mapping` with its `numbers` resolved from the first rows of the stored file (any `numbers` it came with are replaced). */
export async function withNumberReadings(file: string, fileName: string, mapping: ImportMapping, shape?: Sniffed | null): Promise<{ mapping: ImportMapping; notes: string[]; shape: Sniffed }> {
  const read = await firstRows(file, fileName, shape, NUMBER_SAMPLE_ROWS);
  const { numbers, notes } = resolveNumberReadings(mapping, read.header, read.rows.map((r) => r.cells));
  return { mapping: { ...mapping, numbers }, notes, shape: read.shape };
}

export type PreviewRow =
  | { line: number; ok: true; handle: string; platform: string; displayName: string | null; followers: number; tier: string; engagementRate: number | null; engagementMethod: string | null; country: string | null; niches: string[] }
  | { line: number; ok: false; reason: string };

/** `flags`: what every row read says before anything is written (lib/import/preview-flags.ts). */
export type Preview = { problems: string[]; rows: PreviewRow[]; notes: string[]; flags: string[]; mapping: ImportMapping };

/**
 * The first rows as they would be stored, with `mapping`'s numeric columns read as resolved from the
 * file (`notes` say where that choice mattered); the returned `mapping` carries the readings, for the
 * dry run and the import to use. One read of the file, with the job's `shape`, serves both.
 */
export async function previewRows(file: string, fileName: string, requested: ImportMapping, thresholds: TierThresholds, take = 10, shape?: Sniffed | null): Promise<Preview> {
  const read = await firstRows(file, fileName, shape, NUMBER_SAMPLE_ROWS);
  const { numbers, notes } = resolveNumberReadings(requested, read.header, read.rows.map((r) => r.cells));
  const mapping: ImportMapping = { ...requested, numbers };
  const problems = checkMapping(mapping, read.header);
  if (problems.length) return { problems, rows: [], notes: [], flags: [], mapping };
  const resolved = resolveMapping(mapping, read.header);
  const check = rowChecker(read.header.length, resolved);
  const out: PreviewRow[] = [];
  // Every row read is checked (the rows shown are the first `take`), so a flag covers them all.
  const tally = newFlagTally();
  const nicheAt = resolved.index.niche;
  for (const raw of read.rows) {
    const r = check(raw.cells, raw.line);
    let row: PreviewRow;
    if (!r.ok) {
      row = { line: raw.line, ok: false, reason: r.reason };
      tallyRow(tally, rowForFlags(raw, r, nicheAt, null));
    } else {
      const c = r.creator;
      const d = deriveCreatorMetrics(c, thresholds);
      row = { line: raw.line, ok: true, handle: c.handle, platform: c.platform, displayName: c.displayName, followers: c.followers, tier: d.tier, engagementRate: d.engagementRate, engagementMethod: d.engagementMethod, country: c.country, niches: c.niches };
      tallyRow(tally, rowForFlags(raw, r, nicheAt, d));
    }
    if (out.length < take) out.push(row);
  }
  return { problems: [], rows: out, notes, flags: flagMessages(tally, mapping.columns.niche, "preview"), mapping };
}
