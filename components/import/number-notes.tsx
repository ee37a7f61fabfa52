// Step 3: how the file's numbers were read, where a column's decimal mark was a choice that mattered
// (lib/domain/plausibility.ts). Values shown in backticks are as the file writes them.
export function NumberNotes({ notes }: { notes: string[] }) {
  if (!notes.length) return null;
  return (
    <div className="mt-3 rounded-md border border-sky-200 bg-sky-50 p-3 text-sm text-sky-900" data-testid="number-notes">
      <h3 className="font-medium">How the numbers were read</h3>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {notes.map((n) => (
          <li key={n}>{n.split("`").map((part, i) => (i % 2 ? <code key={i} className="rounded bg-white px-1 font-mono text-xs">{part}</code> : part))}</li>
        ))}
      </ul>
    </div>
  );
}

/** Step 3: what the rows read say before anything is written: impossible values, implausible rates, unknown categories. */
export function PreviewFlags({ flags }: { flags: string[] }) {
  if (!flags.length) return null;
  return (
    <div className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="preview-flags" role="status">
      <h3 className="font-medium">Check before importing</h3>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {flags.map((f) => <li key={f}>{f}</li>)}
      </ul>
    </div>
  );
}
