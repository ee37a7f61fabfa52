import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActivityLog } from "@/components/shortlist/activity-log";
import { ListSettings } from "@/components/shortlist/list-settings";
import { ListTable } from "@/components/shortlist/list-table";
import { ShareLinks } from "@/components/shortlist/share-links";
import { TotalsPanel } from "@/components/shortlist/totals-panel";
import { Badge } from "@/components/ui/badge";
import { requirePageUser } from "@/lib/auth/guard";
import { NotFoundError } from "@/lib/domain/errors";
import { canManageList, canManageShareLinks } from "@/lib/domain/shortlist";
import { getShortlistForOrg, listActivity, listPage, listShareLinks } from "@/lib/queries/shortlist";
import { listShortlistNamesForOrg } from "@/lib/queries/shortlists";
import { listBriefsForOrg } from "@/lib/queries/search";
import { getAlertSettings } from "@/lib/queries/settings";
import { LIST_PAGE_SIZE, listPageQuerySchema, shortlistParamsSchema } from "@/lib/validation/shortlist";
import { Pagination } from "@/components/ui/pagination";

export const metadata: Metadata = { title: "Shortlist" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ShortlistPage({ params, searchParams }: Props) {
  const parsed = shortlistParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const id = parsed.data.id;
  const user = await requirePageUser(undefined, `/shortlists/${id}`);
  const rawQuery = await searchParams;
  const sort = listPageQuerySchema.parse(rawQuery);
  const org = user.organizationId;
  // Totals cover every creator (SQL aggregates); only the page's rows of the sorted list are read.
  const [list, { totals, rows }, activity, briefs, names, alertSettings] = await Promise.all([
    getShortlistForOrg(org, id), listPage(org, id, sort, LIST_PAGE_SIZE), listActivity(org, id), listBriefsForOrg(org), listShortlistNamesForOrg(org), getAlertSettings(),
  ]).catch((err: unknown) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const canManage = canManageList(user, list.createdById);
  const canShare = canManageShareLinks(user);
  const links = canShare ? await listShareLinks(user, id) : [];
  return (
    <main className="space-y-4">
      <div>
        <Link href="/shortlists" className="text-sm text-brand-700 hover:underline">← All shortlists</Link>
        <h1 className="mt-1 flex flex-wrap items-center gap-2 text-2xl font-semibold">{list.name}{list.archivedAt ? <Badge tone="amber">archived</Badge> : null}</h1>
        {list.description ? <p className="text-slate-600">{list.description}</p> : null}
        <p className="text-sm text-slate-600">
          {list.brief ? <>Brief: <span className="font-medium">{list.brief.name}</span> (fit and scores are read against it)</> : "No brief attached: fit is not scored. Attach one in the list settings."}
        </p>
      </div>
      <TotalsPanel t={totals} />
      <div className="flex flex-wrap items-center gap-2 text-sm">
        {/* The file's rows follow the page's sort. */}
        <a href={`/api/shortlists/${id}/export?format=csv&sort=${sort.sort}&order=${sort.order}`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50" download>Export CSV</a>
        <a href={`/api/shortlists/${id}/export?format=xlsx&sort=${sort.sort}&order=${sort.order}`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50" download>Export XLSX</a>
        <Link href="/search" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50">Add creators from search</Link>
      </div>
      {totals.count === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
          No creators on this list yet. <Link href="/search" className="text-brand-700 underline">Search</Link>, tick the rows you want and choose “Add selected”.
        </p>
      ) : (
        <div>
          <ListTable listId={id} rows={rows} hasBrief={list.brief !== null} sort={sort} otherLists={names.filter((n) => n.id !== id)} staleDays={alertSettings.staleDays} />
          {totals.count > LIST_PAGE_SIZE ? <Pagination basePath={`/shortlists/${id}`} params={rawQuery} page={sort.page} pageSize={LIST_PAGE_SIZE} total={totals.count} /> : null}
        </div>
      )}
      <ListSettings list={{ id, name: list.name, description: list.description, briefId: list.brief?.id ?? null, archived: list.archivedAt !== null }} briefs={briefs} canManage={canManage} />
      {canShare ? <ShareLinks listId={id} links={links} /> : (
        <p className="text-sm text-slate-500">Share links for clients are made by agency staff and admins.</p>
      )}
      <ActivityLog rows={activity} />
    </main>
  );
}
