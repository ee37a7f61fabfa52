import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Separate build folders let the e2e suite build without disturbing a running dev server.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  experimental: { authInterrupts: true },
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg-boss", "@prisma/schema-engine-wasm"],
  poweredByHeader: false,
};

export default nextConfig;
