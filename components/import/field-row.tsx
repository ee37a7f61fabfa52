"use client";
// One catalog field in the mapping step: the column chosen for it, and how sure the suggestion was
// and why ("96% of values look like TikTok handles; all unique"), or that the admin chose it.
import { Badge } from "@/components/ui/badge";
import type { FieldSuggestion } from "@/lib/import/mapping/suggest";

const selectClass = "w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm";

type Props = {
  field: { id: string; label: string; required: boolean };
  value: string | undefined;
  suggestion: FieldSuggestion | undefined;
  header: string[];
  example: (col: string) => string;
  onChange: (column: string) => void;
};

/** The suggestion's confidence as people read it; below 70% it is a guess to check. */
export function ConfidenceBadge({ confidence }: { confidence: number }) {
  const pct = Math.round(confidence * 100);
  return confidence >= 0.7 ? <Badge tone="green">{pct}% sure</Badge> : <Badge tone="amber">{pct}% · a guess, check it</Badge>;
}

export function FieldRow({ field, value, suggestion, header, example, onChange }: Props) {
  const suggested = suggestion && suggestion.column === value;
  const missing = field.required && !value;
  const low = suggested && suggestion.confidence < 0.7;
  const id = `field-${field.id}`;
  return (
    <div className="grid grid-cols-[11rem_1fr] items-start gap-x-2 text-sm" data-testid={id}>
      <label htmlFor={id} className={`pt-1 ${field.required ? "font-medium" : "text-slate-700"}`}>{field.label}{field.required ? " *" : ""}</label>
      <div>
        <select id={id} aria-label={field.label} aria-describedby={`${id}-why`}
          className={`${selectClass} ${missing || low ? "border-amber-500 ring-1 ring-amber-300" : ""}`} value={value ?? ""} onChange={(e) => onChange(e.target.value)}>
          <option value="">— not in this file —</option>
          {header.map((h) => <option key={h} value={h}>{h}{example(h)}</option>)}
        </select>
        <p id={`${id}-why`} className="mt-0.5 text-xs text-slate-600" data-testid={`${id}-why`}>
          {suggested ? (
            <><ConfidenceBadge confidence={suggestion.confidence} /> <span>{suggestion.reason}</span></>
          ) : value ? (
            <span>Chosen by you.</span>
          ) : missing ? (
            <span className="font-medium text-amber-800">Required: no column is a confident match. Choose the column that holds it.</span>
          ) : null}
        </p>
      </div>
    </div>
  );
}
