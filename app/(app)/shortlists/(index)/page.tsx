import type { Metadata } from "next";
import Link from "next/link";
import { CreateShortlistForm } from "@/components/shortlist/create-shortlist-form";
import { createShortlistAction } from "../actions";
import { requirePageUser } from "@/lib/auth/guard";
import { formatInteger } from "@/lib/domain/format";
import { listShortlistIndex, type ShortlistIndexRow } from "@/lib/queries/shortlist";

export const metadata: Metadata = { title: "Shortlists" };

function ListTable({ rows, caption }: { rows: ShortlistIndexRow[]; caption: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
          <tr><th scope="col" className="px-3 py-2">List</th><th scope="col" className="px-3 py-2 text-right">Creators</th><th scope="col" className="px-3 py-2">Brief</th><th scope="col" className="px-3 py-2">Share links</th><th scope="col" className="px-3 py-2">Last change</th></tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((l) => (
            <tr key={l.id} className="hover:bg-slate-50" data-testid="shortlist-row">
              <td className="px-3 py-2">
                <Link href={`/shortlists/${l.id}`} className="font-medium text-brand-700 hover:underline">{l.name}</Link>
                {l.description ? <div className="max-w-md truncate text-xs text-slate-500">{l.description}</div> : null}
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{formatInteger(l.size)}</td>
              <td className="px-3 py-2 text-slate-600">{l.brief?.name ?? "—"}</td>
              <td className="px-3 py-2 tabular-nums text-slate-600">{l.shareLinkCount || "—"}</td>
              <td className="px-3 py-2 text-slate-600">{l.updatedAt.toISOString().slice(0, 10)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default async function ShortlistsPage() {
  const user = await requirePageUser(undefined, "/shortlists");
  const lists = await listShortlistIndex(user.organizationId);
  const active = lists.filter((l) => !l.archivedAt);
  const archived = lists.filter((l) => l.archivedAt);
  return (
    <main className="space-y-4">
      <h1 className="text-2xl font-semibold">Shortlists · {user.organizationName}</h1>
      <CreateShortlistForm create={createShortlistAction} />
      <section aria-labelledby="active-h" className="space-y-2">
        <h2 id="active-h" className="font-semibold">Active lists <span className="font-normal text-slate-500">· {active.length}</span></h2>
        {active.length ? <ListTable rows={active} caption="Active shortlists" /> : (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
            No active shortlists. Create one above, then tick creators in <Link href="/search" className="text-brand-700 underline">search</Link> and add them.
          </p>
        )}
      </section>
      {archived.length ? (
        <section aria-labelledby="archived-h" className="space-y-2">
          <h2 id="archived-h" className="font-semibold text-slate-700">Archived <span className="font-normal text-slate-500">· {archived.length}</span></h2>
          <ListTable rows={archived} caption="Archived shortlists" />
        </section>
      ) : null}
    </main>
  );
}
