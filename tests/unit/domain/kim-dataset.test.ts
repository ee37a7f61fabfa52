import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { parseCount } from "../../../lib/domain/metrics";
import { classifyTier } from "../../../lib/domain/tiers";
import { normalizeNiche } from "../../../lib/domain/niches";

import { requireDataset, skipWithoutDataset } from "../../support/datasets";

// The dataset lives next to the repo (../shared/datasets), not in it.
const NAME = "kim_instagram_influencers.csv";

describe("Kim et al. Instagram influencer dataset", () => {
  it.skipIf(skipWithoutDataset(NAME))("parses and tiers 33,935 accounts: 12,349 micro and 677 macro; every category maps to a niche", () => {
    const file = requireDataset(NAME);
    const lines = readFileSync(file, "utf8").split(/\r?\n/).filter((l) => l.trim() !== "");
    expect(lines[0]!.replace(/^\ufeff/, "")).toBe("Username,Category,#Followers,#Followees,#Posts");
    const counts: Record<string, number> = {};
    const unmapped = new Set<string>();
    const categories = new Set<string>();
    for (const line of lines.slice(1)) {
      const cols = line.split(",");
      const f = parseCount(cols[2]);
      expect(f.kind).toBe("value");
      if (f.kind !== "value") continue;
      const tier = classifyTier(f.value);
      counts[tier] = (counts[tier] ?? 0) + 1;
      categories.add(cols[1]!);
      if (normalizeNiche(cols[1]!) === null) unmapped.add(cols[1]!);
    }
    expect(lines.length - 1).toBe(33_935);
    expect(counts.micro).toBe(12_349);
    expect(counts.macro).toBe(677);
    expect([...unmapped]).toEqual([]);
    expect(categories.has("fasion")).toBe(true);
    expect(categories.has("fashion 0.5")).toBe(true);
    expect(normalizeNiche("fasion")).toBe("fashion");
    expect(normalizeNiche("fashion 0.5")).toBe("fashion");
  });
});
