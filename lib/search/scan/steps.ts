// Work in steps: a long piece of work (a new text's or keyword's first search over a million
// creators, up to a fifth of a second) written as a generator that yields now and then, so that
// the server can answer other requests between its steps (lib/queries/search/kept-lists.ts) instead of
// holding every one of them until it ends. `finish` runs the same steps at once, for callers that
// cannot wait. Pure.

/** Work that yields between its steps and returns a T. */
export type Steps<T> = Generator<void, T, void>;

/** How many items a loop handles between two yields: a few hundred microseconds of work. */
export const STEP = 2048;

/** Runs every step at once. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Calls f with each item of the list, yielding every STEP items. */
export function* each(list: ArrayLike<number>, f: (i: number) => unknown): Steps<void> {
  for (let k = 0; k < list.length; k++) {
    f(list[k]!);
    if (k % STEP === STEP - 1) yield;
  }
}
