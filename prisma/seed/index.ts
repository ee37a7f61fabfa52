// npm run db:seed [-- --count N] [--reset] [--no-snapshots] [--seed S]
// Writes the deterministic demo: two organisations with their users, briefs and shortlists, and a
// catalog of N creators (default 5,000) with history. Refuses to touch a non-empty database
// unless --reset is given. Rows go in batches of 2,000 per statement, so large counts are quick.
import bcrypt from "bcryptjs";
import pg from "pg";
import { insertRecords } from "../../lib/db/bulk";
import { resolveDatabaseUrl } from "../../lib/db/url";
import { generateCreators, type SeedCreator } from "./generate";
import { seedDemoCampaign, DEMO_CAMPAIGN } from "./campaign";
import { DEMO_PASSWORD, DEMO_ORGS } from "./demo-accounts";

type Options = { count: number; reset: boolean; snapshots: boolean; seed: number; quiet: boolean };

export function parseSeedArgs(argv: string[]): Options {
  const opts: Options = { count: 5_000, reset: false, snapshots: true, seed: 20261121, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--count") opts.count = Number(argv[++i]);
    else if (a === "--reset") opts.reset = true;
    else if (a === "--no-snapshots") opts.snapshots = false;
    else if (a === "--seed") opts.seed = Number(argv[++i]);
    else if (a === "--quiet") opts.quiet = true;
    else throw new Error(`Unknown option ${a}. Usage: db:seed [--count N] [--reset] [--no-snapshots] [--seed S]`);
  }
  if (!Number.isInteger(opts.count) || opts.count < 0) throw new Error("--count takes a whole number >= 0");
  return opts;
}

function creatorRecord(c: SeedCreator, now: Date): Record<string, unknown> {
  const { snapshots: _snapshots, ...fields } = c;
  return { ...fields, dataSource: "demo seed (synthetic)", createdAt: now, updatedAt: now };
}

export async function seed(connectionString: string, opts: Options): Promise<{ creators: number; snapshots: number }> {
  const log = (m: string) => opts.quiet || console.error(m);
  const pool = new pg.Pool({ connectionString, max: 2 });
  const client = await pool.connect();
  try {
    const { rows } = await client.query<{ n: string }>(`SELECT (SELECT count(*) FROM "Creator") + (SELECT count(*) FROM "User") AS n`);
    if (Number(rows[0]!.n) > 0 && !opts.reset) {
      throw new Error("The database already has data. Run with --reset to replace it with the demo data.");
    }
    const now = new Date();
    await client.query("BEGIN");
    if (opts.reset) {
      await client.query(`TRUNCATE "CreatorSnapshot", "ShortlistItem", "Shortlist", "BrandBrief", "ImportRowError", "ImportJob",
        "Creator", "User", "Organization", "LoginThrottle", "MappingPreset", "InstanceSettings" CASCADE`);
    }
    await client.query(`INSERT INTO "InstanceSettings" (id, "updatedAt") VALUES (1, now()) ON CONFLICT (id) DO NOTHING`);
    const passwordHash = await bcrypt.hash(DEMO_PASSWORD, 10);
    for (const org of DEMO_ORGS) {
      await client.query(`INSERT INTO "Organization" (id, name, slug) VALUES ($1, $2, $3)`, [org.id, org.name, org.slug]);
      for (const u of org.users) {
        await client.query(
          `INSERT INTO "User" (id, email, name, "passwordHash", role, "organizationId") VALUES ($1, $2, $3, $4, $5, $6)`,
          [u.id, u.email, u.name, passwordHash, u.role, org.id],
        );
      }
    }

    log(`Generating ${opts.count.toLocaleString("en-US")} creators…`);
    const snapshots: Record<string, unknown>[] = [];
    const sample: SeedCreator[] = [];
    const wroteCreators = await insertRecords(client, "Creator", (function* () {
      for (const c of generateCreators(opts.count, opts.seed, now, opts.snapshots)) {
        if (sample.length < 400) sample.push(c);
        c.snapshots.forEach((s, k) => snapshots.push({ id: `${c.id}s${k}`, creatorId: c.id, ...s, createdAt: now }));
        yield creatorRecord(c, now);
      }
    })(), 2_000, (n) => n % 100_000 === 0 && log(`  ${n.toLocaleString("en-US")} creators`));
    const wroteSnapshots = await insertRecords(client, "CreatorSnapshot", snapshots);

    const booked = await seedOrgData(client, sample);
    await seedDemoCampaign(client, booked.get(DEMO_CAMPAIGN.shortlistId) ?? [], opts.seed);
    await client.query("COMMIT");
    await client.query(`ANALYZE "Creator"`);
    log(`Seeded ${wroteCreators.toLocaleString("en-US")} creators and ${wroteSnapshots.toLocaleString("en-US")} snapshots.`);
    return { creators: wroteCreators, snapshots: wroteSnapshots };
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    client.release();
    await pool.end();
  }
}

// A list in progress, so the list pages are not empty on first start: statuses along the workflow,
// notes, and an agreed price on the approved creator. Deterministic (no randomness, fixed texts).
const DEMO_STATUSES = ["approved", "negotiating", "contacted", "contacted", "candidate", "booked", "rejected", "candidate"] as const;
const DEMO_NOTES: Record<number, string> = { 0: "Strong fit; rate agreed for one reel.", 1: "Asked for a 2-post bundle price.", 2: "Waiting for the media kit." };

/** Each organisation gets its own brief and shortlists, so isolation can be seen. */
async function seedOrgData(client: pg.PoolClient, sample: SeedCreator[]) {
  const booked = new Map<string, { c: SeedCreator; agreed: number | null }[]>();
  for (const org of DEMO_ORGS) {
    for (const b of org.briefs) {
      await client.query(
        `INSERT INTO "BrandBrief" (id, "organizationId", name, niches, keywords, countries, languages, platforms, budget, "updatedAt")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::"Platform"[], $9, now())`,
        [b.id, org.id, b.name, JSON.stringify(b.niches), b.keywords, b.countries, b.languages, b.platforms, b.budget],
      );
    }
    const owner = org.users.find((u) => u.role === "AGENCY") ?? org.users[0]!;
    for (const s of org.shortlists) {
      await client.query(
        `INSERT INTO "Shortlist" (id, "organizationId", name, description, "briefId", "createdById", "archivedAt", "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, $7, now())`,
        [s.id, org.id, s.name, s.description, org.briefs[0]?.id ?? null, owner.id, s.archived ? new Date("2025-11-30T00:00:00Z") : null],
      );
      await client.query(`INSERT INTO "ShortlistActivity" (id, "shortlistId", "actorId", "actorLabel", kind, detail) VALUES ($1, $2, $3, $4, 'created', $5)`,
        [`${s.id}a`, s.id, owner.id, owner.name, JSON.stringify({ name: s.name })]);
      const picks = sample.filter((c) => c.niches.some((n) => s.niches.includes(n))).slice(0, s.size);
      for (const [i, c] of picks.entries()) {
        const status = DEMO_STATUSES[i % DEMO_STATUSES.length]!;
        // The approved creator's price, agreed at the low end of the estimate.
        const agreed = status === "approved" && c.priceLow !== null ? Math.round(Number(c.priceLow)) : null;
        if (status !== "rejected") booked.set(s.id, [...(booked.get(s.id) ?? []), { c, agreed }]);
        await client.query(`INSERT INTO "ShortlistItem" (id, "shortlistId", "creatorId", note, status, "agreedPrice") VALUES ($1, $2, $3, $4, $5, $6)`,
          [`${s.id}i${i}`, s.id, c.id, DEMO_NOTES[i] ?? null, status, agreed]);
        await client.query(`INSERT INTO "ShortlistActivity" (id, "shortlistId", "actorId", "actorLabel", "creatorId", kind) VALUES ($1, $2, $3, $4, $5, 'added')`,
          [`${s.id}a${i}`, s.id, owner.id, owner.name, c.id]);
        if (status !== "candidate") {
          await client.query(`INSERT INTO "ShortlistActivity" (id, "shortlistId", "actorId", "actorLabel", "creatorId", kind, detail) VALUES ($1, $2, $3, $4, $5, 'status', $6)`,
            [`${s.id}s${i}`, s.id, owner.id, owner.name, c.id, JSON.stringify({ from: "candidate", to: status })]);
        }
      }
    }
  }
  return booked;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const opts = parseSeedArgs(process.argv.slice(2));
  seed(resolveDatabaseUrl(), opts)
    .then(() => process.exit(0))
    .catch((err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    });
}
