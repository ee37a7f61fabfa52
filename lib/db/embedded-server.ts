// The zero-setup database: real PostgreSQL compiled to WebAssembly (PGlite), served over the
// normal wire protocol so the app talks to it exactly as to any PostgreSQL server.
// Run in its own process: `tsx lib/db/embedded-server.ts [dataDir]`. One process per data folder.
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { EMBEDDED_PORT } from "./url";

const dataDir = path.resolve(process.argv[2] ?? ".data/pglite");
mkdirSync(path.dirname(dataDir), { recursive: true });

const db = await PGlite.create({ dataDir, extensions: { pg_trgm } });
// Every pool of the app (Prisma, the job queue, scripts) shares this server: the default of one
// connection makes concurrent work fail, so allow plenty.
const server = new PGLiteSocketServer({ db, port: EMBEDDED_PORT, host: "127.0.0.1", maxConnections: 100 });
await server.start();
console.log(`embedded PostgreSQL ready on 127.0.0.1:${EMBEDDED_PORT} (data in ${dataDir})`);

async function shutdown() {
  await server.stop();
  await db.close();
  process.exit(0);
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
