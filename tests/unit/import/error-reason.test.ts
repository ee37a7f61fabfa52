// The reason an import stopped, as the history and the command line say it: one line, the
// database's or Prisma's own words, never an empty "import failed: ".
import { describe, expect, it } from "vitest";
import { errorReason } from "@/lib/import/error-reason";

// As Prisma 7 with the pg adapter words them (printed from real calls against PostgreSQL).
const RAW = "\nInvalid `prisma.$queryRaw()` invocation:\n\n\nRaw query failed. Code: `22021`. Message: `invalid byte sequence for encoding \"UTF8\": 0x00`";
const VALIDATION = "\nInvalid `prisma.creator.create()` invocation in\n/app/lib/queries/x.ts:6:33\n\n→ 6 const e3 = await prisma.creator.create({\n      data: {\n    +   platform: Platform\n      }\n    })\n\nArgument `platform` is missing.";

describe("errorReason", () => {
  it("gives the database's words from a raw query's error", () => {
    expect(errorReason(new Error(RAW))).toBe('invalid byte sequence for encoding "UTF8": 0x00');
  });
  it("gives the last line of a Prisma call's error, not its blank first line or its source", () => {
    expect(errorReason(new Error(VALIDATION))).toBe("Argument `platform` is missing");
  });
  it("gives a plain error's first line, and a name when the message is empty", () => {
    expect(errorReason(new Error("ERROR: value too long for type character varying(64)\nDETAIL: x"))).toBe("value too long for type character varying(64)");
    expect(errorReason(new RangeError(""))).toBe("RangeError");
    expect(errorReason("socket hang up")).toBe("socket hang up");
  });
});
