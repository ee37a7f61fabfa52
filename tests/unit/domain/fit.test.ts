import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { scoreNicheFit, FIT_POINTS, emptyBrief, type BrandBrief, type FitCreator } from "../../../lib/domain/fit";
import { NICHE_IDS } from "../../../lib/domain/niches";
import { PLATFORMS } from "../../../lib/domain/types";

const creator: FitCreator = { niches: ["fashion"], bio: "Berlin based stylist. Sustainable fashion & vintage finds", country: "DE", language: "de", platform: "instagram" };
const brief: BrandBrief = {
  niches: [{ id: "fashion", weight: 1 }],
  keywords: ["sustainable", "vintage", "denim"],
  countries: ["de", "AT"],
  languages: ["DE"],
  platforms: ["instagram", "tiktok"],
};
const reason = (r: ReturnType<typeof scoreNicheFit>, f: string) => r.reasons.find((x) => x.factor === f)!;

describe("scoreNicheFit", () => {
  it("scores a matching creator with readable reasons", () => {
    const r = scoreNicheFit(creator, brief);
    expect(reason(r, "niche")).toEqual({ factor: "niche", points: 60, max: 60, detail: "niche fashion matches (60/60)" });
    expect(reason(r, "keywords").points).toBe(10);
    expect(reason(r, "keywords").detail).toBe('bio mentions "sustainable", "vintage" (10/15)');
    expect(reason(r, "country").detail).toBe("audience country DE in targets (15/15)");
    expect(reason(r, "language").points).toBe(5);
    expect(reason(r, "platform").points).toBe(5);
    expect(r.score).toBe(95);
  });

  it("gives half credit for related niches and weights brief niches", () => {
    const r = scoreNicheFit({ ...creator, niches: ["beauty"] }, { ...brief, niches: [{ id: "fashion", weight: 3 }, { id: "gaming", weight: 1 }] });
    expect(reason(r, "niche").points).toBe(22.5); // 60 * (3 * 0.5) / 4
    expect(reason(r, "niche").detail).toMatch(/related to fashion \(half credit\)/);
  });

  it("reports misses", () => {
    const r = scoreNicheFit({ ...creator, niches: ["gaming"], country: "US", language: null, bio: null, platform: "youtube" }, brief);
    expect(reason(r, "niche").points).toBe(0);
    expect(reason(r, "country").detail).toBe("audience country US not in targets (0/15)");
    expect(reason(r, "language").detail).toBe("language unknown (0/5)");
    expect(reason(r, "keywords").detail).toBe("no bio (0/15)");
    expect(r.score).toBe(0);
  });

  it("does not penalise empty brief sections", () => {
    const r = scoreNicheFit({ ...creator, niches: [], country: null }, emptyBrief());
    expect(r.score).toBe(100);
    for (const x of r.reasons) {
      expect(x.points).toBe(x.max);
      expect(x.detail).toMatch(/^no target set/);
    }
  });

  it("matches keywords as whole words, case- and accent-insensitively", () => {
    const r = scoreNicheFit({ ...creator, bio: "CAFÉ lover, denimhead" }, { ...emptyBrief(), keywords: ["cafe", "denim"] });
    expect(reason(r, "keywords").points).toBe(7.5);
  });

  it("exports the default points summing to 100", () => {
    expect(FIT_POINTS).toEqual({ niche: 60, keywords: 15, country: 15, language: 5, platform: 5 });
  });

  it("is an integer 0-100 equal to the rounded sum of reasons (property)", () => {
    const niche = fc.constantFrom(...NICHE_IDS);
    fc.assert(
      fc.property(
        fc.array(niche, { maxLength: 4 }),
        fc.array(fc.record({ id: niche, weight: fc.double({ min: 0, max: 5, noNaN: true }) }), { maxLength: 4 }),
        fc.array(fc.constantFrom("fashion", "denim", "vegan"), { maxLength: 3 }),
        fc.option(fc.constantFrom("DE", "US", "FR"), { nil: null }),
        fc.array(fc.constantFrom("DE", "US"), { maxLength: 2 }),
        fc.constantFrom(...PLATFORMS),
        (niches, bn, kw, country, countries, platform) => {
          const r = scoreNicheFit(
            { niches, bio: "vegan fashion", country, language: "en", platform },
            { niches: bn, keywords: kw, countries, languages: [], platforms: ["instagram"] },
          );
          expect(Number.isInteger(r.score)).toBe(true);
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(100);
          expect(r.score).toBe(Math.round(r.reasons.reduce((s, x) => s + x.points, 0)));
          for (const x of r.reasons) expect(x.points).toBeLessThanOrEqual(x.max);
        },
      ),
    );
  });
});
