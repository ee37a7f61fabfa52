// A stand-in for the app server in tests: starts the pg-boss import worker (as instrumentation.ts
// does at app start), optionally enqueues one import job, then keeps running until it is killed.
// Usage: tsx tests/support/import-worker-process.ts [IMPORT_JOB_ID]
import { enqueueImport, startImportWorker } from "../../lib/import/queue";

async function main() {
  await startImportWorker();
  const id = process.argv[2];
  if (id) await enqueueImport(id);
  process.stdout.write("worker ready\n");
  setInterval(() => {}, 60_000);
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
