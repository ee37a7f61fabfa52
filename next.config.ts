import type { NextConfig } from "next";
import { FIXED_SECURITY_HEADERS, NON_DOCUMENT_POLICY } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // Separate build folders let the e2e suite build without disturbing a running dev server.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  experimental: { authInterrupts: true },
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg-boss", "@prisma/schema-engine-wasm"],
  poweredByHeader: false,
  async headers() {
    return [
      { source: "/:path*", headers: [...FIXED_SECURITY_HEADERS] },
      // proxy.ts does not run for Next's build files; pages and the API get their policy there.
      { source: "/_next/:path*", headers: [{ key: "Content-Security-Policy", value: NON_DOCUMENT_POLICY }] },
    ];
  },
};

export default nextConfig;
