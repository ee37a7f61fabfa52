// A file's numeric columns end to end without a database: read the file, resolve each column's
// reading from its first rows (as the preview, the dry run, the import and the CLI do), then every
// row as the import would store it or refuse it.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCount } from "@/lib/domain/metrics";
import type { ImportMapping } from "@/lib/import/mapping";
import { DEFAULT_TIER_THRESHOLDS } from "@/lib/domain/tiers";
import { previewRows } from "@/lib/import/preview";
import { importRows as importFile } from "../../support/import-files";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "scout-numbers-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const importRows = (name: string, body: string, mapping: ImportMapping) => importFile(dir, name, body, mapping);

const JSON_MAPPING: ImportMapping = { columns: { handle: "handle", followers: "followers", avgLikes: "avg_likes" }, platform: { mode: "fixed", value: "instagram" } };

describe("a JSON export whose follower counts use a decimal comma", () => {
  // 49 creators with 1.0-2.1 million followers written with three decimals ("1,234 M"), which a
  // comma-as-thousands reading turns into 1.0-2.1 billion; 11 more written "1,2 M" or "850 K".
  const creators = Array.from({ length: 60 }, (_, i) => {
    const followers = i < 49 ? 1_000_000 + i * 21_000 + 7_000 : i % 2 ? 1_200_000 + i * 100_000 : 850_000;
    const text = i < 49 ? `${(followers / 1e6).toFixed(3).replace(".", ",")} M` : followers >= 1e6 ? `${(followers / 1e6).toFixed(1).replace(".", ",")} M` : "850 K";
    return { handle: `comma_${i}`, profile: { followers: text }, followers: text, avg_likes: `${(followers / 100_000).toFixed(1).replace(".", ",")} K`, expected: followers };
  });
  const body = JSON.stringify(creators.map(({ expected: _e, ...c }) => c), null, 2);

  it("was read value by value as 49 creators with over a billion followers", () => {
    const misread = creators.filter((c) => { const r = parseCount(c.followers); return r.kind === "value" && r.value > 1e9; });
    expect(misread).toHaveLength(49);
  });

  it("is read with a decimal comma for the whole column: every creator kept with the right followers, and the preview says why", async () => {
    const { verdicts, notes, mapping } = await importRows("comma.json", body, JSON_MAPPING);
    expect(mapping.numbers).toEqual({ followers: { decimal: "," }, avgLikes: { decimal: "," } });
    expect(verdicts.map((v) => (v.ok ? v.creator.followers : v.reason))).toEqual(creators.map((c) => c.expected));
    expect(verdicts.every((v) => v.ok && v.creator.followers <= 1e9)).toBe(true);
    expect(notes[0]).toBe("Followers / subscribers: read `1,007 M` as 1,007,000 (decimal comma): the other reading gives 49 values over 1 billion followers and 6 values it cannot read.");
  });
});

describe("the preview", () => {
  it("shows rows read as the import will read them, says how the numbers were read and hands on the readings", async () => {
    const file = join(dir, "preview.csv");
    await writeFile(file, 'handle;followers\nana;"1,2 Mio."\nbo;"16,037 Mio."\ncy;"2,5 Mrd."\n');
    const p = await previewRows(file, "preview.csv", { columns: { handle: "handle", followers: "followers" }, platform: { mode: "fixed", value: "instagram" } }, DEFAULT_TIER_THRESHOLDS);
    expect(p.rows.map((r) => (r.ok ? r.followers : r.reason))).toEqual([1_200_000, 16_037_000, 'followers "2,5 Mrd." reads as 2,500,000,000: over 1 billion followers, not possible']);
    expect(p.notes).toEqual(["Followers / subscribers: read `1,2 Mio.` as 1,200,000 (decimal comma): the other reading gives 1 value over 1 billion followers and 2 values it cannot read."]);
    expect(p.mapping.numbers).toEqual({ followers: { decimal: "," } });
  });
});

describe("values impossible either way are refused on their row, with the reason", () => {
  const mapping: ImportMapping = {
    columns: { handle: "handle", followers: "followers", avgLikes: "avg likes", engagementRate: "er", price: "price" },
    platform: { mode: "fixed", value: "tiktok" },
  };
  it("refuses each impossible value, keeps the rest", async () => {
    const { verdicts } = await importRows("impossible.csv", [
      "handle,followers,avg likes,er,price",
      'ok_one,"12,5 K","1,2 K","3,5%","450"',
      'billions,"2,5 Mrd.",100,"1%",',
      'rate,"50 K",100,"150%",',
      'price,"50 K",100,"2%","2.500.000 $"',
      'yen,"50 K",100,"2%","¥2,000,000"',
      'likes,"2 K","5 Mio.","2%",',
      'negative,"-5",100,"2%",',
    ].join("\n") + "\n", mapping);
    const reasons = verdicts.map((v) => (v.ok ? `kept ${v.creator.followers}` : v.reason));
    expect(reasons).toEqual([
      "kept 12500",
      'followers "2,5 Mrd." reads as 2,500,000,000: over 1 billion followers, not possible',
      'engagement rate "150%" reads as 150%: over 100%, not possible',
      'price "2.500.000 $" reads as 2,500,000: over 1M USD per post, not possible',
      "kept 50000",
      "average likes 5,000,000 is over 100 times the 2,000 followers, not possible",
      "followers: negative count",
    ]);
    const first = verdicts[0]!;
    expect(first.ok && first.creator).toMatchObject({ avgLikes: 1200, importedRate: 0.035, importedPrice: { low: 450, currency: "USD" } });
  });
});
