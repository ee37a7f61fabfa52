// Small periodic clean-ups that any number of workers may run at once (each is an idempotent delete).
import { deleteOldRateEvents } from "@/lib/queries/rate-limit";

const EVERY_MS = 60 * 60_000;
const state = ((globalThis as unknown as { scoutHousekeeping?: { timer?: NodeJS.Timeout } }).scoutHousekeeping ??= {});

async function sweep(): Promise<void> {
  await deleteOldRateEvents().catch((err: Error) => console.error("[housekeeping] rate events:", err.message));
}

export async function startHousekeeping(): Promise<void> {
  if (state.timer) return;
  await sweep();
  state.timer = setInterval(() => void sweep(), EVERY_MS);
  state.timer.unref();
}

export async function stopHousekeeping(): Promise<void> {
  clearInterval(state.timer);
  state.timer = undefined;
}
