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

/** A base no real request has: only what stays on it after resolution is a path on this site. */
const PROBE_ORIGIN = "http://scout.invalid";

/**
 * Where to send a user after sign-in: a path on this site, else /search. The value is resolved the
 * way a browser resolves a Location header (which drops tabs and line breaks, reads "\" as "/" and
 * collapses "/./"), and must still be on this site and still start with exactly one slash:
 * "/\t/evil.example" and "/.//evil.example" are "//evil.example" to a browser, another host. Control
 * characters are refused outright (a line break in a Location header is a 500). The answer is the
 * resolved, percent-encoded path, so what is checked is what is sent.
 */
export function safeCallbackPath(raw: string | string[] | undefined | null): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || value.length > 2048 || !value.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(value)) return "/search";
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return "/search";
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (url.origin !== PROBE_ORIGIN || !path.startsWith("/") || path.startsWith("//")) return "/search";
  return path;
}

/**
 * next-auth's redirect callback: an absolute URL on this site (baseUrl) or a site path, made safe as
 * above; anything else is the site's search page.
 */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, "");
  let path = url;
  if (!url.startsWith("/")) {
    try {
      const u = new URL(url);
      if (u.origin !== new URL(base).origin) return `${base}/search`;
      path = `${u.pathname}${u.search}${u.hash}`;
    } catch {
      return `${base}/search`;
    }
  }
  return `${base}${safeCallbackPath(path)}`;
}

/** How a person is named in records that outlive their account (import history, presets, settings). */
export function userLabel(user: { name: string | null; email: string }): string {
  return user.name ? `${user.name} <${user.email}>` : user.email;
}
