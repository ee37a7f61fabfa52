// npm run worker: Scout's background jobs (imports, file clean-up, housekeeping, and any job added to
// lib/jobs/registry.ts) in a process of their own. See docs/deployment.md "How Scout grows".
import { runWorker } from "../lib/jobs/worker";

runWorker().catch((err: Error) => {
  console.error(`[worker] ${err.message}`);
  process.exit(1);
});
