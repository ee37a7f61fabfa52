// The one door for server actions: `export const saveX = action({ roles, input }, fn)`.
// Session and role, zod parsing of a FormData or a plain object, NUL bytes refused, and the one error
// mapper, turned into the state a form shows ({ ok } or { error, fields }). Next.js itself refuses
// actions posted from another origin.
import "server-only";
import { z } from "zod";
import { getSessionUser } from "@/lib/auth/guard";
import { decideAccess, type Role, type SessionUser } from "@/lib/auth/roles";
import { statusOf, zodFieldErrors } from "@/lib/validation/errors";
import { mapError } from "./errors";
import { badTextError, formObject } from "./input";

import type { ActionState } from "./action-state";

export type { ActionState };

export function action<S extends z.ZodType, R = undefined>(
  /** `invalid`: the form's message when fields fail their schema (default "Check the fields below."). */
  spec: { roles: readonly Role[]; input: S; invalid?: string },
  fn: (c: { user: SessionUser; input: z.output<S> }) => Promise<ActionState<R>>,
) {
  return async (_prev: ActionState<R> | undefined, raw: FormData | z.input<S>): Promise<ActionState<R>> => {
    try {
      const decision = decideAccess(await getSessionUser(), spec.roles);
      if (!decision.ok) return { error: decision.message, status: decision.status };
      const data: unknown = raw instanceof FormData ? formObject(raw) : raw;
      const badText = badTextError(data);
      if (badText) return { error: badText.message, status: 400, fields: badText.fields };
      const parsed = spec.input.safeParse(data);
      if (!parsed.success) return { error: spec.invalid ?? "Check the fields below.", status: 400, fields: zodFieldErrors(parsed.error) };
      return await fn({ user: decision.user, input: parsed.data });
    } catch (err) {
      // redirect()/notFound() from an action must propagate to Next.
      if (isNextControlFlow(err)) throw err;
      const m = mapError(err);
      return { error: m.message, status: statusOf(m.code), fields: m.fields };
    }
  };
}

function isNextControlFlow(err: unknown): boolean {
  const digest = (err as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK") || digest === "NEXT_NOT_FOUND");
}
