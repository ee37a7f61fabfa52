import type { Metadata } from "next";
import Link from "next/link";
import { TierBadge } from "@/components/catalog/tier-badge";
import { createShortlistAction } from "./actions";
import { CreateShortlistForm } from "@/components/shortlist/create-shortlist-form";
import { requirePageUser } from "@/lib/auth/guard";
import { formatCompact, formatPercent } from "@/lib/domain/format";
import { getShortlistsWithItemsForOrg } from "@/lib/queries/shortlists";

export const metadata: Metadata = { title: "Shortlists" };

export default async function ShortlistsPage() {
  const user = await requirePageUser(undefined, "/shortlists");
  const lists = await getShortlistsWithItemsForOrg(user.organizationId);
  return (
    <main className="space-y-4">
      <h1 className="text-2xl font-semibold">Shortlists · {user.organizationName}</h1>
      <CreateShortlistForm create={createShortlistAction} />
      {lists.length === 0 ? <p className="text-slate-600">No shortlists yet. Create one above, then add creators from search.</p> : null}
      {lists.map((l) => (
        <section key={l.id} aria-labelledby={`sl-${l.id}`} className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id={`sl-${l.id}`} className="font-semibold">{l.name} <span className="text-sm font-normal text-slate-500">· {l._count.items} creators</span></h2>
          {l.description ? <p className="text-sm text-slate-600">{l.description}</p> : null}
          {l.items.length ? (
            <ul className="mt-2 divide-y divide-slate-100 text-sm">
              {l.items.map((i) => (
                <li key={i.id} className="flex items-center gap-2 py-1.5">
                  <Link href={`/creators/${i.creator.id}`} className="font-medium text-brand-700 hover:underline">@{i.creator.handle}</Link>
                  <TierBadge tier={i.creator.tier} />
                  <span className="tabular-nums text-slate-600">{formatCompact(i.creator.followers)} · {formatPercent(i.creator.engagementRate, 2)}</span>
                  <span className="ml-auto text-xs text-slate-500">{i.status}{i.note ? ` · ${i.note}` : ""}</span>
                </li>
              ))}
            </ul>
          ) : <p className="mt-2 text-sm text-slate-500">Empty: add creators from search.</p>}
        </section>
      ))}
    </main>
  );
}
