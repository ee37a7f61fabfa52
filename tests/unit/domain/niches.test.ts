import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { NICHES, NICHE_IDS, normalizeNiche, parseNiches, relatedNiches, editDistance, normaliseLabel, isNicheId, nicheName } from "../../../lib/domain/niches";

describe("NICHES", () => {
  it("has unique ids, labels and valid related ids", () => {
    expect(NICHES.map((n) => n.id)).toEqual([...NICHE_IDS]);
    for (const n of NICHES) for (const r of n.related) expect(isNicheId(r)).toBe(true);
  });
  it("no synonym maps to two niches", () => {
    const seen = new Map<string, string>();
    for (const n of NICHES)
      for (const s of [n.id, ...n.synonyms]) {
        const k = normaliseLabel(s);
        if (seen.has(k)) expect(seen.get(k)).toBe(n.id);
        seen.set(k, n.id);
      }
  });
  it("every niche normalises from its own id and label", () => {
    for (const n of NICHES) {
      expect(normalizeNiche(n.id)).toBe(n.id);
      expect(normalizeNiche(n.label)).toBe(n.id);
    }
  });
});

describe("normalizeNiche", () => {
  it.each([
    ["fasion", "fashion"],
    ["fashion 0.5", "fashion"],
    ["FASHION", "fashion"],
    ["skincare", "beauty"],
    ["makeup", "beauty"],
    ["Cosmetics", "beauty"],
    ["Beauté", "beauty"],
    ["Music & Dance", "music"],
    ["Sports with a ball", "sports"],
    ["Lifestyle", "lifestyle"],
    ["Shows", "entertainment"],
    ["Humor & Fun & Happiness", "entertainment"],
    ["Cinema & Actors/actresses", "entertainment"],
    ["Video games", "gaming"],
    ["Food & Cooking", "food"],
    ["Animation", "entertainment"],
    ["Education", "education"],
    ["Science & Technology", "tech"],
    ["Fitness & Gym", "fitness"],
    ["Beauty", "beauty"],
    ["Clothing & Outfits", "fashion"],
    ["Travel", "travel"],
    ["Family", "family"],
    ["Pets", "pets"],
    ["pet", "pets"],
    ["Finance & Economics", "finance"],
    ["Art/Artists", "art"],
    ["Photography", "art"],
    ["DIY & Life Hacks", "home"],
    ["Kids & Toys", "family"],
    ["Nature & landscapes", "travel"],
    ["News & Politics", "news"],
    ["Autos & Vehicles", "automotive"],
    ["Health & Self Help", "health"],
    ["interior", "home"],
    ["other", "other"],
    ["  travel!! ", "travel"],
    ["travle", "travel"],
    ["fitnes", "fitness"],
    ["lifestlye", "lifestyle"],
    ["entertainmnet", "entertainment"],
  ] as const)("%j -> %s", (raw, id) => {
    expect(normalizeNiche(raw)).toBe(id);
  });
  it.each(["", "   ", "xyz", "tehc", "abcdefgh", "Adult content", "Fashion & Beauty"])("%j -> null", (raw) => {
    expect(normalizeNiche(raw)).toBeNull();
  });
});

describe("parseNiches", () => {
  it("splits composite labels that are not synonyms themselves", () => {
    expect(parseNiches("Fashion & Beauty")).toEqual(["fashion", "beauty"]);
    expect(parseNiches("travel, food; pets | gaming / music")).toEqual(["travel", "food", "pets", "gaming", "music"]);
    expect(parseNiches("fitness and health")).toEqual(["fitness", "health"]);
  });
  it("keeps whole synonyms whole and dedupes", () => {
    expect(parseNiches("Music & Dance")).toEqual(["music"]);
    expect(parseNiches(["Fashion", "fasion", "Clothing & Outfits", "Beauty"])).toEqual(["fashion", "beauty"]);
    expect(parseNiches(["", "???", "Humor"])).toEqual(["entertainment"]);
    expect(parseNiches(null)).toEqual([]);
  });
  it("always returns valid, unique ids (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(fc.string())), (raw) => {
        const r = parseNiches(raw);
        expect(new Set(r).size).toBe(r.length);
        for (const id of r) expect(isNicheId(id)).toBe(true);
      }),
    );
  });
});

describe("relatedNiches / editDistance", () => {
  it("is symmetric and excludes itself", () => {
    for (const id of NICHE_IDS) {
      expect(relatedNiches(id)).not.toContain(id);
      for (const r of relatedNiches(id)) expect(relatedNiches(r)).toContain(id);
    }
    expect(relatedNiches("fashion")).toContain("beauty");
    expect(relatedNiches("other")).toEqual([]);
  });
  it("computes edit distances with transpositions", () => {
    expect(editDistance("travel", "travle")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("abc", "xyz12345", 2)).toBe(3);
  });
});

describe("nicheName", () => {
  it("shows a stored niche by its name, and an unknown value as stored", () => {
    expect(nicheName("beauty")).toBe("Beauty");
    expect(nicheName("food")).toBe("Food & Drink");
    expect(nicheName("underwater basket weaving")).toBe("underwater basket weaving");
  });
});
