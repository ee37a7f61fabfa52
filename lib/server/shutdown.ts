// One process-wide "we are shutting down" signal, for whatever has work to stop cleanly: server.ts
// (and the command-line import) raise it on SIGTERM or SIGINT; the import worker checks
// `shutdownSignal().aborted` at each batch boundary and registers an `onShutdown` hook that resolves
// once its job is released, so the process waits for it (up to the grace period) before it exits.
// The state lives on globalThis: server.ts and the app's bundles load this file separately.

type Hook = (reason: string) => unknown;
type State = { controller: AbortController; hooks: Set<Hook>; reason: string | null };

const KEY = Symbol.for("scout.shutdown");
const holder = globalThis as unknown as Record<symbol, State | undefined>;
const state: State = (holder[KEY] ??= { controller: new AbortController(), hooks: new Set(), reason: null });

/** Aborted when the process has been asked to stop (its reason: "SIGTERM", "SIGINT"). */
export function shutdownSignal(): AbortSignal {
  return state.controller.signal;
}

export function isShuttingDown(): boolean {
  return state.controller.signal.aborted;
}

/**
 * Runs `hook` when shutdown begins (at once if it already has); the process waits for the promise
 * it returns, up to the grace period. Returns a function that removes the hook (call it when the
 * work it guards is done).
 */
export function onShutdown(hook: Hook): () => void {
  if (state.reason !== null) void Promise.resolve().then(() => hook(state.reason!));
  state.hooks.add(hook);
  return () => void state.hooks.delete(hook);
}

/**
 * Starts the shutdown once (later calls return the same outcome): aborts the signal, runs every hook,
 * and resolves when all have settled or `graceMs` has passed, with how many had not finished.
 */
let running: Promise<{ unfinished: number }> | null = null;
export function beginShutdown(reason: string, graceMs: number): Promise<{ unfinished: number }> {
  running ??= (async () => {
    state.reason = reason;
    state.controller.abort(reason);
    const hooks = [...state.hooks];
    let settled = 0;
    const all = Promise.all(
      hooks.map(async (h) => {
        try {
          await h(reason);
        } catch (err) {
          console.error("[shutdown] a hook failed:", (err as Error)?.message ?? err);
        } finally {
          settled++;
        }
      }),
    );
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([all, new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)))]);
    clearTimeout(timer);
    return { unfinished: hooks.length - settled };
  })();
  return running;
}
