// Writes must come from Scout's own pages: a form or fetch from another origin (a sibling
// subdomain included) carries the user's cookie but not our Origin. Non-browser clients (curl, the
// CLI) send neither Origin nor Sec-Fetch-Site and are let through; browsers always send one of them.
// An origin is a scheme and a host: "http://scout.example" is not "https://scout.example" (a page
// served over plain HTTP, which anyone on the path can write, must not post to the HTTPS site). The
// site's scheme is NEXTAUTH_URL's when it is set (behind a TLS proxy the app itself sees http), else
// the request's own. Pure: used by lib/http (route handlers) and proxy.ts (server actions).

export type OriginFacts = {
  /** The request's Origin and Sec-Fetch-Site headers, and its Host header. */
  origin: string | null;
  secFetchSite: string | null;
  host: string | null;
  /** The URL the server sees for the request (its scheme and host). */
  url: { protocol: string; host: string };
  /** NEXTAUTH_URL, the public address, when set. */
  publicUrl?: string | null;
};

function parse(url: string | null | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Why a state-changing request is refused as cross-origin, or null when it may proceed. */
export function crossOriginProblem(f: OriginFacts): string | null {
  if (f.origin !== null) {
    const pub = parse(f.publicUrl);
    const scheme = pub?.protocol ?? f.url.protocol;
    const hosts = new Set([f.host?.toLowerCase(), f.url.host.toLowerCase(), pub?.host.toLowerCase()].filter(Boolean));
    const from = f.origin === "null" ? null : parse(f.origin);
    const ok = !!from && from.protocol === scheme && hosts.has(from.host.toLowerCase());
    return ok ? null : `Cross-origin request refused (Origin: ${f.origin.slice(0, 100)}).`;
  }
  const site = f.secFetchSite;
  if (site && site !== "same-origin" && site !== "none") return `Cross-site request refused (Sec-Fetch-Site: ${site}).`;
  return null;
}

/** The facts above from a Request (route handlers, proxy.ts). */
export function originFacts(req: { headers: Headers; url: string }, publicUrl = process.env.NEXTAUTH_URL): OriginFacts {
  return { origin: req.headers.get("origin"), secFetchSite: req.headers.get("sec-fetch-site"), host: req.headers.get("host"), url: new URL(req.url), publicUrl };
}
