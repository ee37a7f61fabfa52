import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { guardProblem } from "@/lib/import/guards";

const handles = fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9_]{2,12}$/), { minLength: 10, maxLength: 60 });
const platformNames = fc.constantFrom(["Instagram", "TikTok"], ["instagram", "tiktok"], ["IG", "TikTok"], ["YouTube", "X"], ["Twitch", "Instagram"]);

describe("guardProblem: the duplicate-handle guard", () => {
  it("counts (platform, handle) pairs when the platform comes from a column: one handle on two platforms is two creators", () => {
    fc.assert(
      fc.property(handles, platformNames, ([...hs], [p1, p2]) => {
        const handleCells = [...hs, ...hs];
        const platformCells = [...hs.map(() => p1!), ...hs.map(() => p2!)];
        expect(guardProblem({ handleColumn: "Handle", handleCells, platformCells, rejectReasons: [] })).toBeNull();
      }),
    );
  });

  it("still stops a file that repeats handles on the same platform, whichever way the platform is written", () => {
    fc.assert(
      fc.property(handles, ([...hs]) => {
        const handleCells = [...hs, ...hs];
        const platformCells = [...hs.map(() => "Instagram"), ...hs.map(() => "IG")];
        expect(guardProblem({ handleColumn: "Handle", handleCells, platformCells, rejectReasons: [] })).toMatch(/repeats its values/);
        expect(guardProblem({ handleColumn: "Handle", handleCells, rejectReasons: [] })).toMatch(/repeats its values/);
      }),
    );
  });
});
