// An empty result that says which single filter to drop, with a link that drops it.
import Link from "next/link";
import { formatInteger } from "@/lib/domain/format";
import { FILTER_LABEL } from "@/lib/search/labels";

type Suggestion = { key: string; total: number };

/** `countCap`: the suggestions' counts stop there (lib/queries/search COUNT_CAP), shown as "10,000+". */
export function EmptyResults({ params, suggestions, pastEnd, countCap }: { params: URLSearchParams; suggestions: Suggestion[]; pastEnd: boolean; countCap: number }) {
  const without = (key: string) => {
    const next = new URLSearchParams(params);
    next.delete(key);
    next.delete("page");
    return `/search?${next.toString()}`;
  };
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center">
      <p className="font-medium">No creators match these filters.</p>
      {pastEnd ? (
        <p className="mt-1 text-sm text-slate-600">This page is past the last result.</p>
      ) : suggestions.length ? (
        <ul className="mt-2 space-y-1 text-sm text-slate-600">
          {suggestions.slice(0, 3).map((s) => (
            <li key={s.key}>
              <Link href={without(s.key)} className="text-brand-700 underline">Remove the {FILTER_LABEL[s.key] ?? s.key} filter</Link>
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
