// The command line's side of the mapping: reading `--map handle=Col,followers=Subs`, and the
// proposal it prints (with confidence, reasons and sample values) when it will not import on a guess.
import { ImportFileError, type Sniffed } from "./detect";
import { FIELD_IDS, IMPORT_FIELDS, type FieldId, type ImportMapping, type MappingSuggestion } from "./mapping";

/** "handle=IG handle,followers=Subs" -> { handle: "IG handle", followers: "Subs" }, checked against the file's columns. */
export function parseMapArg(arg: string, header: readonly string[]): ImportMapping["columns"] {
  const out: ImportMapping["columns"] = {};
  for (const part of arg.split(",").map((p) => p.trim()).filter(Boolean)) {
    const eq = part.indexOf("=");
    const field = part.slice(0, eq).trim() as FieldId;
    const column = part.slice(eq + 1).trim().replace(/^["']|["']$/g, "");
    if (eq < 1 || !column) throw new ImportFileError(`--map expects field=Column pairs separated by commas, got "${part}"`);
    if (!(FIELD_IDS as readonly string[]).includes(field)) throw new ImportFileError(`--map: unknown field "${field}" (fields: ${FIELD_IDS.join(", ")})`);
    if (!header.includes(column)) throw new ImportFileError(`--map: the file has no column "${column}" (columns: ${header.join(", ")})`);
    out[field] = column;
  }
  return out;
}

const pct = (x: number) => `${Math.round(x * 100)}%`.padStart(4);

/** The proposal as text: one line per field, what is missing, why columns were passed over, and how to confirm. */
export function formatProposal(file: string, s: MappingSuggestion, read?: Pick<Sniffed, "headerLine" | "sheet">): string {
  const lines: string[] = [];
  if (read?.headerLine) {
    const where = read.sheet ? `row ${read.headerLine} of sheet “${read.sheet}”` : `line ${read.headerLine}`;
    const above = read.headerLine - 1;
    lines.push(`Header: ${where}${above ? ` (${above} line${above === 1 ? " above it is" : "s above it are"} not read as data)` : ""}.`);
  }
  const platform = s.platform ? (s.platform.mode === "fixed" ? s.platform.value : `from column “${s.platform.column}”`) : "unknown";
  lines.push(`Proposed mapping for ${file} (platform: ${platform}${s.platform ? `, ${pct(s.platformConfidence).trim()}: ${s.platformReason}` : ""}):`);
  for (const f of IMPORT_FIELDS) {
    const x = s.fields.find((y) => y.field === f.id);
    if (!x) {
      if (f.required) lines.push(`  ${f.id.padEnd(15)} ← (none)  required: no column is a confident match`);
      continue;
    }
    const flag = x.confidence < 0.7 ? "  LOW" : "";
    lines.push(`  ${f.id.padEnd(15)} ← “${x.column}” ${pct(x.confidence)}${flag}  e.g. ${x.examples.join(" | ")}  (${x.reason})`);
  }
  if (s.rejected.length) {
    lines.push("Passed over:");
    for (const r of s.rejected.slice(0, 8)) lines.push(`  ${r.reason}`);
  }
  for (const n of s.notes) lines.push(`Note: ${n}`);
  lines.push(
    "To confirm, run again with one of:",
    "  --accept-suggested                         import with the mapping above as it is",
    "  --map handle=COLUMN,followers=COLUMN,...   name the columns yourself (the others are taken from the suggestion)",
    "  --mapping \"PRESET\"                          a mapping saved in the browser wizard",
    "  --platform instagram|tiktok|youtube|x|twitch|other   when the platform is unknown",
  );
  if (s.nameColumn) lines.push(`  --map handle="${s.nameColumn}" --handle-from name   key on channel names (same name = same creator)`);
  return lines.join("\n");
}
