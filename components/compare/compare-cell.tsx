// One cell of the compare table: the figure, its badges, why it is unknown or not ranked, and how it was computed.
import { TierBadge } from "@/components/catalog/tier-badge";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { CompareCell, CompareRowKey } from "@/lib/domain/compare";
import type { EngagementBand } from "@/lib/domain/types";

const BAND: Record<EngagementBand, { tone: BadgeTone; label: string }> = {
  low: { tone: "red", label: "below avg" },
  average: { tone: "slate", label: "average" },
  high: { tone: "green", label: "high" },
  very_high: { tone: "amber", label: "very high" },
};

/** Rows whose detail is long (reasons, breakdown): folded behind "why". */
const FOLDED: ReadonlySet<CompareRowKey> = new Set(["authenticity", "fit", "score"]);

/** `reasonShown`: the row already says why every cell is unknown, so the cell shows only "—". */
export function CompareCellView({ rowKey, cell, best, reasonShown = false }: { rowKey: CompareRowKey; cell: CompareCell; best: boolean; reasonShown?: boolean }) {
  const notes = cell.notes.length && !reasonShown ? (
    <ul className="mt-1 space-y-0.5 text-xs text-slate-500">{cell.notes.map((n, i) => <li key={i}>{n}</li>)}</ul>
  ) : null;
  return (
    <div>
      <div className="flex flex-wrap items-center gap-1.5">
        {cell.value === null ? (
          <span title={cell.unknown} className="cursor-help text-slate-400">—<span className="sr-only"> unknown: {cell.unknown}</span></span>
        ) : (
          <span className="text-base font-semibold tabular-nums">{cell.text}</span>
        )}
        {best ? <Badge tone="green" title="Best value in this row">★ best</Badge> : null}
        {cell.tier ? <TierBadge tier={cell.tier} /> : null}
        {cell.band ? <Badge tone={BAND[cell.band].tone}>{BAND[cell.band].label}</Badge> : null}
        {cell.priceSource && cell.value !== null ? <Badge tone={cell.priceSource === "imported" ? "blue" : "slate"}>{cell.priceSource === "imported" ? "imported" : "estimated"}</Badge> : null}
      </div>
      {cell.value === null && cell.unknown && !reasonShown ? <p className="mt-0.5 text-xs text-slate-500">{cell.unknown}</p> : null}
      {cell.excluded ? <p className="mt-0.5 text-xs text-amber-700">⚠ {cell.excluded}</p> : null}
      {notes && FOLDED.has(rowKey) ? (
        <details className="mt-1 text-xs">
          <summary className="cursor-pointer text-brand-700">why</summary>
          {notes}
        </details>
      ) : notes}
    </div>
  );
}
