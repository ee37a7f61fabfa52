// Who may do what. Pure: the guard (lib/auth/guard.ts) applies it to pages, handlers and actions.
export const ROLES = ["ADMIN", "AGENCY", "MARKETER"] as const;
export type Role = (typeof ROLES)[number];

export type SessionUser = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  organizationId: string;
  organizationName: string;
};

/** Every signed-in role searches, shortlists, compares and plans; only admins manage the catalog. */
export const ANY_ROLE: readonly Role[] = ROLES;
export const ADMIN_ONLY: readonly Role[] = ["ADMIN"];

export type AccessDecision = { ok: true; user: SessionUser } | { ok: false; status: 401 | 403; message: string };

export function decideAccess(user: SessionUser | null | undefined, allowed: readonly Role[]): AccessDecision {
  if (!user) return { ok: false, status: 401, message: "Sign in to continue." };
  if (!allowed.includes(user.role)) {
    return { ok: false, status: 403, message: `This needs the ${allowed.join(" or ")} role; you are ${user.role}.` };
  }
  return { ok: true, user };
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/**
 * Where to send a user after sign-in: a path on this site, else the dashboard (/). "//host" and "/\host"
 * are refused: browsers read both as another host.
 */
export function safeCallbackPath(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value && value.startsWith("/") && !/^\/[\/\\]/.test(value) ? value : "/";
}

/** How a person is named in records that outlive their account (import history, presets, settings). */
export function userLabel(user: { name: string | null; email: string }): string {
  return user.name ? `${user.name} <${user.email}>` : user.email;
}
