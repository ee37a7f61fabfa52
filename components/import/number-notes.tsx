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

/**
 * What the rows say (lib/import/preview-flags.ts): impossible values, implausible rates, unknown
 * categories. Step 3 shows the preview's, before anything is written; a finished dry run or import its summary's.
 */
export function PreviewFlags({ flags, title = "Check before importing", testId = "preview-flags", headingLevel = 3 }: { flags: string[]; title?: string; testId?: string; headingLevel?: 2 | 3 | 4 }) {
  if (!flags.length) return null;
  const Heading = `h${headingLevel}` as "h2" | "h3" | "h4";
  return (
    <div className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid={testId} role="status">
      <Heading className="font-medium">{title}</Heading>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {flags.map((f) => <li key={f}>{f}</li>)}
      </ul>
    </div>
  );
}
