import { describe, expect, it } from "vitest";
import { jobsRunInThisProcess } from "@/lib/jobs/config";
import { atBatchBoundary, JobReleasedError, jobStopRequested, requestJobStop } from "@/lib/jobs/control";

describe("background jobs in this process", () => {
  it("run unless SCOUT_JOBS=off (or the older SCOUT_IMPORT_WORKER=off)", () => {
    const env = (e: Record<string, string>) => e as unknown as NodeJS.ProcessEnv;
    expect(jobsRunInThisProcess(env({}))).toBe(true);
    expect(jobsRunInThisProcess(env({ SCOUT_JOBS: "on" }))).toBe(true);
    expect(jobsRunInThisProcess(env({ SCOUT_JOBS: "off" }))).toBe(false);
    expect(jobsRunInThisProcess(env({ SCOUT_IMPORT_WORKER: "off" }))).toBe(false);
  });

  it("pass batch boundaries until the process is asked to stop, then hand the job back there", async () => {
    await expect(atBatchBoundary(1)).resolves.toBeUndefined();
    expect(jobStopRequested()).toBe(false);
    requestJobStop();
    await expect(atBatchBoundary(2)).rejects.toBeInstanceOf(JobReleasedError);
  });
});
