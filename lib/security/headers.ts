// The response headers every answer carries, in one place: next.config.ts sends the fixed set on
// every path, proxy.ts the per-request Content-Security-Policy on pages and the API.
// Pure and edge-safe: no Node APIs, so both the config and the proxy can import it.

/** Same on every response: pages, API, static files, errors. */
export const FIXED_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // frame-ancestors 'none' in the CSP says the same to current browsers; this covers older ones.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), " +
      "magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), browsing-topics=(), interest-cohort=()",
  },
];

/** Strict-Transport-Security once the site is served over HTTPS only (SCOUT_HSTS=1). */
export const HSTS_VALUE = "max-age=63072000; includeSubDomains";

export function hstsEnabled(env: Record<string, string | undefined>): boolean {
  return env.SCOUT_HSTS === "1" || env.SCOUT_HSTS === "true";
}

/**
 * The policy for an HTML page. Scripts run only with this request's nonce ('strict-dynamic' lets
 * those scripts load Next's chunks); no 'unsafe-inline' or 'unsafe-eval' in production. Styles allow
 * 'unsafe-inline' because recharts and React set style attributes, which nonces cannot cover.
 */
export function pagePolicy(nonce: string, { dev = false, https = false }: { dev?: boolean; https?: boolean } = {}): string {
  return [
    "default-src 'self'",
    // React rebuilds server error stacks with eval in development only.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Only where the site is HTTPS-only: on plain http it would send the page's own requests to https.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** For JSON, files and anything else that is not a page: nothing may run or be embedded. */
export const NON_DOCUMENT_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** 128 random bits, base64: unguessable per request, as the CSP nonce must be. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
