"use client";
// One creator on a list: the search table's cells, the status (saved on change), and an editor for
// the note and the agreed price.
import Link from "next/link";
import { StaleMark } from "@/components/creator/stale-mark";
import { useRouter } from "next/navigation";
import { Fragment, useState } from "react";
import { TierBadge } from "@/components/catalog/tier-badge";
import { Avatar, EngagementBadge, METHOD_LABEL, WarningIcon } from "@/components/creator/creator-bits";
import { Badge } from "@/components/ui/badge";
import { formatCompact, formatInteger, formatMoney, formatMoneyRange, formatPercent, formatScore, formatPlatform } from "@/lib/domain/format";
import { ScoreConfidenceMark } from "@/components/creator/score-confidence";
import { SHORTLIST_STATUSES, type ShortlistStatus } from "@/lib/domain/shortlist";
import type { ItemRow as Row } from "@/lib/queries/shortlist/rows";
import { callApi, listUrl } from "./api";
import { STATUS_LABEL } from "./labels";
import { formatHandle } from "@/lib/domain/handles";

const td = "px-2 py-2 align-top";

export function ItemRow({ listId, row, hasBrief, selected, onSelect, staleDays }: { listId: string; row: Row; hasBrief: boolean; selected: boolean; onSelect: (on: boolean) => void; staleDays: number }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const itemUrl = listUrl(listId, `/items/${encodeURIComponent(row.itemId)}`);
  const save = async (body: Record<string, unknown>) => {
    setSaving(true);
    const res = await callApi("PATCH", itemUrl, body);
    setSaving(false);
    if (!res.ok) return setError(res.fields ? Object.values(res.fields).flat().join(" ") : res.message);
    setError(null);
    setEditing(false);
    router.refresh();
  };
  const remove = async () => {
    const res = await callApi("DELETE", itemUrl);
    if (!res.ok) return setError(res.message);
    router.refresh();
  };
  const cols = hasBrief ? 13 : 12;
  return (
    <Fragment>
      <tr className={selected ? "bg-brand-50" : "hover:bg-slate-50"} data-testid="list-row">
        <td className={td}>
          <input type="checkbox" checked={selected} onChange={(e) => onSelect(e.target.checked)} aria-label={`Select ${formatHandle(row.handle)}`} className="h-4 w-4" />
        </td>
        <td className={td}>
          <div className="flex items-center gap-2">
            <Avatar name={row.displayName} handle={row.handle} />
            <div className="min-w-0">
              <Link href={`/creators/${row.creatorId}`} className="font-medium text-brand-700 hover:underline">{formatHandle(row.handle)}</Link>
              <div className="truncate text-xs text-slate-500">{formatPlatform(row.platform)}{row.displayName ? ` · ${row.displayName}` : ""}{row.country ? ` · ${row.country}` : ""}</div>
              {row.note ? <div className="mt-0.5 max-w-56 truncate text-xs text-slate-600" title={row.note}>“{row.note}”</div> : null}
            </div>
          </div>
        </td>
        <td className={td}><TierBadge tier={row.tier} /></td>
        <td className={`${td} text-right tabular-nums`} title={`${formatInteger(row.followers)} followers`}>{formatCompact(row.followers)}<StaleMark metricsAsOf={row.metricsAsOf} staleDays={staleDays} /></td>
        <td className={td}>
          <div className="flex items-center gap-1.5">
            <span className="tabular-nums" title={row.engagementMethod ? METHOD_LABEL[row.engagementMethod] : "no engagement data"}>{formatPercent(row.engagementRate, 2)}</span>
            <EngagementBadge band={row.engagementBand} platform={row.platform} tier={row.tier} />
            {!row.engagementRankable ? <WarningIcon title="Implausible engagement figure" /> : null}
          </div>
        </td>
        <td className={`${td} text-right tabular-nums`}>{formatCompact(row.expectedEngagements)}</td>
        {hasBrief ? <td className={`${td} text-right tabular-nums`}>{row.fit ?? "—"}</td> : null}
        <td className={`${td} text-right tabular-nums`}>
          <span className="inline-flex items-center gap-1">
            {row.authenticityFlags.length ? <WarningIcon title={row.authenticityFlags.map((f) => `${f.message} (−${f.penalty})`).join(" ")} /> : null}
            {row.authenticityScore ?? "—"}
          </span>
        </td>
        <td className={`${td} whitespace-nowrap tabular-nums`} data-testid="price-cell">
          {row.agreedPrice !== null ? (
            <span className="inline-flex items-center gap-1">{formatMoney(row.agreedPrice)} <Badge tone="green" title="Agreed with the creator: replaces the estimate in every total">agreed</Badge></span>
          ) : (
            <span title={row.priceSource === "estimate" ? "Estimated from the platform's published rate cards for this follower count" : "Price from the imported data"}>
              {row.priceLow === null && row.priceHigh === null ? <span className="text-slate-500">no price</span> : formatMoneyRange(row.priceLow, row.priceHigh, row.priceCurrency)}
            </span>
          )}
        </td>
        <td className={`${td} text-right font-semibold tabular-nums`} title="Overall score with the default weights">
          {formatScore(row.score)}
          <ScoreConfidenceMark confidence={row.scoreConfidence} missing={row.missing} />
        </td>
        <td className={td}>
          <select
            aria-label={`Status of ${formatHandle(row.handle)}`} value={row.status} disabled={saving}
            onChange={(e) => save({ status: e.target.value as ShortlistStatus })}
            className="rounded-md border border-slate-300 px-1.5 py-1 text-xs"
          >
            {SHORTLIST_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABEL[s]}</option>)}
          </select>
        </td>
        <td className={`${td} text-xs`} data-testid="client-cell">
          {row.clientDecision ? (
            <div>
              <span className="whitespace-nowrap"><Badge tone={row.clientDecision === "approved" ? "green" : "red"} title="Decided by the client through a share link">client: {row.clientDecision}</Badge></span>
              {row.clientComment ? <div className="mt-0.5 max-w-40 text-slate-600">“{row.clientComment}”</div> : null}
            </div>
          ) : <span className="text-slate-400">—</span>}
        </td>
        <td className={td}>
          <button type="button" onClick={() => setEditing(!editing)} aria-expanded={editing} aria-label={`Edit ${formatHandle(row.handle)}`} className="rounded-md border border-slate-300 bg-white px-2 py-1 text-xs hover:bg-slate-50">
            {editing ? "Close" : "Edit"}
          </button>
        </td>
      </tr>
      {editing || error ? (
        <tr className="bg-slate-50">
          <td colSpan={cols + 1} className="px-3 py-2">
            {editing ? <ItemEditor row={row} saving={saving} onSave={save} onRemove={remove} /> : null}
            {error ? <p role="alert" className="mt-1 text-sm text-red-700">{error}</p> : null}
          </td>
        </tr>
      ) : null}
    </Fragment>
  );
}

function ItemEditor({ row, saving, onSave, onRemove }: { row: Row; saving: boolean; onSave: (b: Record<string, unknown>) => void; onRemove: () => void }) {
  const [note, setNote] = useState(row.note ?? "");
  const [price, setPrice] = useState(row.agreedPrice === null ? "" : String(row.agreedPrice));
  return (
    <form className="flex flex-wrap items-end gap-3" onSubmit={(e) => { e.preventDefault(); onSave({ note, agreedPrice: price.trim() === "" ? null : price.trim() }); }}>
      <label className="min-w-64 flex-1 text-xs font-medium text-slate-600">
        Note for {formatHandle(row.handle)}
        <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm font-normal" />
      </label>
      <label className="w-44 text-xs font-medium text-slate-600">
        Agreed price (USD) for {formatHandle(row.handle)}
        <input value={price} onChange={(e) => setPrice(e.target.value)} inputMode="decimal" placeholder="empty = estimate" className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm font-normal" />
      </label>
      <button type="submit" disabled={saving} className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:bg-slate-400">{saving ? "Saving…" : "Save"}</button>
      <button type="button" onClick={onRemove} className="rounded-md border border-red-200 bg-white px-3 py-1.5 text-sm text-red-700 hover:bg-red-50">Remove from list</button>
    </form>
  );
}
