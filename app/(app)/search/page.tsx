import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { ResultsSkeleton } from "@/components/search/results-skeleton";
import { SearchFilters } from "@/components/search/search-filters";
import { SearchResults } from "./search-results";
import { ShortlistTargetProvider } from "@/components/shortlist/add-to-shortlist";
import { RefusedInputNotice } from "@/components/errors/refused-input";
import { requirePageUser } from "@/lib/auth/guard";
import { pageQuery } from "@/lib/http/page";
import { BriefNotFoundError, listBriefsForOrg, resolveBrief } from "@/lib/queries/search";
import { listShortlistNamesForOrg } from "@/lib/queries/shortlists";
import { parseSearchQueryLenient } from "@/lib/validation/search";

export const metadata: Metadata = { title: "Search creators" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  const user = await requirePageUser(undefined, "/search");
  const { params, refused } = await pageQuery(searchParams);
  const query = parseSearchQueryLenient(params);
  // Resolved before streaming starts, so another organisation's brief id answers with a real 404;
  // the lists for the filters and the shortlist menu are read at the same time.
  const [brief, briefs, shortlists] = await Promise.all([
    resolveBrief(query, user.organizationId).catch((err: unknown) => {
      if (err instanceof BriefNotFoundError) notFound();
      throw err;
    }),
    listBriefsForOrg(user.organizationId),
    listShortlistNamesForOrg(user.organizationId),
  ]);
  return (
    <main className="space-y-4">
      <h1 className="text-2xl font-semibold">Find creators</h1>
      <RefusedInputNotice refused={refused} />
      <Suspense fallback={<div className="h-64 animate-pulse rounded-lg bg-slate-100" />}>
        <SearchFilters briefs={briefs} />
      </Suspense>
      <ShortlistTargetProvider shortlists={shortlists}>
        <Suspense key={JSON.stringify(query)} fallback={<ResultsSkeleton rows={Math.min(query.pageSize, 12)} />}>
          <SearchResults query={query} organizationId={user.organizationId} brief={brief} params={params} />
        </Suspense>
      </ShortlistTargetProvider>
    </main>
  );
}
