"use client";
// The campaign's deals: each booked creator's agreed fee and deliverables, editable after launch
// (PATCH /api/campaigns/:id/creators/:creatorId), and the changes made so far (who, when, old -> new).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { deliverablesText, type Deliverable } from "@/lib/domain/campaigns";
import { formatMoney, formatPlatform } from "@/lib/domain/format";
import { formatHandle } from "@/lib/domain/handles";

export type DealRow = { key: string; handle: string; platform: string; fee: number | undefined; feeEstimated: boolean; deliverables: Deliverable[] };
export type DealChangeRow = { id: string; handle: string; text: string; by: string; at: string };

const field = "mt-1 w-full rounded-md border border-slate-300 px-2 py-1 text-sm";

function EditDeal({ campaignId, row, currency, onDone }: { campaignId: string; row: DealRow; currency: string; onDone: () => void }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ message?: string; fields?: Record<string, string[]> }>({});
  async function save(form: FormData) {
    setBusy(true);
    setErrors({});
    const body = { fee: String(form.get("fee") ?? ""), deliverables: String(form.get("deliverables") ?? "") };
    try {
      const res = await fetch(`/api/campaigns/${encodeURIComponent(campaignId)}/creators/${encodeURIComponent(row.key)}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const out = (await res.json().catch(() => null)) as { error?: { message: string; fields?: Record<string, string[]> } } | null;
      if (res.ok) {
        onDone();
        router.refresh();
        return;
      }
      setErrors(out?.error ?? { message: `The server answered ${res.status}.` });
    } catch {
      setErrors({ message: "Could not reach the server. Check the connection and try again." });
    }
    setBusy(false);
  }
  const err = (k: string) => errors.fields?.[k]?.map((m) => <p key={m} role="alert" className="mt-1 text-xs text-red-700">{m}</p>);
  return (
    <form action={save} className="grid gap-2 rounded-md bg-slate-50 p-2 sm:grid-cols-[8rem_1fr_auto]" aria-label={`Edit the deal of @${row.handle}`}>
      <label className="block text-xs font-medium text-slate-600">Fee ({currency})
        <input name="fee" inputMode="decimal" defaultValue={row.fee ?? ""} className={field} aria-invalid={!!errors.fields?.fee} />
        {err("fee")}
      </label>
      <label className="block text-xs font-medium text-slate-600">Deliverables (count platform format, …)
        <input name="deliverables" defaultValue={deliverablesText(row.deliverables)} className={field} aria-invalid={!!errors.fields?.deliverables} />
        {err("deliverables")}
      </label>
      <div className="flex items-end gap-2">
        <Button type="submit" disabled={busy}>{busy ? "Saving…" : "Save"}</Button>
        <Button type="button" variant="ghost" onClick={onDone}>Cancel</Button>
      </div>
      {errors.message && !errors.fields ? <p role="alert" className="text-xs text-red-700 sm:col-span-3">{errors.message}</p> : null}
    </form>
  );
}

export function DealEditor({ campaignId, rows, changes, currency }: { campaignId: string; rows: DealRow[]; changes: DealChangeRow[]; currency: string }) {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="deals">
          <caption className="sr-only">Booked creators: fee and deliverables</caption>
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
            <tr><th scope="col" className="px-3 py-2">Creator</th><th scope="col" className="px-3 py-2 text-right">Fee</th><th scope="col" className="px-3 py-2">Deliverables</th></tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.key} data-testid="deal-row">
                {editing === r.key ? (
                  <td colSpan={3} className="px-3 py-2">
                    <p className="mb-1 text-sm font-medium">{formatHandle(r.handle)}</p>
                    <EditDeal campaignId={campaignId} row={r} currency={currency} onDone={() => setEditing(null)} />
                  </td>
                ) : (
                  <>
                    <td className="px-3 py-1.5">
                      {/* The button sits beside the handle, so a phone reaches it without scrolling the table sideways. */}
                      <div className="flex items-center gap-2">
                        <Button type="button" variant="secondary" className="px-2 py-1 text-xs" onClick={() => setEditing(r.key)} aria-label={`Edit the fee and deliverables of @${r.handle}`}>Edit</Button>
                        <span className="font-medium">{formatHandle(r.handle)} <span className="text-xs font-normal text-slate-500">{formatPlatform(r.platform)}</span></span>
                      </div>
                    </td>
                    <td className="whitespace-nowrap px-3 py-1.5 text-right tabular-nums" data-testid="deal-fee">{formatMoney(r.fee, currency)} {r.feeEstimated ? <Badge tone="amber" title="No price was agreed: the middle of the estimate at launch">est.</Badge> : null}</td>
                    <td className="px-3 py-1.5" data-testid="deal-deliverables">{deliverablesText(r.deliverables) || "—"}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {changes.length ? (
        <div className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
          <h3 className="font-semibold">Changes after launch</h3>
          <ul className="mt-1 space-y-1" data-testid="deal-changes">
            {changes.map((c) => <li key={c.id}><span className="text-slate-500">{c.at}</span> · {c.by}: @{c.handle} {c.text}</li>)}
          </ul>
        </div>
      ) : (
        <p className="text-xs text-slate-500">No fee or deliverable has been changed since launch.</p>
      )}
    </div>
  );
}
