import Link from "next/link";
import { ADMIN_ONLY, ANY_ROLE, type Role, type SessionUser } from "@/lib/auth/roles";
import { SignOutButton } from "./sign-out-button";

const LINKS: { href: string; label: string; roles: readonly Role[] }[] = [
  { href: "/search", label: "Search", roles: ANY_ROLE },
  { href: "/shortlists", label: "Shortlists", roles: ANY_ROLE },
  { href: "/compare", label: "Compare", roles: ANY_ROLE },
  { href: "/plan", label: "Plan", roles: ANY_ROLE },
  { href: "/campaigns", label: "Campaigns", roles: ANY_ROLE },
  { href: "/admin/imports", label: "Imports", roles: ADMIN_ONLY },
  { href: "/admin", label: "Admin", roles: ADMIN_ONLY },
];

export function AppNav({ user }: { user: SessionUser }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-7xl items-center gap-6 px-4 py-3">
        <Link href="/search" className="text-lg font-bold tracking-tight text-brand-700">Scout</Link>
        <ul className="flex gap-4 text-sm">
          {LINKS.filter((l) => l.roles.includes(user.role)).map((l) => (
            <li key={l.href}><Link href={l.href} className="text-slate-700 hover:text-brand-700">{l.label}</Link></li>
          ))}
        </ul>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <span className="text-slate-600" data-testid="current-user">
            {user.email} · <span className="font-medium">{user.role.toLowerCase()}</span> · {user.organizationName}
          </span>
          <SignOutButton />
        </div>
      </nav>
    </header>
  );
}
