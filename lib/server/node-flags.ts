// The Node.js flags every Scout web server runs with: `npm start` (package.json's start script,
// held to this list by tests/unit/server/node-flags.test.ts), the demo, the e2e suite, the
// benchmarks and the scale tests. Cluster workers (SCOUT_WEB_PROCESSES) inherit them.
//   --max-semi-space-size=64: the young generation's two halves at up to 64 MB each, not V8's 16 MB
//   on these machines. A search allocates its page, rows and JSON; at 16 MB the young generation
//   was collected about ten times a second under load, 5-11 ms each. At 64 MB: 7-12% more requests
//   a second at a million creators (docs/performance.md, eleventh round), for up to 96 MB more
//   memory a process (docs/deployment.md).
export const SERVER_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=64"];
