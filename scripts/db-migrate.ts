// npm run db:migrate            apply committed migrations to DATABASE_URL
// npm run db:migrate -- --create NAME   write the next migration from a schema.prisma change
// npm run db:migrate -- --check         exit 1 if schema.prisma and migrations disagree
import { applyMigrations, createMigration, diffMigrationsToSchema } from "../lib/db/schema-engine";
import { resolveDatabaseUrl } from "../lib/db/url";

async function main() {
  const args = process.argv.slice(2);
  const url = resolveDatabaseUrl();
  if (args[0] === "--create") {
    const dir = await createMigration(url, args[1] ?? "migration");
    console.log(dir ? `Created ${dir}` : "No schema changes: nothing to create.");
  } else if (args[0] === "--check") {
    const sql = await diffMigrationsToSchema(url);
    if (sql) {
      console.error("schema.prisma differs from prisma/migrations:\n" + sql);
      process.exit(1);
    }
    console.log("Migrations match schema.prisma.");
  } else {
    const applied = await applyMigrations(url);
    console.log(applied.length ? `Applied ${applied.join(", ")}` : "Database is up to date.");
  }
  // The wasm engine leaves timers running; exit explicitly.
  process.exit(0);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
