import Link from "next/link";
import type { SessionUser } from "@/lib/auth/roles";
import { SignOutButton } from "./sign-out-button";

const LINKS = [
  { href: "/search", label: "Search", roles: ["ADMIN", "AGENCY", "MARKETER"] },
  { href: "/shortlists", label: "Shortlists", roles: ["ADMIN", "AGENCY", "MARKETER"] },
  { href: "/admin/imports", label: "Imports", roles: ["ADMIN"] },
  { href: "/admin", label: "Admin", roles: ["ADMIN"] },
] as const;

export function AppNav({ user }: { user: SessionUser }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-7xl items-center gap-6 px-4 py-3">
        <Link href="/search" className="text-lg font-bold tracking-tight text-brand-700">Scout</Link>
        <ul className="flex gap-4 text-sm">
          {LINKS.filter((l) => (l.roles as readonly string[]).includes(user.role)).map((l) => (
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
