// Whether this process runs background jobs. One box: the app runs them itself (the default). Many:
// web instances start with SCOUT_JOBS=off and `npm run worker` processes run them (docs/deployment.md).
// SCOUT_IMPORT_WORKER=off, the older name, still works.

export function jobsRunInThisProcess(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SCOUT_JOBS !== "off" && env.SCOUT_IMPORT_WORKER !== "off";
}
