// An empty result that says which single filter to drop, with a link that drops it.
import Link from "next/link";
import { formatInteger } from "@/lib/domain/format";
import type { FilterConflict } from "@/lib/search/conflicts";
import { FILTER_LABEL, type FilterKey } from "@/lib/search/filters";

type Suggestion = { key: FilterKey; total: number };

/** `countCap`: the suggestions' counts stop there (lib/queries/search COUNT_CAP), shown as "10,000+". */
/** `conflicts`: filters that exclude each other (lib/search/conflicts.ts): said first, each with its way out. */
export function EmptyResults({ params, suggestions, pastEnd, countCap, conflicts = [] }: { params: URLSearchParams; suggestions: Suggestion[]; pastEnd: boolean; countCap: number; conflicts?: FilterConflict[] }) {
  const without = (key: string) => {
    const next = new URLSearchParams(params);
    next.delete(key);
    next.delete("page");
    return `/search?${next.toString()}`;
  };
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center">
      <p className="font-medium">No creators match these filters.</p>
      {conflicts.length ? (
        <div className="mt-2 space-y-2 text-sm text-slate-600" data-testid="filter-conflicts" role="note">
          {conflicts.map((c) => (
            <div key={c.filters.join(",")}>
              <p>
                These filters cannot all hold: <span className="font-medium text-slate-900">{c.filters.map((k) => FILTER_LABEL[k]).join(", ")}</span>. {c.message}
              </p>
              <p>
                {c.filters.map((k, i) => (
                  <span key={k}>
                    {i > 0 ? " or " : ""}
                    <Link href={without(k)} className="text-brand-700 underline">remove the {FILTER_LABEL[k]} filter</Link>
                  </span>
                ))}
              </p>
            </div>
          ))}
        </div>
      ) : pastEnd ? (
        <p className="mt-1 text-sm text-slate-600">This page is past the last result.</p>
      ) : suggestions.length ? (
        <ul className="mt-2 space-y-1 text-sm text-slate-600">
          {suggestions.slice(0, 3).map((s) => (
            <li key={s.key}>
              <Link href={without(s.key)} className="text-brand-700 underline">Remove the {FILTER_LABEL[s.key]} filter</Link>
              {" "}to see {s.total >= countCap ? `${formatInteger(countCap)}+` : formatInteger(s.total)} creators.
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-slate-600">No single filter is to blame; try a broader combination.</p>
      )}
      <p className="mt-3 text-sm"><Link href="/search" className="text-brand-700 underline">Clear all filters</Link></p>
    </div>
  );
}
