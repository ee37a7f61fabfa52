// The one error mapper: whatever a handler or action throws becomes the API's one error shape
// (lib/validation/errors.ts). Expected errors keep their message: NotFoundError 404, ConflictError
// 409, ForbiddenError 403, TooManyRequestsError 429, InvalidInputError 400, UnprocessableError 422 (413 when too large; the import's file errors
// are UnprocessableErrors). The database out of reach (lib/server/db-unavailable.ts) is a 503 with
// Retry-After, logged as one line. Anything else is logged and answered as a bare 500, so a stack
// trace or SQL text never reaches a user.
import "server-only";
import { ZodError } from "zod";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, TooManyRequestsError, UnprocessableError } from "@/lib/domain/errors";
import { DB_UNAVAILABLE_MESSAGE, describeUnavailable, isDatabaseUnavailable } from "@/lib/server/db-unavailable";
import { markDatabaseUnavailable } from "@/lib/server/request-faults";
import { jsonError, zodFieldErrors, type ApiErrorCode } from "@/lib/validation/errors";

export type MappedError = { code: ApiErrorCode; message: string; fields?: Record<string, string[]> };

/** An error with a status of its own, for the rare case no domain error (lib/domain/errors.ts) says it. */
export class HttpError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

export const INTERNAL_MESSAGE = "Something went wrong on our side. The error was logged.";

export function mapError(err: unknown): MappedError {
  if (err instanceof HttpError) return { code: err.code, message: err.message, fields: err.fields };
  if (err instanceof ZodError) return { code: "bad_request", message: "Some parameters are invalid.", fields: zodFieldErrors(err) };
  if (err instanceof NotFoundError) return { code: "not_found", message: err.message, fields: err.fields };
  if (err instanceof ConflictError) return { code: "conflict", message: err.message, fields: err.fields };
  if (err instanceof ForbiddenError) return { code: "forbidden", message: err.message };
  if (err instanceof TooManyRequestsError) return { code: "too_many_requests", message: err.message };
  if (err instanceof InvalidInputError) return { code: "bad_request", message: err.message, fields: err.fields };
  if (err instanceof UnprocessableError) return { code: err.tooLarge ? "payload_too_large" : "unprocessable", message: err.message, fields: err.fields };
  // A unique key the code did not expect to meet still means "already exists", not a crash.
  if ((err as { code?: unknown } | null)?.code === "P2002") return { code: "conflict", message: "That already exists." };
  if (isDatabaseUnavailable(err)) {
    markDatabaseUnavailable();
    console.error(`[db] unavailable: ${describeUnavailable(err)}`);
    return { code: "service_unavailable", message: DB_UNAVAILABLE_MESSAGE };
  }
  console.error(err);
  return { code: "internal", message: INTERNAL_MESSAGE };
}

export function errorResponse(err: unknown): Response {
  const m = mapError(err);
  return jsonError(m.code, m.message, m.fields);
}
