import { describe, expect, it } from "vitest";
import { planQuerySchema, platformsDisjoint, poolSearchQuery, savePlanOptionSchema } from "@/lib/validation/plan";

const fieldsOf = (raw: unknown) => {
  const r = planQuerySchema.safeParse(raw);
  return r.success ? null : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("planQuerySchema", () => {
  it("refuses a missing, negative, zero, absurd or non-numeric budget with a sentence", () => {
    expect(fieldsOf({})).toEqual({ budget: "Give the budget as a number of US dollars." });
    expect(fieldsOf({ budget: "-5" })).toEqual({ budget: "The budget must be more than $0." });
    expect(fieldsOf({ budget: "0" })).toEqual({ budget: "The budget must be more than $0." });
    expect(fieldsOf({ budget: "10000001" })).toEqual({ budget: "The budget can be at most $10,000,000." });
    expect(fieldsOf({ budget: "lots" })).toEqual({ budget: "Give the budget as a number of US dollars." });
  });

  it("reads the same plan from a query string and from a JSON body", () => {
    const fromQuery = planQuerySchema.parse({ budget: "5000", goal: "reach", list: "sl_1", maxCreators: "10", platforms: "instagram,tiktok" });
    const fromBody = planQuerySchema.parse({ budget: 5000, goal: "reach", list: "sl_1", maxCreators: 10, platforms: ["instagram", "tiktok"] });
    expect(fromBody).toEqual(fromQuery);
    expect(fromQuery).toMatchObject({ pool: "list", list: "sl_1", goal: "reach", maxCreators: 10, platforms: ["instagram", "tiktok"] });
  });

  it("defaults to the engagements goal and a search pool; a list pool needs a list", () => {
    expect(planQuerySchema.parse({ budget: "100", niche: "beauty" })).toMatchObject({ goal: "engagements", pool: "search", niche: ["beauty"] });
    expect(fieldsOf({ budget: "100", pool: "list" })).toEqual({ list: "Pick a shortlist for the pool." });
    expect(fieldsOf({ budget: "100", goal: "fame" })).toEqual({ goal: "The goal is reach, engagements or balance." });
  });

  it("narrows the pool's search filters by the limits", () => {
    const q = planQuerySchema.parse({ budget: "100", platform: "instagram,youtube", platforms: "youtube,tiktok", minAuthenticity: "40", minAuth: "70" });
    expect(poolSearchQuery(q)).toMatchObject({ platform: ["youtube"], minAuthenticity: 70 });
    expect(platformsDisjoint(planQuerySchema.parse({ budget: "1", platform: "x", platforms: "twitch" }))).toBe(true);
  });
});

describe("savePlanOptionSchema", () => {
  it("takes the creator ids as a comma list and needs a name for a new list or a list for an existing one", () => {
    expect(savePlanOptionSchema.parse({ mode: "new", name: "Micro picks", creatorIds: "a,b,a" }).creatorIds).toEqual(["a", "b"]);
    expect(savePlanOptionSchema.safeParse({ mode: "new", name: "", creatorIds: "a" }).success).toBe(false);
    expect(savePlanOptionSchema.safeParse({ mode: "existing", creatorIds: "a" }).success).toBe(false);
    expect(savePlanOptionSchema.safeParse({ mode: "new", name: "x", creatorIds: "" }).success).toBe(false);
  });
});
