import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultSort, MAX_COUNT, MAX_SEARCH_PAGE_SIZE, normaliseSearchText, parseSearchQueryLenient, parseSearchQueryStrict, searchQueryToParams } from "@/lib/validation/search";

describe("search query schema", () => {
  it("reads every documented parameter with the issue's names", () => {
    const q = parseSearchQueryLenient(new URLSearchParams(
      "q=%20skincare%20&platform=instagram,tiktok&tier=micro&tier=mid&minFollowers=1000&maxFollowers=50000&minEr=1.5&maxEr=8&band=high&niche=beauty,health&country=us,gb&language=EN&minAuthenticity=70&maxPrice=500&hasEmail=true&freshDays=30&brief=brief_acme_skincare&sort=cpe&page=3&pageSize=50&wEng=50&wFit=0",
    ));
    expect(q).toMatchObject({
      q: "skincare", platform: ["instagram", "tiktok"], tier: ["micro", "mid"], minFollowers: 1000, maxFollowers: 50000, minEr: 1.5, maxEr: 8,
      band: ["high"], niche: ["beauty", "health"], country: ["US", "GB"], language: ["en"], minAuthenticity: 70, maxPrice: 500, hasEmail: true,
      freshDays: 30, brief: "brief_acme_skincare", sort: "cpe", order: "asc", page: 3, pageSize: 50, wEng: 50, wFit: 0,
    });
  });

  it("defaults to score, descending, page 1 of 25", () => {
    expect(parseSearchQueryLenient({})).toMatchObject({ sort: "score", order: "desc", page: 1, pageSize: 25 });
  });

  it("caps the page size instead of failing", () => {
    expect(parseSearchQueryStrict(new URLSearchParams("pageSize=5000")).data?.pageSize).toBe(MAX_SEARCH_PAGE_SIZE);
  });

  it("strict mode names each malformed parameter; lenient mode drops them and keeps the rest", () => {
    const raw = new URLSearchParams("tier=micro,giant&minFollowers=abc&sort=best&page=-1&country=USA&hasEmail=maybe&niche=beauty&utm=1");
    const strict = parseSearchQueryStrict(raw);
    expect(strict.success).toBe(false);
    const fields = new Set(strict.error!.issues.map((i) => i.path[0]));
    expect(fields).toEqual(new Set(["tier", "minFollowers", "sort", "page", "country", "hasEmail"]));
    const lenient = parseSearchQueryLenient(raw);
    expect(lenient).toMatchObject({ niche: ["beauty"], sort: "score", page: 1 });
    expect(lenient.tier).toBeUndefined();
    expect(lenient.minFollowers).toBeUndefined();
  });

  it("round-trips through URL parameters, omitting defaults", () => {
    const q = parseSearchQueryLenient(new URLSearchParams("q=anna&tier=nano,micro&sort=followers&order=desc&page=1&pageSize=25"));
    const usp = searchQueryToParams(q);
    expect(usp.toString()).toBe("q=anna&tier=nano%2Cmicro&sort=followers");
    expect(parseSearchQueryLenient(usp)).toEqual(q);
  });
});

describe("free text", () => {
  it("is lower case with single spaces and no leading @, so that \"@ Anna\" finds the handle anna", () => {
    expect(normaliseSearchText("  @ Anna  Lee ")).toBe("anna lee");
    expect(normaliseSearchText("@@anna")).toBe("anna");
    expect(normaliseSearchText("a @b")).toBe("a @b");
  });
  it("sorts by relevance only when some text is left", () => {
    expect(defaultSort({ q: "@ @" })).toBe("score");
    expect(defaultSort({ q: "@anna" })).toBe("relevance");
  });
});

describe("follower counts", () => {
  it("accept 0..2,147,483,647 (the int4 column) and refuse anything larger with a message naming the bound", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_COUNT }), fc.integer({ min: MAX_COUNT + 1, max: Number.MAX_SAFE_INTEGER }), (ok, big) => {
        const good = parseSearchQueryStrict(new URLSearchParams(`minFollowers=${ok}&maxFollowers=${ok}`));
        expect(good.success && good.data.minFollowers).toBe(ok);
        const bad = parseSearchQueryStrict(new URLSearchParams(`minFollowers=${big}`));
        expect(bad.success).toBe(false);
        expect(JSON.stringify(bad.error?.issues)).toContain("2,147,483,647");
      }),
    );
    expect(parseSearchQueryStrict(new URLSearchParams("maxFollowers=9999999999")).success).toBe(false);
  });
});
