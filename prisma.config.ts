import { defineConfig } from "prisma/config";

// Prisma 7 reads the connection from here for CLI commands. Migrations are applied by our own
// runner (lib/db/migrate.ts) through Prisma's WebAssembly schema engine; see README.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/scout" },
});
