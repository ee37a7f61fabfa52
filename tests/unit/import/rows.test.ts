import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveMapping } from "@/lib/import/normalize";
import { orderColumns } from "@/lib/import/rejected-csv";
import { rowChecker } from "@/lib/import/rows";

const header = ["handle", "followers", "country"];
const check = () => rowChecker(header.length, resolveMapping({ columns: { handle: "handle", followers: "followers", country: "country" }, platform: { mode: "fixed", value: "instagram" } }, header));

describe("rowChecker (the one verdict the preview, dry run and import share)", () => {
  it("keeps the first occurrence of a handle and names it in the duplicate's reason", () => {
    const c = check();
    expect(c(["@Ann", "12.5k", "Spain"], 2)).toMatchObject({ ok: true, creator: { handle: "ann", followers: 12_500, country: "ES" } });
    expect(c(["ANN", "13k", "Spain"], 5)).toEqual({ ok: false, reason: "duplicate of line 2 (@ann on Instagram); the first occurrence is kept" });
    expect(c(["bob", "1.2M", ""], 6)).toMatchObject({ ok: true, creator: { handle: "bob", followers: 1_200_000 } });
  });

  it("rejects rows with the wrong number of fields before reading them, and tolerates trailing empty fields", () => {
    const c = check();
    expect(c(["short", "=1+2"], 3)).toEqual({ ok: false, reason: "the row has 2 fields, the header has 3 (a missing or extra delimiter?)" });
    expect(c(["trail", "10", "France", "", " "], 4)).toMatchObject({ ok: true, creator: { handle: "trail", country: "FR" } });
  });

  it("does not count a rejected row as the first occurrence of its handle", () => {
    const c = check();
    expect(c(["cat", "N/A", ""], 2)).toEqual({ ok: false, reason: 'followers is missing ("N/A")' });
    expect(c(["cat", "900", ""], 3)).toMatchObject({ ok: true });
  });
});

describe("keyed on channel names", () => {
  it("keeps the name as written as the display name, unless a display-name column says otherwise", () => {
    const header2 = ["Channel name", "Subscribers", "Title"];
    const byName = (columns: Record<string, string>) => rowChecker(3, resolveMapping({ columns, platform: { mode: "fixed", value: "youtube" }, handleFrom: "name" }, header2));
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z][a-z]{2,8}( [A-Z]?[a-z]{1,8}){1,3} [0-9]{1,3}$/), (name) => {
        const v = byName({ handle: "Channel name", followers: "Subscribers" })([`  ${name} `, "8658194", ""], 2);
        expect(v).toMatchObject({ ok: true, creator: { handle: name.toLowerCase(), displayName: name } });
      }),
    );
    expect(byName({ handle: "Channel name", followers: "Subscribers", displayName: "Title" })(["Kids Show 1", "900", "The Kids Show"], 2)).toMatchObject({ ok: true, creator: { displayName: "The Kids Show" } });
    expect(check()(["ann", "900", ""], 2)).toMatchObject({ ok: true, creator: { displayName: null } });
  });
});

describe("orderColumns (rejected-rows file)", () => {
  it("puts the columns in the file's order, then cells beyond the header in position order", () => {
    // JSONB hands keys back by length: the file's order must come from its header.
    expect(orderColumns(["Rank", "IG handle", "Reach"], ["Rank", "Reach", "Column 11", "IG handle", "Column 4"])).toEqual(["Rank", "IG handle", "Reach", "Column 4", "Column 11"]);
    expect(orderColumns(null, ["b", "a"])).toEqual(["b", "a"]);
  });
});

describe("totals and summary rows", () => {
  const words = ["TOTAL", "Totals", "Grand Total", "SUM", "Average", "avg", "Mean", "Median", "Subtotal", "Gesamt", "Summe", "Durchschnitt", "Totaal", "Promedio", "Média", "Moyenne", "Somme", "합계", "평균", "合計", "平均", "小計"];

  it("rejects a row whose handle cell is a summary word in any case, spacing or with a colon, with the reason", () => {
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.constantFrom("", " ", ":", " :", "  "), fc.boolean(), fc.integer({ min: 0, max: 1e9 }), (w, tail, upper, n) => {
        const cell = `${upper ? w.toUpperCase() : w.toLowerCase()}${tail}`;
        const v = check()([cell, String(n), ""], 9);
        expect(v).toEqual({ ok: false, reason: `"${cell.trim()}" is a totals or summary row, not a creator` });
      }),
    );
  });

  it("rejects them when keyed on names too, and keeps handles that merely contain a summary word", () => {
    const byName = rowChecker(2, resolveMapping({ columns: { handle: "Channel", followers: "Subs" }, platform: { mode: "fixed", value: "youtube" }, handleFrom: "name" }, ["Channel", "Subs"]));
    expect(byName(["Grand total", "208736589"], 40)).toMatchObject({ ok: false, reason: expect.stringContaining("totals or summary row") });
    const c = check();
    for (const h of ["totally.real", "avg_joe", "summer", "the.average.cook", "mean_girl", "total_fitness"]) expect(c([h, "1000", ""], 2)).toMatchObject({ ok: true });
  });

  it("names both trailing rows of an exported file (TOTAL, AVERAGE) and imports the creators above them", () => {
    const c = check();
    const lines = [["ana", "1000", ""], ["bo", "2000", ""], ["TOTAL", "3000", ""], ["AVERAGE", "1500", ""]];
    expect(lines.map((l, i) => c(l, i + 2).ok)).toEqual([true, true, false, false]);
  });
});
