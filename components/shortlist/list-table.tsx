"use client";
// A list's creators: sortable headers (the sort lives in the URL), checkbox selection and what can be
// done to the selected rows at once (status, remove, move or copy, compare).
import Link from "next/link";
import { useState } from "react";
import { FIT_POINTS_TEXT } from "@/lib/domain/fit";
import type { ListSortKey } from "@/lib/domain/shortlist/sort";
import type { ItemRow as Row } from "@/lib/queries/shortlist/rows";
import { BulkBar } from "./bulk-bar";
import { ItemRow } from "./item-row";

const th = "px-2 py-2";
type Sort = { sort: ListSortKey; order: "asc" | "desc" };

function SortHeader({ label, k, sort, title, right }: { label: string; k: ListSortKey; sort: Sort; title?: string; right?: boolean }) {
  const active = sort.sort === k;
  const next = active && sort.order === "desc" ? "asc" : "desc";
  return (
    <th scope="col" className={`${th} ${right ? "text-right" : ""}`} title={title} aria-sort={active ? (sort.order === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={`?sort=${k}&order=${next}`} scroll={false} className="hover:text-slate-800">
        {label}{active ? (sort.order === "asc" ? " ▲" : " ▼") : ""}
      </Link>
    </th>
  );
}

export function ListTable({ listId, rows, hasBrief, sort, otherLists, staleDays }: { listId: string; rows: Row[]; hasBrief: boolean; sort: Sort; otherLists: { id: string; name: string }[]; staleDays: number }) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  // Rows removed or moved elsewhere drop out of the selection.
  const present = new Set(rows.map((r) => r.itemId));
  const chosen = [...selected].filter((id) => present.has(id));
  const toggle = (id: string, on: boolean) => setSelected((s) => { const n = new Set(s); if (on) n.add(id); else n.delete(id); return n; });
  const all = rows.length > 0 && chosen.length === rows.length;
  const creatorIds = rows.filter((r) => chosen.includes(r.itemId)).map((r) => r.creatorId);
  return (
    <div className="space-y-2">
      <BulkBar listId={listId} itemIds={chosen} creatorIds={creatorIds} otherLists={otherLists} onDone={() => setSelected(new Set())} />
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className={th}>
                <input type="checkbox" aria-label="Select all" checked={all} onChange={(e) => setSelected(e.target.checked ? new Set(rows.map((r) => r.itemId)) : new Set())} className="h-4 w-4" />
              </th>
              <SortHeader label="Creator" k="handle" sort={sort} />
              <SortHeader label="Tier" k="tier" sort={sort} />
              <SortHeader label="Followers" k="followers" sort={sort} right />
              <SortHeader label="Engagement" k="er" sort={sort} title="Engagement rate and its band against the platform/tier benchmark" />
              <SortHeader label="Exp. eng." k="engagements" sort={sort} title="Average likes + comments per post" right />
              {hasBrief ? <SortHeader label="Fit" k="fit" sort={sort} title={`Niche fit to the list's brief, 0-100 (${FIT_POINTS_TEXT})`} right /> : null}
              <SortHeader label="Auth." k="authenticity" sort={sort} title="Authenticity 0-100: starts at 100, minus explained penalties" right />
              <SortHeader label="Price / post" k="price" sort={sort} title="Agreed price when set, else the estimate" />
              <SortHeader label="Score" k="score" sort={sort} title="Overall score 0-100 with the default weights" right />
              <SortHeader label="Status" k="status" sort={sort} />
              <th scope="col" className={th}>Client</th>
              <th scope="col" className={th}><span className="sr-only">Edit</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => <ItemRow key={r.itemId} listId={listId} row={r} hasBrief={hasBrief} selected={chosen.includes(r.itemId)} onSelect={(on) => toggle(r.itemId, on)} staleDays={staleDays} />)}
          </tbody>
        </table>
      </div>
    </div>
  );
}
