"use client";
// The alerts as a table: what happened, to whom, on which list, with read/unread toggles.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { callApi } from "@/components/shortlist/api";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ALERT_LABELS, describeAlert, type AlertKind } from "@/lib/domain/alerts";
import { formatPlatform } from "@/lib/domain/format";
import { formatHandle } from "@/lib/domain/handles";

export type AlertRow = {
  id: string; kind: AlertKind; creatorId: string; shortlistId: string; read: boolean; createdAt: string; readAt: string | null;
  detail: Record<string, unknown>; creator: { handle: string; platform: string; displayName: string | null }; shortlist: { name: string };
};

const TONE: Record<AlertKind, BadgeTone> = { tier_drift: "amber", tier_change: "violet", follower_jump: "red", engagement_drop: "red", stale: "slate" };

export function AlertsList({ alerts, filtered }: { alerts: AlertRow[]; filtered: boolean }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const mark = (body: { ids?: string[]; all?: true; read: boolean }) =>
    start(async () => {
      const r = await callApi("PATCH", "/api/alerts", body);
      setError(r.ok ? null : r.message);
      router.refresh();
    });
  if (!alerts.length) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600" data-testid="alerts-empty">
        {filtered ? "No alert matches these filters." : "No alerts yet. They appear here after an import or a re-score changes something about a creator on one of your lists."}
      </p>
    );
  }
  const unread = alerts.filter((a) => !a.read).length;
  return (
    <section className="space-y-2" aria-label="Alerts">
      <div className="flex items-center gap-3 text-sm">
        <span className="text-slate-600">{alerts.length.toLocaleString("en-US")} shown · {unread.toLocaleString("en-US")} unread</span>
        <Button variant="secondary" disabled={pending || unread === 0} onClick={() => mark({ all: true, read: true })} data-testid="mark-all-read">Mark all read</Button>
        {error ? <span role="alert" className="text-red-700">{error}</span> : null}
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Alerts, newest first</caption>
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
            <tr><th scope="col" className="px-3 py-2">Alert</th><th scope="col" className="px-3 py-2">Creator</th><th scope="col" className="px-3 py-2">What changed</th><th scope="col" className="px-3 py-2">List</th><th scope="col" className="px-3 py-2">When</th><th scope="col" className="px-3 py-2"><span className="sr-only">Read</span></th></tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {alerts.map((a) => (
              <tr key={a.id} data-testid="alert-row" data-read={a.read} className={a.read ? "text-slate-500" : "bg-brand-50/30 font-medium"}>
                <td className="px-3 py-2"><Badge tone={TONE[a.kind]}>{ALERT_LABELS[a.kind]}</Badge>{a.read ? null : <span className="sr-only"> (unread)</span>}</td>
                <td className="px-3 py-2"><Link className="text-brand-700 hover:underline" href={`/creators/${a.creatorId}`}>{formatHandle(a.creator.handle)}</Link> <span className="text-xs text-slate-500">{formatPlatform(a.creator.platform)}</span></td>
                <td className="px-3 py-2">{describeAlert(a.kind, a.detail)}</td>
                <td className="px-3 py-2"><Link className="text-brand-700 hover:underline" href={`/shortlists/${a.shortlistId}`}>{a.shortlist.name}</Link></td>
                <td className="whitespace-nowrap px-3 py-2 tabular-nums">{a.createdAt.slice(0, 16).replace("T", " ")} UTC</td>
                <td className="px-3 py-2">
                  <button type="button" disabled={pending} className="text-xs text-brand-700 hover:underline" onClick={() => mark({ ids: [a.id], read: !a.read })}>
                    {a.read ? "Mark unread" : "Mark read"}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
