// The import page's progress line: rows in agreement with their number, a rate only when it means
// something (measured over a second or more), in the formatting module's words.
import { describe, expect, it } from "vitest";
import { emailBreakParts, formatRate } from "@/lib/domain/format";
import { jobStatusView, rowsLine } from "@/lib/import/status";

const job = (over: Partial<Parameters<typeof jobStatusView>[0]>, now = Date.UTC(2026, 0, 1, 0, 0, 10)) => jobStatusView({
  id: "j", fileName: "f.csv", fileHash: "h", fileSize: 10n, status: "completed", dryRun: false, totalRows: null, processedRows: 120,
  createdCount: 0, updatedCount: 0, unchangedCount: 0, rejectedCount: 0, byTier: null, error: null,
  startedAt: new Date("2026-01-01T00:00:00Z"), finishedAt: new Date("2026-01-01T00:02:00Z"), createdAt: new Date("2026-01-01T00:00:00Z"), ...over,
}, now);

describe("formatRate", () => {
  it("agrees in number and groups thousands", () => {
    expect(formatRate(1, "row", 5000)).toBe("1 row/s");
    expect(formatRate(1.4, "row", 5000)).toBe("1 row/s");
    expect(formatRate(2, "row", 5000)).toBe("2 rows/s");
    expect(formatRate(12_400, "row", 5000)).toBe("12,400 rows/s");
    expect(formatRate(0.3, "row", 5000)).toBe("under 1 row/s");
  });
  it("says nothing when measured over less than a second, or when there is no rate", () => {
    expect(formatRate(33, "row", 30)).toBeNull();
    expect(formatRate(1000, "row", 999)).toBeNull();
    expect(formatRate(0, "row", 5000)).toBeNull();
    expect(formatRate(null, "row", 5000)).toBeNull();
  });
});

describe("rowsLine", () => {
  it("a finished two-minute job of 120 rows: 1 row/s, not '1 rows/s'", () => {
    expect(rowsLine(job({}))).toBe("120 / 120 rows · 1 row/s · took 2m 0s");
  });
  it("a one-row file read in 30 ms: one row, no rate", () => {
    const line = rowsLine(job({ processedRows: 1, finishedAt: new Date("2026-01-01T00:00:00.030Z") }));
    expect(line).toBe("1 / 1 row · took under 1s");
    expect(line).not.toMatch(/\/s/);
  });
  it("a running job: the rate and the time left", () => {
    const running = job({ status: "running", totalRows: 10_000, processedRows: 2_000, finishedAt: null });
    expect(rowsLine(running)).toBe("2,000 / 10,000 rows · 200 rows/s · about 40s left");
  });
});

describe("emailBreakParts", () => {
  it("breaks after the @ and before each dot, never inside a word", () => {
    expect(emailBreakParts("ana.ruiz@mail.example.com")).toEqual(["ana", ".ruiz@", "mail", ".example", ".com"]);
    expect(emailBreakParts("hello@brand.co")).toEqual(["hello@", "brand", ".co"]);
    expect(emailBreakParts("x")).toEqual(["x"]);
  });
  it("loses no character", () => {
    for (const e of ["ana.ruiz@mail.example.com", "a..b@c", "@x.y", "first.last+tag@sub.domain.org"]) expect(emailBreakParts(e).join("")).toBe(e);
  });
});
