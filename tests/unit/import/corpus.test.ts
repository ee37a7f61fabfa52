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
  // Small and larger files: the profile must hold on 12 rows as on 300.
  await writeFile(f, build(l, seed, [12, 80, 300][seed % 3]));
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

describe("adversarial files modelled on the header-only mapper's failures", () => {
  it("a Windows-1252 channel-statistics export: no handle guessed from category words, no price from a country statistic", async () => {
    const iconv = (await import("iconv-lite")).default;
    const cats = ["Música", "Gaming", "Education", "Comedy", "Entertainment", "Sports"];
    const lines = ["Rank,Channel,Channel name,Subscribers,Video views,Country,Country share,Rate"];
    for (let i = 1; i <= 300; i++) lines.push(`${i},${cats[i % 6]},Crème Brûlée TV ${i},${2_000_000 - i * 3_001},${900_000_000 - i * 77_777},${["Brazil", "México", "España"][i % 3]},${(10 + (i % 30)).toFixed(1)},${3 + (i % 8)}`);
    const f = join(dir, "channel-stats-1252.csv");
    await writeFile(f, iconv.encode(lines.join("\r\n") + "\r\n", "win1252"));
    const t = await openTable(f, f);
    const rows: string[][] = [];
    for await (const r of t.rows) if (rows.push(r.cells) >= 1000) break;
    await t.rows.return(undefined);
    expect(t.sniffed.encoding).toBe("windows-1252");
    const s = suggestMapping(t.header, { rows });
    expect(s.columns.handle).toBeUndefined();
    expect(s.columns.price).toBeUndefined();
    expect(s.columns.followers).toBe("Subscribers");
    expect(s.columns.country).toBe("Country");
    expect(s.platform).toEqual({ mode: "fixed", value: "youtube" }); // "Subscribers" hints at YouTube
    expect(s.confident).toBe(false);
    expect(s.nameColumn).toBe("Channel name");
  });

  it("a TikTok export with handles and display names (some without spaces) keys on the handles", async () => {
    const lines = ["Nickname,Username,Followers,Likes"];
    for (let i = 0; i < 120; i++) lines.push(`${i % 3 ? `Luna ${i}` : `LUNA${i}`},luna.${i}_x,${10_000 + i * 913},${1_000 + i}`);
    const f = join(dir, "tiktok-two-names.csv");
    await writeFile(f, lines.join("\n") + "\n");
    const t = await openTable(f, f);
    const rows: string[][] = [];
    for await (const r of t.rows) if (rows.push(r.cells) >= 1000) break;
    await t.rows.return(undefined);
    const s = suggestMapping(t.header, { rows, platform: "tiktok" });
    expect(s.columns).toMatchObject({ handle: "Username", displayName: "Nickname", followers: "Followers" });
    expect(s.confident).toBe(true);
  });
});
