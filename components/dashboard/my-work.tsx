// "My work", first on the dashboard: lists in progress, client decisions waiting, unread alerts,
// recent imports, each a link.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ALERT_LABELS, describeAlert } from "@/lib/domain/alerts";
import { formatInteger } from "@/lib/domain/format";
import { SHORTLIST_STATUSES } from "@/lib/domain/shortlist";
import type { AlertView } from "@/lib/queries/alerts";
import type { ListInProgress, RecentImport, WaitingDecision } from "@/lib/queries/dashboard";
import { formatHandle } from "@/lib/domain/handles";

const card = "rounded-lg border border-slate-200 bg-white p-4";
const empty = "text-sm text-slate-500";
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "—");

export function MyWork(props: {
  lists: ListInProgress[]; decisions: { items: WaitingDecision[]; total: number; newSinceVisit: number; lastVisit: Date | null };
  alerts: AlertView[]; unread: number; imports: RecentImport[]; isAdmin: boolean;
}) {
  const { lists, decisions, alerts, unread, imports, isAdmin } = props;
  return (
    <section aria-labelledby="work-h" className="space-y-3">
      <h2 id="work-h" className="text-lg font-semibold">My work</h2>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className={card} data-testid="work-lists">
          <h3 className="font-medium">Lists in progress</h3>
          {lists.length ? (
            <ul className="mt-2 divide-y divide-slate-100 text-sm">
              {lists.map((l) => (
                <li key={l.id} className="py-1.5">
                  <Link href={`/shortlists/${l.id}`} className="font-medium text-brand-700 hover:underline">{l.name}</Link>
                  <span className="text-slate-500"> · {formatInteger(l.size)} creators</span>
                  <span className="ml-2 inline-flex flex-wrap gap-1">
                    {SHORTLIST_STATUSES.filter((s) => l.byStatus[s]).map((s) => <Badge key={s}>{l.byStatus[s]} {s}</Badge>)}
                  </span>
                </li>
              ))}
            </ul>
          ) : <p className={empty}>No active list. <Link className="text-brand-700 underline" href="/shortlists">Create one</Link>.</p>}
        </div>
        <div className={card} data-testid="work-decisions">
          <h3 className="font-medium">
            Client decisions waiting <span className="font-normal text-slate-500">· {formatInteger(decisions.total)}</span>
            {decisions.newSinceVisit ? <Badge tone="blue">{decisions.newSinceVisit} new since your last visit</Badge> : null}
          </h3>
          {decisions.items.length ? (
            <ul className="mt-2 divide-y divide-slate-100 text-sm">
              {decisions.items.map((d) => (
                <li key={d.id} className="py-1.5">
                  <Badge tone={d.decision === "approved" ? "green" : "red"}>{d.decision}</Badge>{" "}
                  <Link href={`/creators/${d.creatorId}`} className="text-brand-700 underline">{formatHandle(d.handle)}</Link> on{" "}
                  <Link href={`/shortlists/${d.shortlistId}`} className="text-brand-700 underline">{d.listName}</Link>
                  <span className="text-slate-500"> · {day(d.at)}</span>
                  {d.comment ? <div className="truncate text-xs text-slate-500">“{d.comment}”</div> : null}
                </li>
              ))}
            </ul>
          ) : <p className={empty}>No client decision waiting: every answer from a share link has been acted on.</p>}
        </div>
        <div className={card} data-testid="work-alerts">
          <h3 className="font-medium">Unread alerts <span className="font-normal text-slate-500">· {formatInteger(unread)}</span></h3>
          {alerts.length ? (
            <ul className="mt-2 divide-y divide-slate-100 text-sm">
              {alerts.map((a) => (
                <li key={a.id} className="py-1.5">
                  <Badge tone="amber">{ALERT_LABELS[a.kind]}</Badge>{" "}
                  <Link href={`/creators/${a.creatorId}`} className="text-brand-700 underline">{formatHandle(a.creator.handle)}</Link>
                  <span className="text-slate-600"> · {describeAlert(a.kind, a.detail)}</span>
                </li>
              ))}
            </ul>
          ) : <p className={empty}>No unread alert about the creators on your lists.</p>}
          <Link href="/alerts" className="mt-2 inline-block text-sm text-brand-700 hover:underline">All alerts →</Link>
        </div>
        <div className={card} data-testid="work-imports">
          <h3 className="font-medium">Recent imports</h3>
          {imports.length ? (
            <ul className="mt-2 divide-y divide-slate-100 text-sm">
              {imports.map((i) => (
                <li key={i.id} className="py-1.5">
                  {isAdmin ? <Link href={`/admin/imports/${i.id}`} className="text-brand-700 hover:underline">{i.fileName}</Link> : <span>{i.fileName}</span>}
                  <span className="text-slate-500"> · {i.status} · {day(i.finishedAt ?? i.createdAt)}{i.asOf ? ` · data as of ${day(i.asOf)}` : ""} · {formatInteger(i.created)} new, {formatInteger(i.updated)} updated</span>
                </li>
              ))}
            </ul>
          ) : <p className={empty}>No import yet{isAdmin ? "" : " (admins import creator lists)"}.</p>}
        </div>
      </div>
    </section>
  );
}
