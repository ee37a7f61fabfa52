// Starting the background jobs (lib/jobs/registry.ts): a start that PostgreSQL refused as transient
// (two processes creating the job queue's tables at once on a new database: a deadlock) is tried
// again; any other failure is logged once and the other jobs still start.
import { afterEach, describe, expect, it, vi } from "vitest";
import { startBackgroundJobs, type BackgroundJobs } from "@/lib/jobs/registry";

const refused = (code: string, message: string) => Object.assign(new Error(message), { code });

function job(name: string, failures: Error[]): BackgroundJobs & { starts: number } {
  const j = {
    name,
    starts: 0,
    start: async () => {
      const err = failures[j.starts++];
      if (err) throw err;
    },
    stop: async () => {},
  };
  return j;
}

describe("starting the background jobs", () => {
  afterEach(() => vi.restoreAllMocks());

  it("tries a start again after a deadlock or a serialization failure, and runs it", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const deadlocked = job("queue", [refused("40P01", "deadlock detected")]);
    const serialized = job("other", [refused("40001", "could not serialize access"), refused("40P01", "deadlock detected")]);
    expect(await startBackgroundJobs(() => {}, [deadlocked, serialized])).toBe(2);
    expect(deadlocked.starts).toBe(2);
    expect(serialized.starts).toBe(3);
  });

  it("gives up after three refusals, and never retries an error that is not transient; the other jobs start", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const always = job("always refused", Array.from({ length: 5 }, () => refused("40P01", "deadlock detected")));
    const broken = job("broken", [refused("42P01", 'relation "x" does not exist')]);
    const fine = job("fine", []);
    expect(await startBackgroundJobs(() => {}, [always, broken, fine])).toBe(1);
    expect(always.starts).toBe(3);
    expect(broken.starts).toBe(1);
    expect(errors.mock.calls.map((c) => String(c[0]))).toEqual([
      "[jobs] always refused: did not start: deadlock detected",
      '[jobs] broken: did not start: relation "x" does not exist',
    ]);
  });
});
