// Runs the embedded PostgreSQL in its own process: `tsx lib/db/embedded-server.ts [dataDir]`.
// One process per data folder.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { startEmbeddedServer } from "./embedded";
import { EMBEDDED_PORT } from "./url";

const dataDir = path.resolve(process.argv[2] ?? ".data/pglite");
mkdirSync(path.dirname(dataDir), { recursive: true });
const server = await startEmbeddedServer({ dataDir, port: EMBEDDED_PORT });
console.log(`embedded PostgreSQL ready on 127.0.0.1:${EMBEDDED_PORT} (data in ${dataDir})`);

async function shutdown() {
  await server.stop();
  process.exit(0);
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
