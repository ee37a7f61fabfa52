// The database out of reach, in every shape the stack reports it, is a 503 with Retry-After and a
// message that names no server; anything else keeps its own mapping (issue 20: it was a bare 500).
import { describe, expect, it } from "vitest";
import { errorResponse, mapError } from "@/lib/http/errors";
import { NotFoundError } from "@/lib/domain/errors";
import { DatabaseUnavailableError, isDatabaseUnavailable } from "@/lib/server/db-unavailable";

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

const UNAVAILABLE: [string, unknown][] = [
  ["pg: connection refused", Object.assign(withCode("connect ECONNREFUSED 10.9.8.7:5432", "ECONNREFUSED"), { address: "10.9.8.7", port: 5432 })],
  ["pg: both addresses refused (AggregateError)", Object.assign(new AggregateError([withCode("connect ECONNREFUSED ::1:5432", "ECONNREFUSED")], ""), { code: "ECONNREFUSED" })],
  ["pg: reset", withCode("read ECONNRESET", "ECONNRESET")],
  ["server shutting down (57P01)", withCode("terminating connection due to administrator command", "57P01")],
  ["server starting (57P03)", withCode("the database system is starting up", "57P03")],
  ["connection exception class 08", withCode("connection failure", "08006")],
  ["pg: terminated", new Error("Connection terminated unexpectedly")],
  ["pg-pool: connect timeout", new Error("timeout exceeded when trying to connect")],
  ["Prisma P1001", withCode("Can't reach database server at `10.9.8.7:5432`", "P1001")],
  ["Prisma P1017", withCode("Server has closed the connection.", "P1017")],
  ["adapter DatabaseNotReachable", Object.assign(new Error("DriverAdapterError"), { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable", host: "10.9.8.7", port: 5432 } })],
  ["adapter ConnectionClosed wrapped by Prisma", Object.assign(withCode("x", "P2010"), { meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "ConnectionClosed" } } } })],
  ["a cause chain", new Error("query failed", { cause: withCode("read ECONNRESET", "ECONNRESET") })],
  ["already recognised", new DatabaseUnavailableError()],
];

const OTHER: [string, unknown][] = [
  ["a syntax error", withCode("syntax error at or near", "42601")],
  ["a bad byte", withCode('invalid byte sequence for encoding "UTF8": 0x00', "22021")],
  ["a plain bug", new TypeError("x is undefined")],
  ["Prisma unique", withCode("Unique constraint failed", "P2002")],
  ["adapter unique", Object.assign(new Error("DriverAdapterError"), { cause: { kind: "UniqueConstraintViolation" } })],
  ["not an error", "ECONNREFUSED"],
];

describe("the database out of reach (lib/server/db-unavailable.ts)", () => {
  it.each(UNAVAILABLE)("%s: recognised", (_, err) => expect(isDatabaseUnavailable(err)).toBe(true));
  it.each(OTHER)("%s: not", (_, err) => expect(isDatabaseUnavailable(err)).toBe(false));

  it("is answered 503 with Retry-After, and the body names no host or port", async () => {
    for (const [label, err] of UNAVAILABLE) {
      const res = errorResponse(err);
      expect(res.status, label).toBe(503);
      expect(Number(res.headers.get("retry-after")), label).toBeGreaterThan(0);
      const text = await res.text();
      expect(text, label).not.toMatch(/10\.9\.8\.7|5432|ECONN|P10|stack/);
      expect(JSON.parse(text).error.code).toBe("service_unavailable");
    }
  });

  it("leaves other errors as they were", () => {
    expect(mapError(new NotFoundError()).code).toBe("not_found");
    expect(mapError(withCode("syntax error", "42601")).code).toBe("internal");
  });
});
