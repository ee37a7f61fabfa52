// A brief's keywords found in the catalog's bios (lib/search/scan/keywords.ts) against the SQL that
// defines them (lib/queries/search/fit-sql.ts: "fitTerms" and the phrase pattern, on real
// PostgreSQL): the same creators for every keyword, on bios generated from pieces that differ from
// the seed's: accents inside and outside the folding table, upper case that lower() folds, # and @,
// punctuation and runs of separators, other scripts, words glued to digits.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { briefKeywords, FIT_POINTS } from "@/lib/domain/fit";
import { freshCatalog, keywordHits } from "@/lib/queries/search/catalog-sync";
import { fitPartsSql } from "@/lib/queries/search/fit-sql";
import { keywordSlots } from "@/lib/search/scan/keywords";
import { createRng } from "../../prisma/seed/random";

const PREFIX = "itkw";
const rng = createRng(20261207);
const WORDS = ["café", "CAFE", "cafe", "crème", "creme", "brûlée", "vegan", "VÉGAN", "vegan2", "2vegan", "#vegan", "@vegan", "vég", "øl", "ol", "straße", "strasse", "İstanbul", "istanbul", "ΟΔΟΣ", "οδος", "honest", "reviews", "Reviews!", "tips", "tip", "ﬁt", "fit", "naïve", "naive", "ß", "zürich", "zurich", "e\u0301cole", "ecole", "日本", "-", "&", "...", "  ", "\t", "🙂"];
const SEPARATORS = [" ", "  ", ", ", "-", "_", "/", "\n", "—", ".", ""];

function bio(): string | null {
  if (rng.next() < 0.08) return rng.next() < 0.5 ? null : "";
  const n = rng.int(1, 7);
  let s = "";
  for (let k = 0; k < n; k++) s += (k ? rng.pick(SEPARATORS) : "") + rng.pick(WORDS);
  return s;
}

const rows = Array.from({ length: 600 }, (_, i) => ({ id: `${PREFIX}${String(i).padStart(4, "0")}`, platform: "instagram" as const, handle: `${PREFIX}_${i}`, tier: "micro" as const, followers: 20_000, metricsAsOf: new Date(), bio: bio() }));
// Keywords as a brand types them; briefKeywords normalises them as fit does (single words and phrases).
const KEYWORDS = ["cafe", "Café", "creme brulee", "vegan", "#vegan", "@vegan", "honest reviews", "reviews", "tips", "ol", "strasse", "istanbul", "naive", "zurich", "ecole", "vegan 2vegan", "fit", "cafe cafe", "honest   reviews tips", "veg"];

beforeAll(async () => {
  await prisma.creator.deleteMany({ where: { id: { startsWith: PREFIX } } });
  await prisma.creator.createMany({ data: rows });
});

afterAll(async () => {
  await prisma.creator.deleteMany({ where: { id: { startsWith: PREFIX } } });
});

describe("a brief's keywords in the catalog", () => {
  it("finds exactly the creators the SQL finds, for single words and phrases", async () => {
    const state = await freshCatalog();
    const keywords = briefKeywords({ keywords: KEYWORDS });
    expect(keywords.length).toBeGreaterThan(12);
    let found = 0;
    for (const k of keywords) {
      const hit = fitPartsSql({ niches: [], keywords: [k], countries: [], languages: [], platforms: [] }).keywords;
      const sqlIds = (
        await prisma.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT c."id" FROM "Creator" c WHERE c."id" LIKE ${`${PREFIX}%`} AND c."fitTerms" @> ${k.split(" ")}::text[] AND ${hit} > 0 ORDER BY c."id"`)
      ).map((r) => r.id);
      const scanIds = [...keywordSlots(state.catalog, k)].map((i) => state.catalog.ids[i]!).filter((id) => id.startsWith(PREFIX)).sort();
      expect(scanIds, `keyword "${k}"`).toEqual(sqlIds);
      found += sqlIds.length;
    }
    // The corpus is not empty of matches (a test that compares two empty lists proves nothing).
    expect(found).toBeGreaterThan(100);
  });

  it("keeps each keyword's creators true across writes: a bio changed, emptied, and a creator added", async () => {
    const brief = { niches: [], keywords: ["vegan", "honest reviews"], countries: [], languages: [], platforms: [] };
    const before = await freshCatalog();
    keywordHits(before, brief); // the keywords' creators read, then kept
    const holder = rows.find((r) => r.bio?.toLowerCase().includes("vegan"))!;
    const other = rows.find((r) => r.bio && !r.bio.toLowerCase().includes("vegan") && r.id !== holder.id)!;
    await prisma.creator.update({ where: { id: holder.id }, data: { bio: "no longer" } });
    await prisma.creator.update({ where: { id: other.id }, data: { bio: "Honest, REVIEWS: végan!" } });
    await prisma.creator.create({ data: { id: `${PREFIX}new`, platform: "instagram", handle: `${PREFIX}_new`, tier: "micro", followers: 20_000, metricsAsOf: new Date(), bio: "#Vegan honest-reviews" } });
    const after = await freshCatalog();
    const hits = keywordHits(after, brief)!;
    // The SQL's keyword points: FIT_POINTS.keywords x the share of the two keywords found.
    const sqlHits = await prisma.$queryRaw<{ id: string; points: number }[]>(Prisma.sql`
      SELECT c."id", (${fitPartsSql(brief).keywords})::float8 AS points FROM "Creator" c WHERE c."id" LIKE ${`${PREFIX}%`} ORDER BY c."id"`);
    expect(sqlHits.length).toBe(rows.length + 1);
    const catalogShare = sqlHits.map((r) => ({ id: r.id, n: hits[after.catalog.slotOf.get(r.id)!]! }));
    const counts = sqlHits.map((r) => ({ id: r.id, n: Math.round((r.points * 2) / FIT_POINTS.keywords) }));
    expect(catalogShare).toEqual(counts);
    expect(catalogShare.find((r) => r.id === holder.id)!.n).toBe(0);
    expect(catalogShare.find((r) => r.id === other.id)!.n).toBe(2);
    // "#vegan" is a word of its own (# is a word character, as for hashtags): only the phrase counts.
    expect(catalogShare.find((r) => r.id === `${PREFIX}new`)!.n).toBe(1);
    // Keywords first asked after the writes: their candidates are the text index's and the creators
    // written since it was built (the new creator and the two changed bios are not in it yet).
    for (const k of ["reviews", "honest", "vegan honest", "cafe"]) {
      const hit = fitPartsSql({ niches: [], keywords: [k], countries: [], languages: [], platforms: [] }).keywords;
      const sqlIds = (
        await prisma.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT c."id" FROM "Creator" c WHERE c."id" LIKE ${`${PREFIX}%`} AND ${hit} > 0 ORDER BY c."id"`)
      ).map((r) => r.id);
      const scanIds = [...keywordSlots(after.catalog, k)].map((i) => after.catalog.ids[i]!).filter((id) => id.startsWith(PREFIX)).sort();
      expect(scanIds, `keyword "${k}"`).toEqual(sqlIds);
    }
    expect([...keywordSlots(after.catalog, "reviews")].map((i) => after.catalog.ids[i])).toContain(`${PREFIX}new`);
    expect([...keywordSlots(after.catalog, "honest")].map((i) => after.catalog.ids[i])).toContain(other.id);
  });
});
