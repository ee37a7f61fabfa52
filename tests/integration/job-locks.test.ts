// Start-up recovery with many instances: jobs a dead process left "active" are handed back once,
// however many instances look at the same moment, and a job a live worker holds is never taken.
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimJobLock, recoverOrphanedQueueJobs } from "@/lib/queries/job-locks";
import { closeImportPools } from "@/lib/queries/import-pool";

const QUEUE = `scout-test-locks-${Date.now().toString(36)}`;
let boss: PgBoss;

beforeAll(async () => {
  boss = new PgBoss({ connectionString: process.env.DATABASE_URL, max: 2 });
  boss.on("error", () => {});
  await boss.start();
  await boss.createQueue(QUEUE, { name: QUEUE, retryLimit: 3 });
});
afterAll(async () => {
  await boss.stop({ graceful: false, wait: true });
  await closeImportPools();
});

describe("job locks", () => {
  it("five instances recovering at once hand back each orphan exactly once and leave the live worker's job alone", async () => {
    const ids = await Promise.all([1, 2, 3, 4].map((n) => boss.send(QUEUE, { n }) as Promise<string>));
    const fetched = (await boss.fetch(QUEUE, { batchSize: 4 })) ?? [];
    expect(fetched.map((j) => j.id).sort()).toEqual([...ids].sort()); // all four "active", as a worker took them
    const live = await claimJobLock(ids[0]!); // a worker that is alive and running job 1
    expect(live).not.toBeNull();

    const handedBack: string[] = [];
    const recoveries = await Promise.all(
      Array.from({ length: 5 }, () =>
        recoverOrphanedQueueJobs(QUEUE, async (orphans) => {
          handedBack.push(...orphans);
          await boss.fail(QUEUE, orphans);
        }),
      ),
    );
    expect(handedBack.sort()).toEqual(ids.slice(1).sort());
    expect(recoveries.flat().sort()).toEqual(ids.slice(1).sort());
    expect((await boss.getJobById(QUEUE, ids[0]!))?.state).toBe("active");
    for (const id of ids.slice(1)) expect((await boss.getJobById(QUEUE, id))?.state).toBe("retry");

    // A job handed back is not claimed by a worker that fetched it a moment before (it is no longer active).
    expect(await claimJobLock(ids[1]!)).toBeNull();
    // Once the live worker is gone (its lock released), the next look hands its job back too.
    await live!.release();
    expect(await recoverOrphanedQueueJobs(QUEUE, (o) => boss.fail(QUEUE, o))).toEqual([ids[0]]);
  });
});
