"use client";
// The client's view of a shared list: the chosen columns, and approve/reject with a comment per creator.
import { useState } from "react";
import { TierBadge } from "@/components/catalog/tier-badge";
import { Badge } from "@/components/ui/badge";
import { formatCompact, formatMoney, formatMoneyRange, formatPercent, formatPlatform, plural } from "@/lib/domain/format";
import { profileUrlFor } from "@/lib/domain/profile-url";
import { SHARE_COLUMNS, type ShareColumn } from "@/lib/domain/shortlist";
import type { SharedItem } from "@/lib/queries/shortlist/share";
import { callApi } from "./api";
import { formatHandle } from "@/lib/domain/handles";

const td = "px-3 py-2 align-top";

function cell(i: SharedItem, c: ShareColumn) {
  switch (c) {
    case "followers": return formatCompact(i.followers);
    case "engagement": return formatPercent(i.engagementRate, 2);
    case "expectedEngagements": return formatCompact(i.expectedEngagements);
    case "authenticity": return i.authenticityScore ?? "—";
    case "price": return i.price ? (i.price.agreed ? <>{formatMoney(i.price.low)} <Badge tone="green">agreed</Badge></> : i.price.low === null && i.price.high === null ? "no price" : formatMoneyRange(i.price.low, i.price.high, i.price.currency)) : "—";
    case "country": return i.country ?? "—";
    case "note": return i.note ?? "";
  }
}

type DecisionState = SharedItem["decision"];

function Decision({ token, item, state, setState }: { token: string; item: SharedItem; state: DecisionState; setState: (d: DecisionState) => void }) {
  const [comment, setComment] = useState(item.decision?.comment ?? "");
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const send = async (decision: "approved" | "rejected") => {
    setSaving(true);
    const res = await callApi<{ decision: string; comment: string | null }>("POST", `/api/share/${encodeURIComponent(token)}/decisions`, { itemId: item.itemId, decision, comment });
    setSaving(false);
    if (!res.ok) return setError(res.message);
    setError(null);
    setState({ decision: res.data.decision as "approved" | "rejected", comment: res.data.comment });
  };
  return (
    <div className="space-y-1">
      <input value={comment} onChange={(e) => setComment(e.target.value)} maxLength={1000} placeholder="Comment (optional)" aria-label={`Comment on ${formatHandle(item.handle)}`} className="w-full rounded-md border border-slate-300 px-2 py-1 text-sm" />
      <div className="flex items-center gap-2">
        <button type="button" disabled={saving} onClick={() => send("approved")} aria-label={`Approve ${formatHandle(item.handle)}`} className="rounded-md border border-emerald-300 bg-white px-2 py-1 text-xs font-medium text-emerald-700 hover:bg-emerald-50">Approve</button>
        <button type="button" disabled={saving} onClick={() => send("rejected")} aria-label={`Reject ${formatHandle(item.handle)}`} className="rounded-md border border-red-300 bg-white px-2 py-1 text-xs font-medium text-red-700 hover:bg-red-50">Reject</button>
        {state ? <span role="status" data-testid="decision"><Badge tone={state.decision === "approved" ? "green" : "red"}>{state.decision === "approved" ? "Approved" : "Rejected"}</Badge></span> : null}
      </div>
      {error ? <p role="alert" className="text-xs text-red-700">{error}</p> : null}
    </div>
  );
}

/** The count of answers and the table, sharing the decisions so the count moves as the client answers. */
export function SharedTable({ token, items, columns, expires }: { token: string; items: SharedItem[]; columns: ShareColumn[]; expires: string }) {
  const [decisions, setDecisions] = useState<Record<string, DecisionState>>(() => Object.fromEntries(items.map((i) => [i.itemId, i.decision])));
  const answered = Object.values(decisions).filter(Boolean).length;
  return (
    <>
      <p className="mt-1 text-sm text-slate-600">
        {plural(items.length, "creator")} · <span data-testid="answered" aria-live="polite">you have answered {answered} of {items.length}</span>. Approve or reject each one; a comment helps the team. You can change an answer until the link expires on {expires}.
      </p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-3 py-2">Creator</th>
              <th scope="col" className="px-3 py-2">Tier</th>
              {columns.map((c) => <th key={c} scope="col" className="px-3 py-2">{SHARE_COLUMNS[c]}</th>)}
              <th scope="col" className="px-3 py-2 w-72">Your decision</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {items.map((i) => {
              const href = profileUrlFor(i.platform, i.handle);
              return (
                <tr key={i.itemId} data-testid="shared-row">
                  <td className={td}>
                    {href ? (
                      <a href={href} target="_blank" rel="noopener noreferrer" className="font-medium text-brand-700 underline" title={`${formatHandle(i.handle)} on ${formatPlatform(i.platform)} (opens a new tab)`}>{formatHandle(i.handle)}</a>
                    ) : <span className="font-medium">{formatHandle(i.handle)}</span>}
                    <div className="text-xs text-slate-500">{formatPlatform(i.platform)}{i.displayName ? ` · ${i.displayName}` : ""}</div>
                  </td>
                  <td className={td}><TierBadge tier={i.tier} /></td>
                  {columns.map((c) => <td key={c} className={`${td} tabular-nums ${c === "price" ? "whitespace-nowrap" : ""}`}>{cell(i, c)}</td>)}
                  <td className={td}><Decision token={token} item={i} state={decisions[i.itemId] ?? null} setState={(d) => setDecisions((prev) => ({ ...prev, [i.itemId]: d }))} /></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
