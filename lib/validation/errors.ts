// The API's one error shape: { error: { code, message, fields? } }.
import { NextResponse } from "next/server";
import type { ZodError } from "zod";
import { RETRY_AFTER_SECONDS } from "@/lib/server/db-unavailable";

export type ApiErrorCode =
  | "bad_request"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "payload_too_large"
  | "unsupported_media_type"
  | "unprocessable"
  | "too_many_requests"
  | "internal"
  | "service_unavailable";

const STATUS: Record<ApiErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  too_many_requests: 429,
  internal: 500,
  service_unavailable: 503,
};

const RETRY_AFTER = String(RETRY_AFTER_SECONDS);

export function statusOf(code: ApiErrorCode): number {
  return STATUS[code];
}

export function jsonError(code: ApiErrorCode, message: string, fields?: Record<string, string[]>) {
  // A 503 (the database out of reach) tells the client when to try again.
  const headers = code === "service_unavailable" ? { "Retry-After": RETRY_AFTER } : undefined;
  return NextResponse.json({ error: { code, message, ...(fields ? { fields } : {}) } }, { status: STATUS[code], headers });
}

/** Field path -> messages, for forms and API clients. */
export function zodFieldErrors(error: ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

export function jsonZodError(error: ZodError, message = "Some parameters are invalid.") {
  return jsonError("bad_request", message, zodFieldErrors(error));
}
