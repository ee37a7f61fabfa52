// First line of defence: signed-out page requests are sent to the login page before any page code
// runs. API routes are left to the guard in lib/auth/guard.ts (withRole: 401 signed out, 403 wrong
// role), which every route handler goes through, so that an API call decodes its session once.
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { SHARE_HEADERS } from "@/lib/http/share-headers";

export async function proxy(req: NextRequest) {
  // A client's share link (/share/<token>) needs no account; its token must not leak through a
  // Referer, and the page is kept out of search engines.
  if (req.nextUrl.pathname.startsWith("/share/")) {
    const res = NextResponse.next();
    for (const [k, v] of Object.entries(SHARE_HEADERS)) res.headers.set(k, v);
    return res;
  }
  const token = await getToken({ req, secret: process.env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  const { pathname, search } = req.nextUrl;
  const login = new URL("/login", req.url);
  login.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export const config = {
  // Everything except the login page, the API (guarded per route), and static assets.
  matcher: ["/((?!login|api/|_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|css|js)$).*)"],
};
