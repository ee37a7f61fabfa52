import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvField, csvLine, EXPORT_COLUMNS, exportValues, looksLikeFormula, neutraliseText, safeCell, xlsxCell, xlsxSheetName, type ListRow } from "@/lib/domain/shortlist";

// A tiny RFC 4180 reader, independent of the writer, to read back what csvLine wrote.
function parseCsvRecord(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (ch === '"') quoted = false; else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") { out.push(cur); cur = ""; } else cur += ch;
  }
  out.push(cur);
  return out;
}

describe("spreadsheet-safe cells", () => {
  it.each(["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])("neutralises %j with a leading quote", (s) => {
    expect(neutraliseText(s)).toBe(`'${s}`);
  });

  it("leaves ordinary text and numbers alone, negative numbers included", () => {
    expect(neutraliseText("Anna's beauty")).toBe("Anna's beauty");
    expect(safeCell(-5)).toBe(-5);
    expect(safeCell(3.12)).toBe(3.12);
    expect(safeCell(Number.NaN)).toBeNull();
    expect(csvField(null)).toBe("");
  });

  it("no text cell ever starts a formula, whatever the input", () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const out = neutraliseText(s);
      expect(/^[=+\-@\t\r]/.test(out)).toBe(false);
      // Only ever a prefix: the original text is still all there.
      expect(out.endsWith(s)).toBe(true);
    }));
  });

  it("a CSV record reads back as the neutralised values, with commas, quotes and line breaks kept", () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { minLength: 1, maxLength: 8 }), (values) => {
      const line = csvLine(values);
      expect(line.endsWith("\r\n")).toBe(true);
      const back = parseCsvRecord(line.slice(0, -2));
      expect(back).toEqual(values.map((v) => (v === null ? "" : typeof v === "number" ? String(v) : neutraliseText(v))));
    }));
  });

  it("export rows keep numbers as numbers, in the header's order", () => {
    const row: ListRow = {
      handle: "anna", platform: "instagram", displayName: "=cmd|' /C calc'!A0", country: "US", tier: "micro", followers: 20_000,
      engagementRate: 0.03123, expectedEngagements: 600, fit: 72, authenticityScore: 88, priceLow: 100, priceHigh: 500, priceCurrency: "USD",
      agreedPrice: 450, score: 71, status: "approved", note: "-ask for rates", clientDecision: null, clientComment: null,
    };
    const v = Object.fromEntries(EXPORT_COLUMNS.map((c, i) => [c.key, exportValues(row)[i]]));
    expect(v.followers).toBe(20_000);
    expect(v.engagementRate).toBe(3.12);
    expect(v.priceLow).toBe(450); // agreed replaces the estimate
    expect(v.priceHigh).toBe(450);
    expect(v.priceAgreed).toBe("yes");
    expect(safeCell(v.displayName!)).toBe("'=cmd|' /C calc'!A0");
    expect(safeCell(v.note!)).toBe("'-ask for rates");
  });
});

describe("formula check past leading whitespace and control characters", () => {
  const lead = fc.array(fc.constantFrom(" ", "\u00a0", "\n", "\u000b", "\u0001", "\u200b", "\ufeff", "\u3000", "\u2028"), { maxLength: 5 }).map((a) => a.join(""));
  it.each([" =1+1", "  +A1", "\n-2", "\u200b@SUM(A1)", "\ufeff=cmd", "\u00a0=x"])("neutralises %j", (s) => {
    expect(neutraliseText(s)).toBe(`'${s}`);
  });

  it("any run of whitespace or control characters then = + - @ is neutralised; tab and CR first still are", () => {
    fc.assert(fc.property(lead, fc.constantFrom("=", "+", "-", "@"), fc.string(), (pre, op, rest) => {
      expect(neutraliseText(`${pre}${op}${rest}`)).toBe(`'${pre}${op}${rest}`);
      expect(neutraliseText(`\t${pre}${rest}`)).toBe(`'\t${pre}${rest}`);
      expect(neutraliseText(`\r${rest}`)).toBe(`'\r${rest}`);
    }));
  });

  it("text whose first visible character is not = + - @ is left alone", () => {
    fc.assert(fc.property(lead, fc.string({ minLength: 1 }).filter((s) => !/^[\p{White_Space}\p{Cc}\p{Cf}=+\-@]/u.test(s)), (pre, rest) => {
      expect(looksLikeFormula(`${pre}${rest}`)).toBe(/^[\t\r]/.test(pre));
    }));
  });
});

describe("XLSX cells and sheet names", () => {
  it("an XLSX text cell is written as it is, without the CSV apostrophe", () => {
    fc.assert(fc.property(fc.string(), (s) => {
      expect(xlsxCell(s)).toBe(s);
    }));
    expect(xlsxCell('=HYPERLINK("x")')).toBe('=HYPERLINK("x")');
    expect(xlsxCell(Number.POSITIVE_INFINITY)).toBeNull();
    expect(xlsxCell(2.5)).toBe(2.5);
  });

  it.each([["'Quoted'", "Quoted"], ["History", "History list"], ["history", "History list"], ["'", "Shortlist"], ["a/b:c", "a b c"], ["😀".repeat(20), "😀".repeat(15)]])("%j -> %j", (name, sheet) => {
    expect(xlsxSheetName(name)).toBe(sheet);
  });

  it("any list name gives a sheet name Excel accepts", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 60 }), (name) => {
      const sheet = xlsxSheetName(name);
      expect(sheet.length).toBeGreaterThan(0);
      expect(sheet.length).toBeLessThanOrEqual(31);
      expect(sheet.isWellFormed()).toBe(true);
      expect(/[\\/?*[\]:]/.test(sheet)).toBe(false);
      expect(sheet.startsWith("'") || sheet.endsWith("'")).toBe(false);
      expect(sheet.toLowerCase()).not.toBe("history");
    }));
  });
});
