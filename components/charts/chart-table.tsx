// The figures behind a chart, as a table: for screen readers, for exact values, and for anyone who
// would rather read than estimate bar heights. Folded under the chart.
export function ChartTable({ caption, columns, rows, testId }: { caption: string; columns: string[]; rows: (string | number)[][]; testId?: string }) {
  return (
    <details className="mt-2 text-xs" data-testid={testId}>
      <summary className="cursor-pointer text-brand-700">Show as a table</summary>
      {/* Focusable, so a keyboard can scroll a table wider than its box (axe: scrollable-region-focusable). */}
      <div className="mt-1 overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
        <table className="min-w-full text-left">
          <caption className="sr-only">{caption}</caption>
          <thead className="text-slate-500">
            <tr>{columns.map((c, i) => <th key={c} scope="col" className={`py-1 pr-3 font-medium ${i ? "text-right" : ""}`}>{c}</th>)}</tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r, i) => (
              <tr key={i}>{r.map((v, j) => j === 0 ? <th key={j} scope="row" className="py-1 pr-3 font-normal">{v}</th> : <td key={j} className="py-1 pr-3 text-right tabular-nums">{v}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
