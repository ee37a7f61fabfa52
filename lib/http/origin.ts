// Writes must come from Scout's own pages: a form or fetch from another origin (a sibling
// subdomain included) carries the user's cookie but not our Origin. Non-browser clients (curl, the
// CLI) send neither Origin nor Sec-Fetch-Site and are let through; browsers always send one of them.
import "server-only";
import type { NextRequest } from "next/server";

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}

/** Why a state-changing request is refused as cross-origin, or null when it may proceed. */
export function sameOriginProblem(req: NextRequest): string | null {
  const origin = req.headers.get("origin");
  const allowed = new Set([req.headers.get("host")?.toLowerCase(), req.nextUrl.host.toLowerCase(), hostOf(process.env.NEXTAUTH_URL)].filter(Boolean));
  if (origin !== null) {
    const host = origin === "null" ? null : hostOf(origin);
    return host && allowed.has(host) ? null : `Cross-origin request refused (Origin: ${origin.slice(0, 100)}).`;
  }
  const site = req.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return `Cross-site request refused (Sec-Fetch-Site: ${site}).`;
  return null;
}
