// Links Scout hands out (a client's share link) are built on the public address, NEXTAUTH_URL, not
// on the Host the request came with: a request through another name (an internal host, a spoofed
// Host header) must not mint links to it. Without NEXTAUTH_URL (development), the request's origin.
import "server-only";

export function publicUrl(path: string, requestOrigin: string, env: NodeJS.ProcessEnv = process.env): string {
  let base = requestOrigin;
  try {
    if (env.NEXTAUTH_URL) base = new URL(env.NEXTAUTH_URL).toString();
  } catch {
    // A malformed NEXTAUTH_URL: next-auth refuses to start with it anyway.
  }
  return new URL(path.replace(/^\/+/, ""), base.endsWith("/") ? base : `${base}/`).toString();
}
