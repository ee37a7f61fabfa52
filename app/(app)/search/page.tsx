import type { Metadata } from "next";
import Link from "next/link";
import { CatalogFilters } from "@/components/catalog/catalog-filters";
import { CreatorTable } from "@/components/catalog/creator-table";
import { Pagination } from "@/components/ui/pagination";
import { requirePageUser } from "@/lib/auth/guard";
import { listCatalogCreators } from "@/lib/queries/creators";
import { parseCatalogQuery } from "@/lib/validation/catalog";

export const metadata: Metadata = { title: "Search creators" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  await requirePageUser();
  const params = await searchParams;
  const query = parseCatalogQuery(params);
  const result = await listCatalogCreators(query);
  return (
    <main className="space-y-4">
      <h1 className="text-2xl font-semibold">Creators</h1>
      <CatalogFilters query={query} />
      {result.items.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center">
          <p className="font-medium">No creators match these filters.</p>
          <p className="mt-1 text-sm text-slate-600">
            {result.total > 0 ? "This page is past the last result. " : "Try removing a tier or platform filter, or a shorter search text. "}
            <Link href="/search" className="text-brand-600 underline">Clear all filters</Link>
          </p>
        </div>
      ) : (
        <>
          <CreatorTable rows={result.items} />
          <Pagination basePath="/search" params={params} page={result.page} pageSize={result.pageSize} total={result.total} />
        </>
      )}
    </main>
  );
}
