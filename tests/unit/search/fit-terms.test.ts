// The fitTerms conditions that let a brief's fit threshold come from one GIN index (lib/queries/search/fit-sql.ts).
import { describe, expect, it } from "vitest";
import { fitThresholdConds } from "@/lib/queries/search";
import { fitTermsCondSql, keywordAlternatives } from "@/lib/queries/search/fit-sql";
import type { BrandBrief } from "@/lib/domain/fit";

const brief = (b: Partial<BrandBrief>): BrandBrief => ({ niches: [], keywords: [], countries: [], languages: [], platforms: [], ...b });
/** The key sets of a fitTermsCondSql condition, in order. */
const branches = (s: ReturnType<typeof fitTermsCondSql>) => (s ? s.values.map((v) => v as string[]) : s);

describe("keywordAlternatives", () => {
  it("lists every way to hold enough keywords, a phrase as all its words", () => {
    const b = brief({ keywords: ["Skincare", "routine", "Morning  routine", "skincare"] });
    expect(keywordAlternatives(b, 2, 64)).toEqual([["skincare", "routine"], ["skincare", "morning", "routine"], ["routine", "morning"]]);
    expect(keywordAlternatives(b, 1, 64)).toEqual([["skincare"], ["routine"], ["morning", "routine"]]);
    expect(keywordAlternatives(b, 0, 64)).toEqual([[]]);
    expect(keywordAlternatives(b, 4, 64)).toEqual([]);
    expect(keywordAlternatives(brief({ keywords: "abcdefghij".split("") }), 5, 64)).toBeNull(); // 252 ways
  });
});

describe("fitTermsCondSql", () => {
  it("writes the product of the dimensions as one containment test per branch", () => {
    const s = fitTermsCondSql([[["skincare"], ["routine"]], [["c:US"], ["c:GB"]]]);
    expect(s!.text).toBe('(c."fitTerms" @> $1::text[] OR c."fitTerms" @> $2::text[] OR c."fitTerms" @> $3::text[] OR c."fitTerms" @> $4::text[])');
    expect(branches(s)).toEqual([["skincare", "c:US"], ["skincare", "c:GB"], ["routine", "c:US"], ["routine", "c:GB"]]);
  });

  it("leaves out a dimension that restricts nothing or would pass the cap, and answers FALSE for one that cannot be met", () => {
    expect(branches(fitTermsCondSql([[["a"]], [[], ["b"]]]))).toEqual([["a"]]);
    expect(branches(fitTermsCondSql([[["a"], ["b"]], [["x"], ["y"], ["z"]]], 4))).toEqual([["a"], ["b"]]);
    expect(fitTermsCondSql([[["a"]], []])!.text).toBe("FALSE");
    expect(fitTermsCondSql([[[]]])).toBeNull();
  });
});

describe("fitThresholdConds", () => {
  const b = brief({ niches: [{ id: "beauty", weight: 3 }, { id: "health", weight: 1 }], keywords: ["skincare", "routine"], countries: ["US", "GB"], languages: ["en"], platforms: ["instagram"] });
  it("asks the index for every factor a high threshold needs", () => {
    const [index] = fitThresholdConds(b, 100);
    // fit 100 needs both keywords, both niches exactly, a brief country, the language and the platform.
    expect(branches(index!)).toEqual([
      ["skincare", "routine", "n:beauty", "n:health", "c:US", "l:en", "p:instagram"],
      ["skincare", "routine", "n:beauty", "n:health", "c:GB", "l:en", "p:instagram"],
    ]);
  });
  it("asks less of a lower threshold: one keyword, health through a related niche", () => {
    const [index] = fitThresholdConds(b, 93);
    const keys = branches(index!)!;
    expect(keys.every((k) => k.includes("n:beauty") && (k.includes("skincare") || k.includes("routine")))).toBe(true);
    expect(keys.some((k) => !k.includes("n:health"))).toBe(true);
  });
  it("is FALSE when no creator can reach the threshold", () => {
    expect(fitThresholdConds(brief({ keywords: ["a"] }), 101).map((c) => c.text)).toContain("FALSE");
  });
});
