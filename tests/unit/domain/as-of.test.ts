import { describe, expect, it } from "vitest";
import { parseAsOf } from "@/lib/domain/as-of";

const NOW = new Date("2026-12-06T12:00:00Z");
describe("as-of dates", () => {
  it("reads a calendar date as midnight UTC", () => {
    expect(parseAsOf("2026-09-01", NOW)).toEqual({ ok: true, date: new Date("2026-09-01T00:00:00Z") });
  });
  it("refuses what is not a date, a future date and an implausible year, saying why", () => {
    expect(parseAsOf("2026-02-30", NOW)).toMatchObject({ ok: false, reason: expect.stringContaining("not a calendar date") });
    expect(parseAsOf("01/09/2026", NOW)).toMatchObject({ ok: false, reason: expect.stringContaining("YYYY-MM-DD") });
    expect(parseAsOf("2027-01-01", NOW)).toMatchObject({ ok: false, reason: expect.stringContaining("future") });
    expect(parseAsOf("1999-01-01", NOW)).toMatchObject({ ok: false, reason: expect.stringContaining("2004") });
  });
});
