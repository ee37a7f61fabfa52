// Pure and edge-safe (next.config.ts, proxy.ts and the share routes import it).
// Headers for everything a share token opens: not indexed, not cached by shared caches, and the
// token (in the URL) never sent on as a Referer.
export const SHARE_HEADERS = {
  "X-Robots-Tag": "noindex, nofollow",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "private, no-store",
} as const;
