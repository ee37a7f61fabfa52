"use client";
// Step 2: which column of the file feeds which catalog field. Shows the file's first rows, so a
// column whose name we don't recognise can be matched by what is in it.
import { IMPORT_FIELDS, type ImportMapping } from "@/lib/import/mapping/schema";
import type { MappingSuggestion } from "@/lib/import/mapping/suggest";
import { PLATFORMS } from "@/lib/domain/types";
import { ConfidenceBadge, FieldRow } from "./field-row";
import { delimiterLabel, encodingLabel } from "./labels";
import { MappingNotes } from "./mapping-notes";

export type Analysis = {
  kind?: "creators";
  header: string[];
  sample: string[][];
  sniffed: { format: string; encoding: string; delimiter: string; sheet?: string; sheets?: string[] };
  suggestion: MappingSuggestion;
  presets: { name: string; mapping: ImportMapping; savedBy?: string | null }[];
};

type Props = {
  analysis: Analysis;
  columns: ImportMapping["columns"];
  platform: ImportMapping["platform"] | null;
  onColumn: (field: string, column: string) => void;
  onPlatform: (p: ImportMapping["platform"] | null) => void;
  onPreset: (m: ImportMapping) => void;
  handleFrom: "handle" | "name";
  onHandleFrom: (h: "handle" | "name") => void;
};

const selectClass = "w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm";

export function ColumnMapping({ analysis, columns, platform, onColumn, onPlatform, onPreset, handleFrom, onHandleFrom }: Props) {
  const { header, sample, sniffed, suggestion } = analysis;
  const platformSuggested = suggestion.platform && platform && JSON.stringify(suggestion.platform) === JSON.stringify(platform);
  const used = new Set<string>([...Object.values(columns), ...(platform?.mode === "column" ? [platform.column] : [])].filter((c): c is string => !!c));
  const unused = header.filter((h) => !used.has(h));
  const example = (col: string) => {
    const i = header.indexOf(col);
    const v = sample.map((r) => r[i]?.trim()).find((x) => x);
    return v ? ` (e.g. ${v.length > 24 ? `${v.slice(0, 24)}…` : v})` : "";
  };
  const fieldOf = (col: string) => IMPORT_FIELDS.find((f) => columns[f.id] === col)?.label ?? (platform?.mode === "column" && platform.column === col ? "Platform" : null);

  return (
    <>
      <p className="mt-1 text-sm text-slate-600">
        Read as {sniffed.format.toUpperCase()}, {encodingLabel(sniffed.encoding)}
        {sniffed.format === "csv" ? `, separated by ${delimiterLabel(sniffed.delimiter)}` : ""}
        {sniffed.sheet !== undefined ? `, sheet “${sniffed.sheet}”${sniffed.sheets && sniffed.sheets.length > 1 ? ` (the first with a header row, of ${sniffed.sheets.map((n) => `“${n}”`).join(", ")})` : ""}` : ""}; {header.length} columns. We suggested a match from the column names and from what the columns hold (up to 1,000 rows); fields we were not sure of are left empty. Check it against the first rows below.
      </p>

      <div className="mt-3 overflow-x-auto rounded-md border border-slate-200">
        <table className="w-full text-left text-xs" data-testid="file-sample" aria-label="First rows of the file">
          <thead className="bg-slate-50">
            <tr>
              {header.map((h) => {
                const f = fieldOf(h);
                return (
                  <th key={h} className="whitespace-nowrap px-2 py-1 align-bottom font-medium">
                    <span className="block text-slate-900">{h}</span>
                    <span className={f ? "block font-normal text-emerald-700" : "block font-normal text-amber-700"}>{f ? `→ ${f}` : "not used"}</span>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {sample.slice(0, 3).map((r, i) => (
              <tr key={i} className="border-t border-slate-100">
                {header.map((h, j) => <td key={h} className="max-w-48 truncate whitespace-nowrap px-2 py-1 text-slate-700">{r[j] ?? ""}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {unused.length > 0 && (
        <p className="mt-2 text-sm text-slate-600" data-testid="unused-columns">
          Not imported: {unused.map((u, i) => <span key={u}>{i ? ", " : ""}<q>{u}</q></span>)}. Match them below if they hold something we store.
        </p>
      )}

      <MappingNotes suggestion={suggestion} handleFrom={handleFrom} onKeyOnNames={(col) => { onColumn("handle", col); onHandleFrom("name"); }} />

      {analysis.presets.length > 0 && (
        <label className="mt-3 flex items-center gap-2 text-sm">Use a saved mapping
          <select className="rounded border border-slate-300 px-2 py-1" defaultValue="" onChange={(e) => {
            const p = analysis.presets.find((x) => x.name === e.target.value);
            if (p) onPreset(p.mapping);
          }}>
            <option value="">—</option>
            {analysis.presets.map((p) => <option key={p.name} value={p.name}>{p.name}{p.savedBy ? ` (saved by ${p.savedBy})` : ""}</option>)}
          </select>
        </label>
      )}

      <div className="mt-4 grid grid-cols-1 gap-x-8 gap-y-2 md:grid-cols-2">
        <label className="grid grid-cols-[11rem_1fr] items-start gap-x-2 text-sm">
          <span className="pt-1 font-medium">Platform *</span>
          <select aria-label="Platform" className={selectClass}
            value={platform ? (platform.mode === "fixed" ? `fixed:${platform.value}` : `column:${platform.column}`) : ""}
            onChange={(e) => {
              const [mode, ...rest] = e.target.value.split(":");
              const v = rest.join(":");
              onPlatform(!v ? null : mode === "fixed" ? { mode: "fixed", value: v as (typeof PLATFORMS)[number] } : { mode: "column", column: v });
            }}>
            <option value="">Choose…</option>
            <optgroup label="The same for every row">
              {PLATFORMS.map((p) => <option key={p} value={`fixed:${p}`}>All rows: {p}</option>)}
            </optgroup>
            <optgroup label="Read from a column">
              {header.map((h) => <option key={h} value={`column:${h}`}>Column “{h}”{example(h)}</option>)}
            </optgroup>
          </select>
          <span className="col-start-2 text-xs text-slate-600" data-testid="platform-why">
            {platformSuggested ? <><ConfidenceBadge confidence={suggestion.platformConfidence} /> {suggestion.platformReason}</> : platform ? "Chosen by you." : <span className="font-medium text-amber-800">Required: {suggestion.platformReason}.</span>}
          </span>
        </label>
        {IMPORT_FIELDS.map((f) => (
          <FieldRow key={f.id} field={f} value={columns[f.id]} suggestion={suggestion.fields.find((x) => x.field === f.id)} header={header} example={example} onChange={(c) => onColumn(f.id, c)} />
        ))}
        <label className="flex items-start gap-2 text-sm md:col-span-2">
          <input type="checkbox" className="mt-1" checked={handleFrom === "name"} onChange={(e) => onHandleFrom(e.target.checked ? "name" : "handle")} />
          <span>The handle column holds channel or display names, not handles: key the import on them as written
            <span className="block text-xs text-slate-600">Otherwise every handle is checked against the handle rules (characters, length, no spaces) and rows that break them are rejected. With names, two creators with exactly the same name count as one.</span>
          </span>
        </label>
      </div>
    </>
  );
}
