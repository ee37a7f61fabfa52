// Issue 20's unseen-file cases through the real import (runImport, as the CLI and the worker run it)
// against real PostgreSQL, on generated files (tests/support/import-corpus/keys.ts): YouTube channel
// IDs stored in their exact case whatever way the file writes them, a category that matches no niche
// kept as the creator's label, and the rows with impossible engagement rates refused with the reason.
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { profileUrlFor } from "@/lib/domain/profile-url";
import { sha256File } from "@/lib/import/files";
import { runImport } from "@/lib/import/pipeline";
import { jobStatusView } from "@/lib/import/status";
import { createImportJob, getImportJob } from "@/lib/queries/import-jobs";
import { closeImportPools } from "@/lib/queries/import-pool";
import { keyFile, type KeyStyle } from "../support/import-corpus/keys";

let dir: string;
let db: pg.Client;
const written: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "scout-import-keys-"));
  db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
});
afterAll(async () => {
  await db.query(`DELETE FROM "Creator" WHERE platform = 'youtube' AND handle = ANY($1)`, [written]);
  await db.query(`DELETE FROM "ImportJob" WHERE "storagePath" LIKE $1`, [`${dir}%`]);
  await db.end();
  await closeImportPools();
  await rm(dir, { recursive: true, force: true });
});

describe("channel IDs, unknown categories and impossible rates through the import", () => {
  for (const [style, seed] of [["bare", 31], ["url", 32], ["glued", 33]] as [KeyStyle, number][]) {
    it(`${style} IDs: stored as written, linked to their channel, the category kept as a label`, async () => {
      const f = keyFile(style, seed);
      const file = join(dir, `${style}.csv`);
      await writeFile(file, f.text);
      const job = await createImportJob({
        fileName: `${style}.csv`, fileHash: await sha256File(file), fileSize: 1, storagePath: file, format: "csv", createdById: null,
        createdByLabel: "command line (test)", mapping: { columns: f.columns, platform: { mode: "fixed", value: "youtube" } }, status: "queued",
      });
      const counts = await runImport(job.id);
      const kept = f.truth.filter((t) => !t.implausibleRate);
      written.push(...kept.map((t) => t.id));
      expect(counts).toMatchObject({ created: kept.length, rejected: f.truth.length - kept.length });
      const { rows } = await db.query<{ handle: string; niches: string[]; categoryLabel: string | null }>(
        `SELECT handle, niches, "categoryLabel" FROM "Creator" WHERE platform = 'youtube' AND handle = ANY($1)`, [kept.map((t) => t.id)]);
      const byId = new Map(rows.map((r) => [r.handle, r]));
      for (const t of kept) {
        expect(byId.get(t.id), `channel ${t.id} stored as written`).toMatchObject({ niches: [], categoryLabel: t.genre });
        expect(profileUrlFor("youtube", t.id)).toBe(`https://www.youtube.com/channel/${t.id}`);
      }
      const reasons = (await db.query<{ reason: string }>(`SELECT reason FROM "ImportRowError" WHERE "importJobId" = $1`, [job.id])).rows.map((r) => r.reason);
      expect(reasons).toHaveLength(f.truth.length - kept.length);
      for (const r of reasons) expect(r).toMatch(/engagement rate "[0-9.]+%" reads as [0-9,.]+%: over 100%, not possible/);
      // The summary the admin import page shows counts and lists what the preview flagged, for every row.
      const flags = jobStatusView((await getImportJob(job.id))!).flags;
      expectFlags(f, flags);
    });
  }

  it("the command line's dry run counts and lists the implausible rates and the categories that match no niche, writing nothing", async () => {
    const f = keyFile("bare", 34);
    const file = join(dir, "dry.csv");
    await writeFile(file, f.text);
    const map = Object.entries(f.columns).map(([k, v]) => `${k}=${v}`).join(",");
    const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/import.ts", file, "--platform", "youtube", "--map", map, "--dry-run"], {
      cwd: resolve(__dirname, "../.."), env: process.env, encoding: "utf8", timeout: 120_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const said = r.stderr.split("\n").filter((l) => l.startsWith("dry run: "));
    expectFlags(f, said);
    const stored = await db.query(`SELECT count(*)::int AS n FROM "Creator" WHERE platform = 'youtube' AND handle = ANY($1)`, [f.truth.map((t) => t.id)]);
    expect(stored.rows[0].n).toBe(0);
  });
});

describe("a flag that quotes a NUL byte", () => {
  it("completes the import, and the summary shows the byte as ␀ (jsonb refuses a NUL: the finished import used to fail)", async () => {
    const file = join(dir, "nul-category.csv");
    // A NUL in the first 64 KB makes the file binary: the NULs come after 100 KB of rows.
    const handles = Array.from({ length: 2_000 }, (_, i) => `nulcat_${i}`);
    const lines = handles.map((h, i) => `${h},${12_000 + i},${i >= 1_900 && i % 3 === 0 ? "cook\u0000ing" : "food"},${"x".repeat(40)}`);
    await writeFile(file, ["handle,followers,category,bio", ...lines].join("\n") + "\n");
    const job = await createImportJob({
      fileName: "nul-category.csv", fileHash: await sha256File(file), fileSize: 1, storagePath: file, format: "csv", createdById: null,
      createdByLabel: "command line (test)", mapping: { columns: { handle: "handle", followers: "followers", niche: "category", bio: "bio" }, platform: { mode: "fixed", value: "youtube" } }, status: "queued",
    });
    written.push(...handles);
    const counts = await runImport(job.id);
    expect(counts).toMatchObject({ created: 2_000 });
    const done = (await getImportJob(job.id))!;
    expect(done.status).toBe("completed");
    const flags = jobStatusView(done).flags;
    expect(flags.some((f) => f.includes("cook\u2400ing")), flags.join(" | ")).toBe(true);
  });
});

/** What the file's truth says must be flagged: the rates far above their size (with lines and rates), the categories kept as labels. */
function expectFlags(f: ReturnType<typeof keyFile>, flags: string[]) {
  const lineOf = (i: number) => String(i + 2); // the header is line 1
  const high = f.truth.flatMap((t, i) => (t.highRate ? [lineOf(i)] : []));
  const implausible = flags.find((x) => /far above what accounts of their size reach/.test(x));
  expect(implausible, `${f.name}: ${flags.join(" | ")}`).toContain(`${high.length} row`);
  expect(implausible).toContain(`of ${f.truth.length}`);
  for (const l of high) expect(implausible).toMatch(new RegExp(`\\b${l} \\([0-9.,]+%\\)`));
  const kept = f.truth.filter((t) => !t.implausibleRate);
  const unmatched = flags.find((x) => /matches no niche/.test(x));
  expect(unmatched, `${f.name}: ${flags.join(" | ")}`).toContain(`${kept.length} rows`);
  expect(unmatched).toContain(`“${f.columns.niche}”`);
  expect(unmatched).toContain(kept[0]!.genre);
}
