import { afterEach, describe, expect, it, vi } from "vitest";
import { ConflictError, InvalidInputError, NotFoundError, UnprocessableError } from "@/lib/domain/errors";
import { errorResponse, HttpError, mapError } from "@/lib/http/errors";
import { ImportFileError, ImportTooLargeError } from "@/lib/import/detect";
import { BriefNotFoundError } from "@/lib/queries/search";

afterEach(() => vi.restoreAllMocks());

async function answer(err: unknown) {
  const res = errorResponse(err);
  return { status: res.status, body: await res.json() };
}

describe("the one error mapper", () => {
  it("answers each domain error with its status and keeps its message and fields", async () => {
    expect(await answer(new NotFoundError("No such shortlist.", { id: ["unknown"] }))).toEqual({ status: 404, body: { error: { code: "not_found", message: "No such shortlist.", fields: { id: ["unknown"] } } } });
    expect((await answer(new ConflictError("Taken."))).status).toBe(409);
    expect((await answer(new InvalidInputError("Empty pool."))).status).toBe(400);
    expect((await answer(new UnprocessableError("Cannot use it."))).status).toBe(422);
    expect((await answer(new HttpError("too_many_requests", "Slow down."))).status).toBe(429);
  });

  it("maps the import's file errors through the same mapper: 422, and 413 for a file over the limit", async () => {
    expect(await answer(new ImportFileError("The file is empty (0 bytes)."))).toEqual({ status: 422, body: { error: { code: "unprocessable", message: "The file is empty (0 bytes)." } } });
    expect(await answer(new ImportTooLargeError("The file is 300.0 MB; the limit is 200 MB."))).toEqual({ status: 413, body: { error: { code: "payload_too_large", message: "The file is 300.0 MB; the limit is 200 MB." } } });
    // Still an ImportFileError for the pipeline and the CLI, which catch that class.
    expect(new ImportTooLargeError("x")).toBeInstanceOf(ImportFileError);
  });

  it("answers another organisation's brief with a 404 naming the field", () => {
    expect(mapError(new BriefNotFoundError("brief_x"))).toEqual({ code: "not_found", message: "No brief brief_x in your organisation.", fields: { brief: ["No brief brief_x in your organisation."] } });
  });

  it("answers anything unexpected with a bare 500: no message, stack or SQL of the error reaches the user", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const secret = Object.assign(new Error('relation "User" does not exist at SELECT "passwordHash"'), { code: "42P01" });
    const { status, body } = await answer(secret);
    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toMatch(/passwordHash|SELECT|relation|at /);
    expect(log).toHaveBeenCalledWith(secret);
  });

  it("treats an unexpected unique violation as a conflict, not a crash", () => {
    expect(mapError(Object.assign(new Error("Unique constraint failed"), { code: "P2002" })).code).toBe("conflict");
  });
});
