import { describe, expect, it } from "vitest";
import { emptyBrief, plain as plainText } from "@/lib/domain/fit";
import { overallScoreSql } from "@/lib/queries/search/score-sql";
import { fitScoreSql, isEmptyBrief, likeEscape } from "@/lib/queries/search/fit-sql";

describe("SQL builders", () => {
  it("bind user input as parameters, never as SQL text", () => {
    const evil = "x'); DROP TABLE \"Creator\"; --";
    const s = fitScoreSql({ ...emptyBrief(), keywords: [evil], countries: [evil] });
    expect(s.text).not.toContain("DROP TABLE");
    // The text travels as bound values (the country list, the keyword's LIKE and regexp patterns).
    expect(JSON.stringify(s.values)).toContain("DROP TABLE");
    expect(s.values.some((v) => typeof v === "string" && v.includes("drop"))).toBe(true);
  });

  it("drop components whose weight is zero, and score 0 when nothing is weighted", () => {
    expect(overallScoreSql({ engagement: 1, fit: 0, authenticity: 0, cost: 0 }, null).text).not.toContain("costScore");
    expect(overallScoreSql({ engagement: 0, fit: 1, authenticity: 0, cost: 0 }, null).text).toBe("0::float8");
  });

  it("normalise keywords like lib/domain/fit.ts and escape LIKE wildcards", () => {
    expect(plainText("Crème-Brûlée!")).toBe(" creme brulee ");
    expect(likeEscape("50%_off\\")).toBe("50\\%\\_off\\\\");
    expect(isEmptyBrief({ ...emptyBrief(), keywords: [" ", "!!"] })).toBe(true);
    expect(isEmptyBrief({ ...emptyBrief(), countries: ["US"] })).toBe(false);
  });
});
