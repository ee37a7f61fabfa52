// Runs before every request except Next's own build files. It does three things:
// 1. Security headers that must be computed per request: the Content-Security-Policy with a fresh
//    nonce for pages (Next reads the nonce from the request's CSP header and puts it on its scripts),
//    a no-content policy for the API and files, and HSTS when SCOUT_HSTS=1. The fixed headers
//    (nosniff, frame options, referrer, permissions) come from next.config.ts for every path.
// 2. A server action posted from another origin is refused with 403 (lib/security/same-origin.ts).
// 3. Signed-out page requests are sent to the login page before any page code runs, except a
//    client's share link (/share/<token>), which also gets no-referrer and noindex headers. The API is left
//    to the guard in lib/auth/guard.ts (withRole: 401 signed out, 403 wrong role), which every route
//    handler goes through, so that an API call decodes its session once.
import { getToken } from "next-auth/jwt";
import { decodeSessionToken } from "@/lib/auth/token";
import { NextResponse, type NextRequest } from "next/server";
import { crossOriginProblem, originFacts } from "@/lib/security/same-origin";
import { SHARE_HEADERS } from "@/lib/security/share-headers";
import { hstsEnabled, HSTS_VALUE, newNonce, NON_DOCUMENT_POLICY, pagePolicy } from "@/lib/security/headers";

/** Files served from public/ (favicon.svg, robots.txt): no sign-in, no page policy. */
const PUBLIC_FILE = /\.(?:svg|ico|png|jpg|webp|txt|xml|webmanifest|css|js|map)$/i;

function withSecurityHeaders(res: NextResponse, policy: string): NextResponse {
  res.headers.set("Content-Security-Policy", policy);
  if (hstsEnabled(process.env)) res.headers.set("Strict-Transport-Security", HSTS_VALUE);
  return res;
}

export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  // A server action (a POST with Next-Action) from another origin: Next refuses it too, but by
  // throwing, which answered 500. Refused here first, as the API refuses it (lib/http): 403.
  if (req.method === "POST" && req.headers.has("next-action")) {
    const problem = crossOriginProblem({ ...originFacts(req), url: req.nextUrl });
    if (problem) return withSecurityHeaders(new NextResponse(problem, { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } }), NON_DOCUMENT_POLICY);
  }
  const isApi = pathname === "/api" || pathname.startsWith("/api/");
  if (isApi || PUBLIC_FILE.test(pathname)) return withSecurityHeaders(NextResponse.next(), NON_DOCUMENT_POLICY);

  const nonce = newNonce();
  const policy = pagePolicy(nonce, { dev: process.env.NODE_ENV === "development", https: hstsEnabled(process.env) });
  // A client's share link needs no account (the token is checked by the page itself).
  const isShare = pathname.startsWith("/share/");
  const signedIn = pathname === "/login" || isShare || !!(await getToken({ req, secret: process.env.NEXTAUTH_SECRET, decode: decodeSessionToken }));
  if (!signedIn) {
    const login = new URL("/login", req.url);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return withSecurityHeaders(NextResponse.redirect(login), policy);
  }
  const headers = new Headers(req.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const res = withSecurityHeaders(NextResponse.next({ request: { headers } }), policy);
  // The token is in the URL: never sent on as a Referer; and the page stays out of search engines.
  if (isShare) for (const [k, v] of Object.entries(SHARE_HEADERS)) res.headers.set(k, v);
  return res;
}

export const config = {
  // Everything but Next's build output, which next.config.ts's headers() covers.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
