// What a server action made with action() (./action.ts) answers, in a module client components may
// import (types only: the wrapper itself is server-only).

/**
 * `status` comes with an `error`: what the same refusal would be over HTTP (401 signed out, 403 wrong
 * role, 400 bad input, 404, 409, 422, 500), for callers and tests that need more than the message.
 */
export type ActionState<R = undefined> = { ok?: string; error?: string; status?: number; fields?: Record<string, string[]>; data?: R };

/** A form's server action as a client component receives it from its page (for useActionState). */
export type FormAction<R = undefined> = (prev: ActionState<R>, form: FormData) => Promise<ActionState<R>>;
