// The mapper judged on a generated corpus of layouts it was not tuned to (tests/support/import-corpus):
// discovery-tool exports and hand-typed sheets, five platforms, seven languages, locale number styles,
// totals beside averages, ranks, country statistics, glued cells, junk lines, nested JSON.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { suggestMapping, type FieldId } from "@/lib/import/mapping";
import { openTable } from "@/lib/import/read";
import { LAYOUTS, build, expectedColumns, type Layout } from "../../support/import-corpus/layouts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "scout-corpus-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

export async function suggestFor(l: Layout, seed: number) {
  const f = join(dir, `${l.name.replace(/\W+/g, "-")}-${seed}.${l.format === "json" ? "json" : l.format === "tsv" ? "tsv" : "csv"}`);
  await writeFile(f, build(l, seed));
  const t = await openTable(f, f);
  const rows: string[][] = [];
  for await (const r of t.rows) if (rows.push(r.cells) >= 1000) break;
  await t.rows.return(undefined);
  return { header: t.header, s: suggestMapping(t.header, { rows, platform: l.tellPlatform ? l.platform : undefined }) };
}

/** Fields a wrong choice of would store wrong numbers: checked whenever the layout has them. */
const IMPORTANT: FieldId[] = ["followers", "handle", "avgLikes", "avgViews", "engagementRate", "price", "country"];

describe("the mapper on the generated corpus", () => {
  it("has at least 25 layouts over five platforms", () => {
    expect(LAYOUTS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(LAYOUTS.map((l) => l.platform))).toEqual(new Set(["instagram", "tiktok", "youtube", "x", "twitch"]));
  });

  for (const l of LAYOUTS) {
    it(l.name, async () => {
      for (const seed of [1, 2, 3]) {
        const { header, s } = await suggestFor(l, seed);
        const want = expectedColumns(l);
        expect(header).toEqual(expect.arrayContaining(Object.values(want)));
        // Every required field right, and confidently so.
        expect({ seed, handle: s.columns.handle, followers: s.columns.followers }).toEqual({ seed, handle: want.handle, followers: want.followers });
        if (!l.vague) expect(s.confident, `${l.name} #${seed}: ${s.notes.join(" ")}`).toBe(true);
        const platform = s.platform?.mode === "fixed" ? s.platform.value : s.platform ? `column:${s.platform.column}` : null;
        expect([l.platform, `column:${l.platformColumn}`]).toContain(platform);
        for (const f of IMPORTANT) if (want[f]) expect({ seed, field: f, column: s.columns[f] ?? null }).toEqual({ seed, field: f, column: want[f] });
        // No field is given a column that holds another field.
        const owner = new Map(Object.entries(want).map(([f, col]) => [col, f]));
        for (const [f, col] of Object.entries(s.columns)) if (owner.has(col!) && !(f === "profileUrl" && col === want.handle)) expect({ seed, col, field: f }).toEqual({ seed, col, field: owner.get(col!) });
        for (const [f, cols] of Object.entries(l.never ?? {})) expect(cols).not.toContain(s.columns[f as FieldId]);
      }
    });
  }
});
