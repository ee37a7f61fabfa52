import { describe, expect, it } from "vitest";
import { compareProblem, compareQuerySchema } from "@/lib/validation/compare";

const parse = (raw: Record<string, string | string[]>) => compareQuerySchema.safeParse(raw);
const problem = (raw: Record<string, string | string[]>) => {
  const r = parse(raw);
  if (r.success) throw new Error("expected a failure");
  return compareProblem(r.error);
};

describe("compare query", () => {
  it("keeps the order, folds duplicates and reads repeated keys", () => {
    expect(parse({ ids: "b,a, b ,c" }).data?.ids).toEqual(["b", "a", "c"]);
    expect(parse({ ids: ["b,a", "c", "a"] }).data?.ids).toEqual(["b", "a", "c"]);
  });

  it("asks for 2 to 6 creators", () => {
    expect(problem({})).toMatch(/Choose 2 to 6 creators/);
    expect(problem({ ids: "a" })).toBe("Compare needs at least 2 different creators; got 1.");
    expect(problem({ ids: "a,a" })).toBe("Compare needs at least 2 different creators; got 1.");
    expect(problem({ ids: "a,b,c,d,e,f,g" })).toBe("Compare takes at most 6 creators; got 7.");
    expect(parse({ ids: "a,b,c,d,e,f" }).success).toBe(true);
  });

  it("takes a list alone, and an empty brief as none", () => {
    expect(parse({ list: "sl_1", brief: "" }).data).toEqual({ list: "sl_1", ids: undefined, brief: undefined });
  });

  it("refuses malformed ids instead of looking them up", () => {
    expect(problem({ ids: "a,<script>" })).toMatch(/Not a creator id: <script>/);
    expect(parse({ ids: "a,b", list: ["x", "y"] }).success).toBe(false);
    expect(parse({ ids: "a,b", brief: "../x" }).success).toBe(false);
  });
});
