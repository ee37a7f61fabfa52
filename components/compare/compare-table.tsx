// The side-by-side table: a row per metric, a column per creator, the best value of each row highlighted.
import Link from "next/link";
import { clsx } from "clsx";
import type { Comparison } from "@/lib/domain/compare";
import { CompareCellView } from "./compare-cell";

import { StaleMark } from "@/components/creator/stale-mark";
import { formatPlatform } from "@/lib/domain/format";
import { formatHandle } from "@/lib/domain/handles";
export function CompareTable({ comparison, staleDays }: { comparison: Comparison; staleDays: number }) {
  const { columns, rows, brief } = comparison;
  // The profile then shows fit to the same brief.
  const profileQuery = brief ? `?brief=${encodeURIComponent(brief.id)}` : "";
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[720px] table-fixed text-sm" data-testid="compare-table">
        <caption className="sr-only">Metrics of {columns.length} creators side by side; the best value of each row is marked “best”.</caption>
        <colgroup><col className="w-56" />{columns.map((c) => <col key={c.id} />)}</colgroup>
        <thead className="bg-slate-50 text-left">
          <tr>
            <th scope="col" className="p-3 text-xs font-medium uppercase text-slate-500">Metric</th>
            {columns.map((c) => (
              // A long handle breaks inside its narrow column rather than being cut off.
              <th key={c.id} scope="col" className="whitespace-normal break-words p-3 align-top" data-wrap-ok>
                <Link href={`/creators/${encodeURIComponent(c.id)}${profileQuery}`} className="font-semibold text-brand-700 hover:underline">{formatHandle(c.handle)}</Link>
                <div className="text-xs font-normal text-slate-500">{[c.displayName, formatPlatform(c.platform)].filter(Boolean).join(" · ")}<StaleMark metricsAsOf={c.metricsAsOf} staleDays={staleDays} /></div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            // One reason for every column ("choose a brief") is said once, beside the row's name.
            const first = row.cells[0];
            const shared = first && first.value === null && first.unknown && row.cells.every((c) => c.value === null && c.unknown === first.unknown) ? first.unknown : null;
            return (
            <tr key={row.key} data-row={row.key} className="border-t border-slate-100 align-top">
              <th scope="row" className="p-3 text-left font-medium">
                {row.label}
                <p className="mt-0.5 text-xs font-normal text-slate-500">{row.how}</p>
                {row.note ? <p className="mt-0.5 text-xs font-normal text-amber-700">No highlight: {row.note}</p> : null}
                {shared ? <p className="mt-0.5 text-xs font-normal text-slate-700" data-testid="row-unknown">{shared}</p> : null}
              </th>
              {row.cells.map((cell, i) => {
                const best = row.best.includes(i);
                return (
                  <td key={columns[i]!.id} data-best={best ? "true" : undefined} className={clsx("p-3", best && "bg-emerald-50 ring-1 ring-inset ring-emerald-200")}>
                    <CompareCellView rowKey={row.key} cell={cell} best={best} reasonShown={shared !== null} />
                  </td>
                );
              })}
            </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
