import type { NextConfig } from "next";
import { FIXED_SECURITY_HEADERS, NON_DOCUMENT_POLICY } from "./lib/security/headers";
import { SHARE_HEADERS } from "./lib/security/share-headers";

const SHARE_HEADER_LIST = Object.entries(SHARE_HEADERS).map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  // Separate build folders let the e2e suite build without disturbing a running dev server.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  experimental: { authInterrupts: true },
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg-boss", "@prisma/schema-engine-wasm"],
  poweredByHeader: false,
  async headers() {
    return [
      { source: "/:path*", headers: [...FIXED_SECURITY_HEADERS] },
      // A share token is in the URL: its pages and API never send it on as a Referer (the later rule wins).
      { source: "/share/:path*", headers: [...SHARE_HEADER_LIST] },
      { source: "/api/share/:path*", headers: [...SHARE_HEADER_LIST] },
      // proxy.ts does not run for Next's build files; pages and the API get their policy there.
      { source: "/_next/:path*", headers: [{ key: "Content-Security-Policy", value: NON_DOCUMENT_POLICY }] },
    ];
  },
};

export default nextConfig;
