// Who changed what on the list, and when (newest first). "client" is a share link's visitor.
import { formatMoney } from "@/lib/domain/format";
import type { ActivityRow } from "@/lib/queries/shortlist";
import { formatHandle } from "@/lib/domain/handles";

type Detail = Record<string, unknown> | null;
const s = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : String(v));
const money = (v: unknown) => (typeof v === "number" ? formatMoney(v) : "none");

function describe(kind: string, d: Detail, who: string): string {
  const t = d ?? {};
  switch (kind) {
    case "created": return `created the list “${s(t.name)}”`;
    case "renamed": return `renamed the list from “${s(t.from)}” to “${s(t.to)}”`;
    case "described": return "changed the description";
    case "brief": return t.to ? `attached the brief “${s(t.to)}”` : "removed the brief";
    case "archived": return "archived the list";
    case "restored": return "restored the list";
    case "duplicated": return `created this list as a copy of “${s(t.from)}” (${s(t.items)} creators)`;
    case "added": return `added ${who}`;
    case "removed": return `removed ${who}`;
    case "status": return `set ${who} from ${s(t.from)} to ${s(t.to)}`;
    case "note": return t.to ? `noted on ${who}: “${s(t.to)}”` : `cleared the note on ${who}`;
    case "price": return t.to === null ? `cleared the agreed price of ${who}` : `agreed ${money(t.to)} with ${who}`;
    case "moved_out": return `moved ${who} to “${s(t.list)}”`;
    case "moved_in": return `moved ${who} here from “${s(t.list)}”`;
    case "copied_out": return `copied ${who} to “${s(t.list)}”`;
    case "copied_in": return `copied ${who} here from “${s(t.list)}”`;
    case "shared": return `created a share link “${s(t.link)}” for ${s(t.days)} days`;
    case "share_revoked": return `revoked the share link “${s(t.link)}”`;
    case "client_decision": return `${s(t.decision)} ${who}${t.comment ? `: “${s(t.comment)}”` : ""}`;
    default: return `${kind} ${who}`;
  }
}

function when(d: Date): string {
  return d.toISOString().slice(0, 16).replace("T", " ") + " UTC";
}

export function ActivityLog({ rows }: { rows: ActivityRow[] }) {
  return (
    <section aria-labelledby="activity-h" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="activity-h" className="font-semibold">Activity</h2>
      {rows.length === 0 ? <p className="mt-2 text-sm text-slate-500">Nothing has happened on this list yet.</p> : (
        <ol className="mt-2 divide-y divide-slate-100 text-sm" data-testid="activity-log">
          {rows.map((r) => (
            <li key={r.id} className="flex flex-wrap gap-x-2 py-1.5">
              <span className={r.actorId === null && r.actorLabel === "client" ? "font-medium text-violet-700" : "font-medium"}>{r.actorLabel}</span>{" "}
              <span>{describe(r.kind, r.detail as Detail, r.handle ? formatHandle(r.handle) : "a creator")}</span>{" "}
              <time dateTime={r.createdAt.toISOString()} className="ml-auto text-xs text-slate-500">{when(r.createdAt)}</time>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
