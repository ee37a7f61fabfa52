// Issue 20: the rejected-rows CSV did not neutralise a formula after a leading space, NBSP, control
// character, BOM or zero-width character (the shortlist export did). A spreadsheet skips those and
// runs the formula; every such cell must reach it as text (a leading apostrophe).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, rejectedLine } from "@/lib/import/rejected-csv";

const SKIPPED = [" ", "\u00a0", "\u0001", "\u001f", "\ufeff", "\u200b", "\u200d", "\u2060"];
const STARTS = ["=", "+", "-", "@"];

/** The cell's text as a spreadsheet reads it back from one CSV field (RFC 4180 unquoting). */
const unquote = (field: string) => (field.startsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field);

describe("rejected-rows CSV cells", () => {
  it.each(SKIPPED.flatMap((p) => STARTS.map((s) => [p, s])))("%j then %s: kept as text", (pre, start) => {
    const cell = `${pre}${start}HYPERLINK("http://evil.example","x")`;
    expect(unquote(csvCell(cell)).startsWith("'")).toBe(true);
  });

  it("any run of skipped characters before a formula start is neutralised, in a whole rejected line too", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SKIPPED), { minLength: 1, maxLength: 4 }), fc.constantFrom(...STARTS), fc.string(), (pre, start, rest) => {
        const cell = `${pre.join("")}${start}${rest}`;
        expect(unquote(csvCell(cell)).startsWith("'")).toBe(true);
        const line = rejectedLine(["name"], { line: 3, reason: "bad", raw: { name: cell } });
        expect(line.endsWith("\r\n")).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("leaves plain text and numbers alone", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell(" plain")).toBe(" plain");
    expect(csvCell(12)).toBe("12");
    expect(csvCell(null)).toBe("");
  });
});
