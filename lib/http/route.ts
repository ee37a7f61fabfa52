// The one door for route handlers. Every app/api route is `export const GET = route({...}, fn)`:
//   session (lib/auth/guard getSessionUser) -> role -> same-origin check for writes -> Content-Type
//   -> a JSON body read up to 1 MB (16 KB for publicRoute; 413 beyond, lib/http/body.ts)
//   -> NUL bytes refused -> zod parsing of params, query and body (400 with field messages)
//   -> the handler -> one error mapper (lib/http/errors.ts).
// A handler returns a Response, or a value that is sent as JSON with status 200.
import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getSessionUser } from "@/lib/auth/guard";
import { decideAccess, type Role, type SessionUser } from "@/lib/auth/roles";
import { jsonError, jsonZodError } from "@/lib/validation/errors";
import { MAX_JSON_BODY_BYTES, MAX_PUBLIC_JSON_BODY_BYTES, readJsonBody } from "./body";
import { errorResponse } from "./errors";
import { badTextError, queryObject } from "./input";
import { sameOriginProblem } from "./origin";

type Schema = z.ZodType | undefined;
type Out<S extends Schema, Fallback> = S extends z.ZodType ? z.output<S> : Fallback;

/** "json": the body is JSON, checked by `body`; "stream": the handler reads req.body itself; "none": no body. */
export type BodyKind = "json" | "stream" | "none";

export type RouteSpec<Q extends Schema, B extends Schema, P extends Schema> = {
  /** Who may call it; "public" for the few routes that need no account (they still pass every other check). */
  roles: readonly Role[] | "public";
  query?: Q;
  body?: B;
  params?: P;
  /** Default: "json" when `body` is given, else "none". */
  bodyKind?: BodyKind;
};

export type RouteContext<Q extends Schema, B extends Schema, P extends Schema, U> = {
  req: NextRequest;
  user: U;
  query: Out<Q, Record<string, string | string[]>>;
  body: Out<B, undefined>;
  params: Out<P, Record<string, string>>;
};

type NextContext = { params: Promise<Record<string, string | string[]>> };
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

async function serve<Q extends Schema, B extends Schema, P extends Schema, U>(
  req: NextRequest,
  ctx: NextContext | undefined,
  spec: RouteSpec<Q, B, P>,
  user: U,
  handler: (c: RouteContext<Q, B, P, U>) => Promise<unknown>,
): Promise<Response> {
  const kind: BodyKind = spec.bodyKind ?? (spec.body ? "json" : "none");
  if (!SAFE_METHODS.has(req.method)) {
    const problem = sameOriginProblem(req);
    if (problem) return jsonError("forbidden", problem);
    if (kind === "json" && !/^application\/([\w.+-]*\+)?json\b/i.test(req.headers.get("content-type") ?? "")) {
      return jsonError("unsupported_media_type", "Send the body as JSON (Content-Type: application/json).");
    }
  }
  const rawParams = (await ctx?.params) ?? {};
  const rawQuery = queryObject(req.nextUrl.searchParams);
  let rawBody: unknown = undefined;
  if (kind === "json") {
    const limit = user === null ? MAX_PUBLIC_JSON_BODY_BYTES : MAX_JSON_BODY_BYTES;
    const read = await readJsonBody(req, limit);
    if (!read.ok && read.reason === "too_large") return jsonError("payload_too_large", `The body is over ${Math.round(limit / 1024)} KB.`);
    if (!read.ok) return jsonError("bad_request", "The body is not valid JSON.");
    rawBody = read.value;
  }
  const badText = badTextError(rawParams, rawQuery, rawBody);
  if (badText) return jsonError("bad_request", badText.message, badText.fields);

  const params = spec.params ? spec.params.safeParse(rawParams) : { success: true as const, data: rawParams };
  if (!params.success) return jsonError("not_found", "Not found.");
  const query = spec.query ? spec.query.safeParse(rawQuery) : { success: true as const, data: rawQuery };
  if (!query.success) return jsonZodError(query.error);
  const body = spec.body ? spec.body.safeParse(rawBody) : { success: true as const, data: undefined };
  if (!body.success) return jsonZodError(body.error);

  try {
    const result = await handler({
      req,
      user,
      query: query.data as RouteContext<Q, B, P, U>["query"],
      body: body.data as RouteContext<Q, B, P, U>["body"],
      params: params.data as RouteContext<Q, B, P, U>["params"],
    });
    return result instanceof Response ? result : NextResponse.json(result ?? null);
  } catch (err) {
    return errorResponse(err);
  }
}

/** A route for signed-in users of the given roles: 401 signed out, 403 wrong role. */
export function route<Q extends Schema = undefined, B extends Schema = undefined, P extends Schema = undefined>(
  spec: RouteSpec<Q, B, P> & { roles: readonly Role[] },
  handler: (c: RouteContext<Q, B, P, SessionUser>) => Promise<unknown>,
) {
  return async (req: NextRequest, ctx?: NextContext): Promise<Response> => {
    try {
      const decision = decideAccess(await getSessionUser(), spec.roles);
      if (!decision.ok) return jsonError(decision.status === 401 ? "unauthenticated" : "forbidden", decision.message);
      return await serve(req, ctx, spec, decision.user, handler);
    } catch (err) {
      return errorResponse(err);
    }
  };
}

/** A route that needs no account (e.g. a client's share link): every check but the session. */
export function publicRoute<Q extends Schema = undefined, B extends Schema = undefined, P extends Schema = undefined>(
  spec: RouteSpec<Q, B, P> & { roles: "public" },
  handler: (c: RouteContext<Q, B, P, null>) => Promise<unknown>,
) {
  return async (req: NextRequest, ctx?: NextContext): Promise<Response> => {
    try {
      return await serve(req, ctx, spec, null, handler);
    } catch (err) {
      return errorResponse(err);
    }
  };
}
