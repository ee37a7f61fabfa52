// What a server action made with action() (./action.ts) answers, in a module client components may
// import (types only: the wrapper itself is server-only).

export type ActionState<R = undefined> = { ok?: string; error?: string; fields?: Record<string, string[]>; data?: R };

/** A form's server action as a client component receives it from its page (for useActionState). */
export type FormAction<R = undefined> = (prev: ActionState<R>, form: FormData) => Promise<ActionState<R>>;
