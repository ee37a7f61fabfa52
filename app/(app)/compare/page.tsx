import type { Metadata } from "next";
import { AddComparedToList } from "@/components/compare/add-compared-to-list";
import { CompareChartsView } from "@/components/compare/compare-charts";
import { BriefPicker, CompareProblem, ListPicker } from "@/components/compare/compare-forms";
import { CompareTable } from "@/components/compare/compare-table";
import { requirePageUser } from "@/lib/auth/guard";
import { compareCharts } from "@/lib/domain/compare";
import { listBriefsForOrg } from "@/lib/queries/search";
import { listShortlistNamesForOrg } from "@/lib/queries/shortlists";
import { RefusedInputNotice } from "@/components/errors/refused-input";
import { pageQuery } from "@/lib/http/page";
import { addComparedToList } from "./actions";
import { comparePath, loadComparison, type Raw } from "./load";

export const metadata: Metadata = { title: "Compare creators" };

export default async function ComparePage({ searchParams }: { searchParams: Promise<Raw> }) {
  const { params: raw, refused } = await pageQuery(searchParams);
  const user = await requirePageUser(undefined, comparePath(raw));
  const [{ answer, problem }, briefs, shortlists] = await Promise.all([
    loadComparison(user.organizationId, raw),
    listBriefsForOrg(user.organizationId),
    listShortlistNamesForOrg(user.organizationId),
  ]);
  return (
    <main className="space-y-4">
      <h1 className="text-2xl font-semibold">Compare creators</h1>
      <RefusedInputNotice refused={refused} />
      {!answer ? (
        <CompareProblem message={problem ?? "Choose creators to compare."} shortlists={shortlists} />
      ) : answer.kind === "pick" ? (
        <>
          {problem ? <p role="alert" className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900" data-testid="compare-problem">{problem}</p> : null}
          <ListPicker list={answer.list} creators={answer.list.creators} brief={answer.brief?.id ?? null} />
        </>
      ) : (
        <>
          <div className="flex flex-wrap items-end justify-between gap-3">
            <p className="text-sm text-slate-600">
              {answer.comparison.columns.length} creators{answer.list ? ` from “${answer.list.name}”` : ""} · this page’s address is shareable
            </p>
            <BriefPicker briefs={briefs} current={answer.briefSource === "query" ? answer.comparison.brief?.id ?? null : null}
              ids={answer.list && raw.ids === undefined ? undefined : answer.creators.map((c) => c.id)}
              list={answer.list?.id} fromList={answer.briefSource === "list"} />
          </div>
          <p className="rounded-lg border border-brand-100 bg-brand-50 p-3 text-sm text-slate-800" data-testid="compare-summary">
            <span className="font-medium">What differs most: </span>{answer.comparison.summary}
          </p>
          <CompareTable comparison={answer.comparison} />
          <section aria-labelledby="charts-h" className="space-y-2">
            <h2 id="charts-h" className="font-semibold">Charts</h2>
            <CompareChartsView charts={compareCharts(answer.creators)} />
          </section>
          <AddComparedToList creators={answer.comparison.columns} shortlists={shortlists} add={addComparedToList} />
        </>
      )}
    </main>
  );
}
