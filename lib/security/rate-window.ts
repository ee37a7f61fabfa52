// A fixed-size sliding window counter kept in this process's memory: at most `limit` events per key
// within `windowMs`. Used where a DB count would cost more than the thing it limits (a share link's
// client decisions). Per process: with N instances a key gets N times the limit.

export class RateWindow {
  private readonly events = new Map<string, number[]>();
  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Counts one event for `key` at `now` and says whether it is within the limit; a refused one is not counted. */
  take(key: string, now = Date.now()): boolean {
    const since = now - this.windowMs;
    const recent = (this.events.get(key) ?? []).filter((t) => t > since);
    if (recent.length >= this.limit) {
      this.events.set(key, recent);
      return false;
    }
    recent.push(now);
    this.events.set(key, recent);
    if (this.events.size > 10_000) this.prune(since);
    return true;
  }

  private prune(since: number) {
    for (const [key, times] of this.events) if (!times.some((t) => t > since)) this.events.delete(key);
  }
}
