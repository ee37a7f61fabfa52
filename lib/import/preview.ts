// What the admin sees before anything is written: the file's columns and first rows, a suggested
// mapping, and the first rows exactly as they would be stored (parsed numbers, tier, engagement).
import { deriveCreatorMetrics } from "@/lib/domain/creator-metrics";
import type { TierThresholds } from "@/lib/domain/tiers";
import type { Sniffed } from "./detect";
import { PROFILE_ROWS, checkMapping, suggestMapping, type ImportMapping, type MappingSuggestion } from "./mapping";
import { resolveMapping } from "./normalize";
import { openTable } from "./read";
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

export type PreviewRow =
  | { line: number; ok: true; handle: string; platform: string; displayName: string | null; followers: number; tier: string; engagementRate: number | null; engagementMethod: string | null; country: string | null; niches: string[] }
  | { line: number; ok: false; reason: string };

export async function previewRows(file: string, fileName: string, mapping: ImportMapping, thresholds: TierThresholds, take = 10): Promise<{ problems: string[]; rows: PreviewRow[] }> {
  const table = await openTable(file, fileName);
  const out: PreviewRow[] = [];
  try {
    const problems = checkMapping(mapping, table.header);
    if (problems.length) return { problems, rows: [] };
    const check = rowChecker(table.header.length, resolveMapping(mapping, table.header));
    for await (const raw of table.rows) {
      const r = check(raw.cells, raw.line);
      if (!r.ok) out.push({ line: raw.line, ok: false, reason: r.reason });
      else {
        const c = r.creator;
        const d = deriveCreatorMetrics(c, thresholds);
        out.push({ line: raw.line, ok: true, handle: c.handle, platform: c.platform, displayName: c.displayName, followers: c.followers, tier: d.tier, engagementRate: d.engagementRate, engagementMethod: d.engagementMethod, country: c.country, niches: c.niches });
      }
      if (out.length >= take) break;
    }
    return { problems: [], rows: out };
  } finally {
    await table.rows.return(undefined);
  }
}
