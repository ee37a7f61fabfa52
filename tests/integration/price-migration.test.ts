// The price migration recomputes an existing catalog's estimated prices from the audience, and its
// SQL mirror of the price curve equals lib/domain/price-model.ts on every follower count tried.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { estimatePrice } from "@/lib/domain/cost";
import { deriveCreatorMetrics } from "@/lib/domain/creator-metrics";
import { creatorScore } from "@/lib/domain/score";
import { classifyTier } from "@/lib/domain/tiers";
import { PLATFORMS, type Platform } from "@/lib/domain/types";
import { createRng } from "@/prisma/seed/random";

const PREFIX = "it_price_mig_";
const dir = join(process.cwd(), "prisma/migrations", readdirSync(join(process.cwd(), "prisma/migrations")).find((d) => d.endsWith("_price_by_audience"))!);
const recompute = readFileSync(join(dir, "migration.sql"), "utf8").split(/;\s*\n/).map((s) => s.trim()).find((s) => s.includes('UPDATE "Creator" c SET'))!;

describe("prices by audience in SQL", () => {
  afterAll(async () => {
    await prisma.creator.deleteMany({ where: { handle: { startsWith: PREFIX } } });
  });

  it("scout_price_low/high equal estimatePrice for every platform from 0 to 500M followers", async () => {
    const r = createRng(7).next;
    const counts = [0, 1, 999, 1_000, 1_001, 9_999, 10_000, 50_000, 50_001, 500_000, 1_000_000, 1_000_001, 99_999_999, 100_000_000, 284_800_000, 500_000_000,
      ...Array.from({ length: 300 }, () => Math.round(Math.exp(r() * 20)))];
    const cases = PLATFORMS.flatMap((p) => counts.map((f) => ({ p, f })));
    const got = await prisma.$queryRaw<{ i: number; low: string; high: string }[]>(Prisma.sql`
      SELECT i::int AS i, scout_price_low(p, f::float8)::text AS low, scout_price_high(p, f::float8)::text AS high
      FROM unnest(${cases.map((c) => c.p)}::text[], ${cases.map((c) => c.f)}::float8[]) WITH ORDINALITY AS t(p, f, i) ORDER BY i`);
    // Both round to cents; PostgreSQL's power/ln and V8's may differ in the last bit, so a half cent
    // can round either way: within a cent.
    const off = got.flatMap((g) => {
      const { p, f } = cases[g.i - 1]!;
      const e = estimatePrice(p, f);
      return Math.abs(Number(g.low) - e.low) > 0.0101 || Math.abs(Number(g.high) - e.high) > 0.0101 ? [{ p, f, sql: [g.low, g.high], ts: [e.low, e.high] }] : [];
    });
    expect(off).toEqual([]);
  });

  it("the migration's update recomputes stored estimates (price, CPE, cost score, base score) and keeps imported prices", async () => {
    type Seed = { platform: Platform; followers: number; likes: number | null; imported?: [number, number] };
    const seeds: Seed[] = [
      { platform: "tiktok", followers: 284_800_000, likes: 3_000_000 },
      { platform: "tiktok", followers: 1_100_000, likes: 14_000 },
      { platform: "instagram", followers: 24_000, likes: 300 },
      { platform: "youtube", followers: 60_000_000, likes: 200 },
      { platform: "instagram", followers: 800_000, likes: null },
      { platform: "x", followers: 12_000, likes: 30, imported: [150, 250] },
    ];
    // Stored as the tier-flat model left them: the mega TikTok ranges at $2,500-$6,250.
    const made = await Promise.all(seeds.map((s, i) => prisma.creator.create({
      data: {
        platform: s.platform, handle: `${PREFIX}${i}`, followers: s.followers, avgLikes: s.likes, avgComments: s.likes === null ? null : Math.round(s.likes / 50),
        tier: classifyTier(s.followers), metricsAsOf: new Date(),
        priceLow: s.imported?.[0] ?? 2_500, priceHigh: s.imported?.[1] ?? 6_250, priceSource: s.imported ? "imported" : "estimate",
        expectedEngagements: s.likes === null ? null : s.likes + Math.round(s.likes / 50), engagementRankable: true,
        costPerEngagement: 0.001, costScore: 99,
      },
      select: { id: true },
    })));
    await prisma.$executeRawUnsafe(recompute);
    const rows = await prisma.creator.findMany({
      where: { id: { in: made.map((m) => m.id) } },
      select: { id: true, handle: true, platform: true, tier: true, followers: true, priceLow: true, priceHigh: true, priceSource: true, costPerEngagement: true, costScore: true, expectedEngagements: true,
        engagementScore: true, authenticityScore: true, baseScore: true },
    });
    for (const row of rows) {
      const s = seeds[Number(row.handle.slice(PREFIX.length))]!;
      if (s.imported) {
        expect([Number(row.priceLow), Number(row.priceHigh), row.priceSource, row.costScore]).toEqual([150, 250, "imported", 99]);
        continue;
      }
      const e = estimatePrice(s.platform, s.followers);
      expect([Number(row.priceLow), Number(row.priceHigh)]).toEqual([e.low, e.high]);
      const cpe = row.expectedEngagements ? e.mid / row.expectedEngagements : null;
      expect(row.costPerEngagement === null ? null : row.costPerEngagement).toEqual(cpe === null ? null : expect.closeTo(cpe, 9));
      const derived = deriveCreatorMetrics({ platform: s.platform, followers: s.followers, avgLikes: s.likes, avgComments: s.likes === null ? null : Math.round(s.likes / 50) });
      expect(row.costScore === null ? null : row.costScore).toEqual(derived.costScore === null ? null : expect.closeTo(derived.costScore, 9));
      // The trigger rescored the row from the new cost.
      const expected = creatorScore({ ...row, priceLow: Number(row.priceLow), priceHigh: Number(row.priceHigh) }, null).score;
      expect(row.baseScore).toBe(expected);
    }
    // The 284.8M TikTok creator no longer costs what a 1.1M one does, and no longer under a cent per engagement.
    const big = rows.find((r) => r.followers === 284_800_000)!;
    const small = rows.find((r) => r.followers === 1_100_000)!;
    const mid = (x: typeof big) => (Number(x.priceLow) + Number(x.priceHigh)) / 2;
    expect(mid(big)).toBeGreaterThan(50 * mid(small));
    expect(Number(big.priceLow)).toBeGreaterThan(Number(small.priceHigh));
    expect(big.costPerEngagement!).toBeGreaterThan(0.01);
  });
});
