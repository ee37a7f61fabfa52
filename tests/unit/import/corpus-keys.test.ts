// Issue 20's misreadings of unseen files, on generated exports (tests/support/import-corpus/keys.ts):
// a key column of YouTube channel IDs (bare, in their address, glued after a name) beside links to
// another platform. The platform must come from the key column, with a confidence that admits the
// conflict; the IDs keep their case and link to youtube.com/channel/…; implausible rates are flagged.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { profileUrlFor } from "@/lib/domain/profile-url";
import { CONFIDENT, suggestMapping } from "@/lib/import/mapping";
import { normalizeRow, resolveMapping } from "@/lib/import/normalize";
import { resolveNumberReadings } from "@/lib/import/number-columns";
import { previewRows } from "@/lib/import/preview";
import { openTable } from "@/lib/import/read";
import { DEFAULT_TIER_THRESHOLDS } from "@/lib/domain/tiers";
import { keyFile, type KeyFile, type KeyStyle } from "../../support/import-corpus/keys";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "scout-corpus-keys-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function read(f: KeyFile) {
  const path = join(dir, `${f.name.replace(/\W+/g, "-")}.csv`);
  await writeFile(path, f.text);
  const t = await openTable(path, path);
  const rows: string[][] = [];
  for await (const r of t.rows) rows.push(r.cells);
  return { header: t.header, rows, path };
}

const STYLES: KeyStyle[] = ["bare", "url", "glued"];
const SEEDS = [11, 12, 13, 14];

describe("a key column of YouTube channel IDs beside another platform's links", () => {
  for (const style of STYLES) {
    it(`${style} IDs: YouTube from the key column, with a confidence below certain that names the links`, async () => {
      for (const seed of SEEDS) {
        const f = keyFile(style, seed);
        const { header, rows } = await read(f);
        const s = suggestMapping(header, { rows });
        expect({ seed, platform: s.platform, handle: s.columns.handle, followers: s.columns.followers }).toEqual({ seed, platform: { mode: "fixed", value: "youtube" }, handle: f.columns.handle, followers: f.columns.followers });
        expect(s.platformConfidence).toBeLessThan(CONFIDENT);
        expect(s.platformReason).toContain(f.linkColumn);
        expect(s.confident).toBe(false);
        // The other platform's links are no profile of these channels (a column of channel addresses may be).
        expect(s.columns.profileUrl === undefined || s.columns.profileUrl === f.columns.handle).toBe(true);
      }
    });

    it(`${style} IDs: kept in their exact case, linked to youtube.com/channel/…, and implausible rates refused with their rows`, async () => {
      for (const seed of SEEDS) {
        const f = keyFile(style, seed);
        const { header, rows } = await read(f);
        const mapping = { columns: f.columns, platform: { mode: "fixed" as const, value: "youtube" as const } };
        const { numbers } = resolveNumberReadings(mapping, header, rows);
        const resolved = resolveMapping({ ...mapping, numbers }, header);
        rows.forEach((cells, i) => {
          const r = normalizeRow(cells, resolved);
          const want = f.truth[i]!;
          if (want.implausibleRate) {
            expect({ seed, i, ok: r.ok }).toEqual({ seed, i, ok: false });
            expect(!r.ok && r.reason).toMatch(/engagement rate .*over 100%/);
            return;
          }
          expect({ seed, i, ok: r.ok, handle: r.ok ? r.creator.handle : null }).toEqual({ seed, i, ok: true, handle: want.id });
          expect(profileUrlFor("youtube", want.id)).toBe(`https://www.youtube.com/channel/${want.id}`);
        });
      }
    });
  }

  it("without another platform's links, the IDs alone make the file YouTube's, confidently", async () => {
    for (const style of STYLES) {
      for (const seed of SEEDS) {
        const f = keyFile(style, seed, { links: false });
        const { header, rows } = await read(f);
        const s = suggestMapping(header, { rows });
        expect({ style, seed, platform: s.platform, handle: s.columns.handle }).toEqual({ style, seed, platform: { mode: "fixed", value: "youtube" }, handle: f.columns.handle });
        expect(s.platformConfidence).toBeGreaterThanOrEqual(CONFIDENT);
      }
    }
  });

  it("a handle that only looks like an ID (wrong final character, or lower case) stays a handle, lower-cased", () => {
    const header = ["Channel handle", "Subscribers"];
    const mapping = resolveMapping({ columns: { handle: "Channel handle", followers: "Subscribers" }, platform: { mode: "fixed", value: "youtube" } }, header);
    const notAnId = normalizeRow(["UCabcdefghijklmnopqrstuZ", "5000"], mapping); // 24 characters, but no ID ends in Z
    expect(notAnId.ok && notAnId.creator.handle).toBe("ucabcdefghijklmnopqrstuz");
    expect(profileUrlFor("youtube", "ucabcdefghijklmnopqrstuz")).toBe("https://www.youtube.com/@ucabcdefghijklmnopqrstuz");
  });

  it("the preview flags, before anything is written, the impossible rates, the implausible ones and the categories that match no niche", async () => {
    for (const style of STYLES) {
      for (const seed of SEEDS) {
        const f = keyFile(style, seed);
        const { path } = await read(f);
        const mapping = { columns: f.columns, platform: { mode: "fixed" as const, value: "youtube" as const } };
        const p = await previewRows(path, path, mapping, DEFAULT_TIER_THRESHOLDS);
        const lineOf = (i: number) => String(i + 2); // the header is line 1
        const impossible = f.truth.flatMap((t, i) => (t.implausibleRate ? [lineOf(i)] : []));
        const high = f.truth.flatMap((t, i) => (t.highRate ? [lineOf(i)] : []));
        const refused = p.flags.find((x) => /cannot be true and will be refused/.test(x));
        expect(refused, `${f.name}: ${p.flags.join(" | ")}`).toBeDefined();
        expect(refused).toContain(`${impossible.length} row`);
        for (const l of impossible) expect(refused).toMatch(new RegExp(`\\b${l}\\b`));
        const implausible = p.flags.find((x) => /far above what accounts of their size reach/.test(x));
        expect(implausible, `${f.name}: ${p.flags.join(" | ")}`).toContain(`${high.length} row`);
        for (const l of high) expect(implausible).toMatch(new RegExp(`\\b${l} \\(`));
        // Every category is in another script: every row that is imported has one that matches no niche.
        const kept = f.truth.filter((t) => !t.implausibleRate);
        const unmatched = p.flags.find((x) => /matches no niche/.test(x));
        expect(unmatched).toContain(`${kept.length} rows`);
        expect(unmatched).toContain(`“${f.columns.niche}”`);
        expect(unmatched).toContain(kept[0]!.genre);
      }
    }
  });
});
