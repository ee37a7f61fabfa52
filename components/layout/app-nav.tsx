import Link from "next/link";
import { ADMIN_ONLY, ANY_ROLE, type Role, type SessionUser } from "@/lib/auth/roles";
import { SignOutButton } from "./sign-out-button";

const LINKS: { href: string; label: string; roles: readonly Role[] }[] = [
  { href: "/", label: "Dashboard", roles: ANY_ROLE },
  { href: "/search", label: "Search", roles: ANY_ROLE },
  { href: "/shortlists", label: "Shortlists", roles: ANY_ROLE },
  { href: "/compare", label: "Compare", roles: ANY_ROLE },
  { href: "/plan", label: "Plan", roles: ANY_ROLE },
  { href: "/campaigns", label: "Campaigns", roles: ANY_ROLE },
  { href: "/admin/imports", label: "Imports", roles: ADMIN_ONLY },
  { href: "/admin", label: "Admin", roles: ADMIN_ONLY },
];

export function AppNav({ user, unreadAlerts = 0 }: { user: SessionUser; unreadAlerts?: number }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight text-brand-700">Scout</Link>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {LINKS.filter((l) => l.roles.includes(user.role)).map((l) => (
            <li key={l.href}><Link href={l.href} className="text-slate-700 hover:text-brand-700">{l.label}</Link></li>
          ))}
          <li><AlertsLink unread={unreadAlerts} /></li>
        </ul>
        {/* On a phone the account line takes a row of its own and wraps rather than being cut off. */}
        <div className="flex w-full min-w-0 items-center justify-between gap-3 text-sm lg:ml-auto lg:w-auto">
          <span className="min-w-0 break-words text-slate-600" data-testid="current-user">
            {user.email} · <span className="font-medium">{user.role.toLowerCase()}</span> · {user.organizationName}
          </span>
          <SignOutButton />
        </div>
      </nav>
    </header>
  );
}

/** Alerts, with the organisation's unread count as a badge. */
function AlertsLink({ unread }: { unread: number }) {
  return (
    // The accessible name is the visible text plus " unread" ("Alerts 2 unread"): a label that
    // rewords what is shown ("Alerts, 2 unread") fails axe's label-content-name-mismatch.
    <Link href="/alerts" className="inline-flex items-center gap-1 text-slate-700 hover:text-brand-700">
      Alerts
      {unread > 0 ? (
        <>
          <span data-testid="alerts-badge" className="rounded-full bg-red-600 px-1.5 text-xs font-semibold tabular-nums text-white">{unread > 99 ? "99+" : unread}</span>
          <span className="sr-only"> unread</span>
        </>
      ) : null}
    </Link>
  );
}
