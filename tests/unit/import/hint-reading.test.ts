// Every figure the mapping step shows uses the reading the import will use (issue 20): on a file
// written with a decimal comma, the hint for average views gives the median of the values as the
// import stores them, never the other reading's (where "396,125" would be 396 thousand).
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { suggestMapping } from "@/lib/import/mapping";
import { openTable } from "@/lib/import/read";
import { decimalCommaFile } from "../../support/import-corpus/decimal-comma";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "scout-hint-reading-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** An odd number of rows (81): one middle value. */
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[(xs.length - 1) / 2]!;

it("a decimal-comma file: the average-views hint shows the median as the import reads it", async () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    const f = decimalCommaFile(seed);
    const path = join(dir, `comma-${seed}.csv`);
    await writeFile(path, f.text);
    const t = await openTable(path, path);
    const rows: string[][] = [];
    for await (const r of t.rows) rows.push(r.cells);
    const s = suggestMapping(t.header, { rows, platform: "youtube" });
    const hint = s.fields.find((x) => x.field === "avgViews");
    expect({ seed, column: hint?.column }).toEqual({ seed, column: "Durchschnittliche Aufrufe" });
    // Averages of 20 to 999 views, stored as whole views: the median is one of those, never thousands.
    const shown = Number(hint!.reason.match(/median ([0-9.,KMB]+)/)![1]);
    // Stored as whole views: the median of the rounded true values.
    expect({ seed, shown }).toEqual({ seed, shown: median(f.views.map((v) => Math.round(v))) });
  }
});
