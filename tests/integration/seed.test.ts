import bcrypt from "bcryptjs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/prisma/seed/index";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";
import { createTestDatabase, dropTestDatabase } from "../support/test-db";

// The seed writes a whole demo (and --reset truncates), so it gets a database of its own.
let db: { name: string; url: string };
let client: pg.Client;

describe("demo seed", () => {
  beforeAll(async () => {
    db = await createTestDatabase("scout_it_seed");
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    if (db) await dropTestDatabase(db.name);
  });

  it("writes a realistic catalog across every tier and platform, with history", async () => {
    const result = await seed(db.url, { count: 2_000, reset: false, snapshots: true, seed: 7, quiet: true });
    expect(result).toEqual({ creators: 2_000, snapshots: 8_000 });
    const tiers = await client.query(`SELECT tier::text, count(*)::int n, percentile_cont(0.5) WITHIN GROUP (ORDER BY "engagementRate") med FROM "Creator" GROUP BY tier`);
    const byTier = Object.fromEntries(tiers.rows.map((r) => [r.tier, r]));
    for (const t of ["nano", "micro", "mid", "macro", "mega"]) expect(byTier[t]?.n).toBeGreaterThan(20);
    // Heavy tail: small accounts outnumber big ones.
    expect(byTier.micro.n).toBeGreaterThan(byTier.macro.n * 3);
    expect(byTier.macro.n).toBeGreaterThan(byTier.mega.n * 0.8);
    // Engagement falls with size, as published benchmarks show.
    expect(byTier.nano.med).toBeGreaterThan(byTier.mid.med);
    const platforms = await client.query(`SELECT count(DISTINCT platform)::int n FROM "Creator"`);
    expect(platforms.rows[0].n).toBe(6);
    const flagged = await client.query(`SELECT count(*)::int n FROM "Creator" WHERE "authenticityScore" <= 80`);
    expect(flagged.rows[0].n).toBeGreaterThan(20);
    const unexplained = await client.query(`SELECT count(*)::int n FROM "Creator" WHERE "authenticityScore" < 100 AND jsonb_array_length("authenticityFlags") = 0`);
    expect(unexplained.rows[0].n).toBe(0);
  });

  it("creates two organisations whose demo users sign in with the demo password", async () => {
    const users = await client.query(`SELECT u.email, u.role::text, u."passwordHash", o.slug FROM "User" u JOIN "Organization" o ON o.id = u."organizationId" ORDER BY u.email`);
    expect(users.rows.map((u) => `${u.email}:${u.role}:${u.slug}`)).toEqual([
      "admin@example.com:ADMIN:acme",
      "agency@example.com:AGENCY:acme",
      "agency@northwind.example:AGENCY:northwind",
      "marketer@example.com:MARKETER:acme",
      "marketer@northwind.example:MARKETER:northwind",
    ]);
    expect(await bcrypt.compare(DEMO_PASSWORD, users.rows[0].passwordHash)).toBe(true);
    const owned = await client.query(`SELECT o.slug, count(DISTINCT b.id)::int briefs, count(DISTINCT s.id)::int lists FROM "Organization" o
      LEFT JOIN "BrandBrief" b ON b."organizationId" = o.id LEFT JOIN "Shortlist" s ON s."organizationId" = o.id GROUP BY o.slug ORDER BY o.slug`);
    expect(owned.rows).toEqual([{ slug: "acme", briefs: 1, lists: 2 }, { slug: "northwind", briefs: 1, lists: 1 }]);
    // The demo list is in progress: several statuses, notes, an agreed price, and a log.
    const items = await client.query(`SELECT status::text, note, "agreedPrice" FROM "ShortlistItem" WHERE "shortlistId" = 'sl_acme_beauty'`);
    expect(new Set(items.rows.map((r) => r.status)).size).toBeGreaterThanOrEqual(4);
    expect(items.rows.filter((r) => r.note).length).toBeGreaterThan(0);
    expect(items.rows.filter((r) => r.agreedPrice !== null).length).toBe(1);
    expect((await client.query(`SELECT count(*)::int n FROM "ShortlistActivity" WHERE "shortlistId" = 'sl_acme_beauty'`)).rows[0].n).toBeGreaterThan(items.rows.length);
  });

  it("refuses to overwrite data without --reset, and is deterministic with it", async () => {
    await expect(seed(db.url, { count: 10, reset: false, snapshots: false, seed: 7, quiet: true })).rejects.toThrow(/--reset/);
    const fingerprint = async () =>
      (await client.query(`SELECT md5(string_agg(handle || followers || coalesce("engagementRate"::text, ''), ',' ORDER BY id)) h FROM "Creator"`)).rows[0].h;
    await seed(db.url, { count: 300, reset: true, snapshots: false, seed: 99, quiet: true });
    const first = await fingerprint();
    await seed(db.url, { count: 300, reset: true, snapshots: false, seed: 99, quiet: true });
    expect(await fingerprint()).toBe(first);
  });
});
