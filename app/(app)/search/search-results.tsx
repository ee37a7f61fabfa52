// Server component of the search page: runs the search and renders results, total, pagination or the
// empty state. Here, beside its page, because it queries (components/ render only what they are given).
import { Pagination } from "@/components/ui/pagination";
import { SelectionBar } from "@/components/shortlist/search-selection";
import { formatInteger } from "@/lib/domain/format";
import { EmptyResults } from "@/components/search/empty-results";
import { ResultsTable } from "@/components/search/results-table";
import { COUNT_CAP, searchCreators, suggestRelaxations, type ResolvedBrief } from "@/lib/queries/search";
import { CARRIED_PARAMS } from "@/lib/search/filters";
import type { SearchQuery } from "@/lib/validation/search";
import { onReplica } from "@/lib/queries/replica";
import { getAlertSettings } from "@/lib/queries/settings";

type Props = { query: SearchQuery; organizationId: string; brief: ResolvedBrief | null; params: Record<string, string | string[] | undefined> };

function toUrlParams(params: Props["params"]): URLSearchParams {
  const usp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const item of Array.isArray(v) ? v : v === undefined ? [] : [v]) usp.append(k, item);
  return usp;
}

export async function SearchResults({ query, organizationId, brief, params }: Props) {
  const [result, alertSettings] = await Promise.all([onReplica(() => searchCreators(query, organizationId, brief)), getAlertSettings()]);
  const usp = toUrlParams(params);
  // The profile computes the same breakdown: pass the brief and weights along.
  const carry = new URLSearchParams();
  for (const k of CARRIED_PARAMS) {
    const v = usp.get(k);
    if (v) carry.set(k, v);
  }
  const profileQuery = carry.size ? `?${carry.toString()}` : "";
  if (result.items.length === 0) {
    // Conflicting filters answer without SQL; the note names them, so no counts are needed.
    const suggestions = result.total === 0 && !result.conflicts.length ? await onReplica(() => suggestRelaxations(query)) : [];
    return <EmptyResults params={usp} suggestions={suggestions} pastEnd={result.total > 0} countCap={COUNT_CAP} conflicts={result.conflicts} />;
  }
  // Scaled to sum to 1 by weightsFromQuery (the URL may hold any scale, e.g. 35/50/20/15).
  const w = result.weights;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
        <p>
          <span className="font-semibold text-slate-900" data-testid="result-total" title={result.totalCapped ? `Counted up to ${formatInteger(result.countCap)}; more match` : undefined}>
            {formatInteger(result.total)}
            {result.totalCapped ? "+" : ""}
          </span>{" "}
          creators
          {result.brief ? <> · fit to <span className="font-medium">{result.brief.name}</span></> : null}
          <span className="ml-2 text-xs" title="Weights after renormalisation; a missing component is dropped per creator">
            score = {Math.round(w.engagement * 100)}% engagement + {Math.round(w.fit * 100)}% fit + {Math.round(w.authenticity * 100)}% authenticity + {Math.round(w.cost * 100)}% cost
            {!result.brief ? " (no brief: fit dropped)" : ""}
          </span>
        </p>
        <SelectionBar />
      </div>
      <ResultsTable rows={result.items} hasBrief={result.brief !== null} profileQuery={profileQuery} staleDays={alertSettings.staleDays} />
      <Pagination basePath="/search" params={params} page={result.page} pageSize={result.pageSize} total={result.total} totalCapped={result.totalCapped} />
    </div>
  );
}
