import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AddComparedToList } from "@/components/compare/add-compared-to-list";
import { CompareChartsView } from "@/components/compare/compare-charts";
import { BriefPicker, CompareProblem, ListPicker } from "@/components/compare/compare-forms";
import { CompareTable } from "@/components/compare/compare-table";
import { requirePageUser } from "@/lib/auth/guard";
import { compareCharts } from "@/lib/domain/compare";
import { InvalidInputError, NotFoundError } from "@/lib/domain/errors";
import { getComparisonForOrg, type CompareAnswer } from "@/lib/queries/compare";
import { listBriefsForOrg } from "@/lib/queries/search";
import { listShortlistNamesForOrg } from "@/lib/queries/shortlists";
import { compareProblem, compareQuerySchema } from "@/lib/validation/compare";
import { addComparedToList } from "./actions";

export const metadata: Metadata = { title: "Compare creators" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The answer, or the message a person should read. Another organisation's list or brief is the 404 page. */
async function load(organizationId: string, raw: Record<string, string | string[] | undefined>): Promise<CompareAnswer | string> {
  const parsed = compareQuerySchema.safeParse(Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)));
  if (!parsed.success) return compareProblem(parsed.error);
  try {
    return await getComparisonForOrg(organizationId, parsed.data);
  } catch (err) {
    if (err instanceof NotFoundError && (err.fields?.list || err.fields?.brief)) notFound();
    if (err instanceof NotFoundError || err instanceof InvalidInputError) return err.message;
    throw err;
  }
}

export default async function ComparePage({ searchParams }: Props) {
  const raw = await searchParams;
  const user = await requirePageUser(undefined, "/compare");
  const [answer, briefs, shortlists] = await Promise.all([load(user.organizationId, raw), listBriefsForOrg(user.organizationId), listShortlistNamesForOrg(user.organizationId)]);
  return (
    <main className="space-y-4">
      <h1 className="text-2xl font-semibold">Compare creators</h1>
      {typeof answer === "string" ? (
        <CompareProblem message={answer} shortlists={shortlists} />
      ) : answer.kind === "pick" ? (
        <ListPicker list={answer.list} creators={answer.list.creators} brief={answer.brief?.id ?? null} />
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
