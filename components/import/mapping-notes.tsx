// What the suggestion could not settle: columns whose header named a field their content
// contradicts, missing fields, and the option to key on channel names when a file has no handles.
import type { MappingSuggestion } from "@/lib/import/mapping/suggest";

type Props = { suggestion: MappingSuggestion; handleFrom: "handle" | "name"; onKeyOnNames: (column: string) => void };

export function MappingNotes({ suggestion, handleFrom, onKeyOnNames }: Props) {
  const { rejected, notes, nameColumn } = suggestion;
  if (!rejected.length && !notes.length) return null;
  return (
    <div className="mt-3 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900" data-testid="mapping-notes">
      {notes.length > 0 && (
        <ul className="list-disc pl-5">
          {notes.map((n) => <li key={n}>{n}</li>)}
        </ul>
      )}
      {nameColumn && handleFrom !== "name" && (
        <button type="button" className="mt-2 rounded border border-amber-400 bg-white px-2 py-1 font-medium hover:bg-amber-100" onClick={() => onKeyOnNames(nameColumn)}>
          Key the import on “{nameColumn}”
        </button>
      )}
      {rejected.length > 0 && (
        <>
          <p className="mt-2 font-medium">Not used, although the header suggested it:</p>
          <ul className="list-disc pl-5" data-testid="rejected-columns">
            {rejected.slice(0, 6).map((r) => <li key={`${r.field}-${r.column}`}>{r.reason}</li>)}
          </ul>
        </>
      )}
    </div>
  );
}
