import { describe, expect, it } from "vitest";
import { applyMigrations, diffDatabaseToSchema, diffMigrationsToSchema } from "@/lib/db/schema-engine";

const url = () => process.env.DATABASE_URL!;

describe("migrations", () => {
  it("the committed migrations produce exactly schema.prisma (no drift)", async () => {
    expect(await diffMigrationsToSchema(url())).toBe("");
  });

  it("the migrated test database matches schema.prisma", async () => {
    expect(await diffDatabaseToSchema(url())).toBe("");
  });

  it("applying again is a no-op", async () => {
    expect(await applyMigrations(url())).toEqual([]);
  });
});
