// A chart with its title, how many creators it is drawn from, a note, and the same numbers as a table.
import { formatInteger } from "@/lib/domain/format";
import { MIN_GROUP, type Omitted } from "@/lib/domain/insights/series";

export function ChartFigure({ title, n, chart, table, note, testId }: { title: string; n: number; chart: React.ReactNode; table: React.ReactNode; note?: React.ReactNode; testId?: string }) {
  return (
    // min-w-0: in the page's grid a wide table scrolls inside its box instead of widening the page.
    <figure className="min-w-0 rounded-lg border border-slate-200 bg-white p-4" data-testid={testId}>
      <figcaption className="flex items-baseline justify-between gap-2">
        <span className="font-medium">{title}</span>
        <span className="text-xs text-slate-500" data-testid="chart-n">n = {formatInteger(n)} creators</span>
      </figcaption>
      {chart}
      {note ? <p className="mt-1 text-xs text-slate-500">{note}</p> : null}
      <details className="mt-2 text-sm" open>
        <summary className="cursor-pointer text-xs font-medium text-brand-700">Table view</summary>
        {/* Focusable, so a keyboard can scroll a table wider than its box (axe: scrollable-region-focusable). */}
        <div className="mt-1 overflow-x-auto" tabIndex={0} role="region" aria-label={`${title}: table`}>{table}</div>
      </details>
    </figure>
  );
}

/** `what`: the groups' name, e.g. "tiers". */
export function Omissions({ omitted, what }: { omitted: Omitted[]; what: string }) {
  if (!omitted.length) return null;
  return (
    <span data-testid="omitted">
      Left out as too small to mean anything ({what} with fewer than {MIN_GROUP} creators): {omitted.map((o) => `${o.label} (${formatInteger(o.n)})`).join(", ")}.
    </span>
  );
}
