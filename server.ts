// `npm start`: Next.js's production server, plus the one thing `next start` cannot do. Next hands
// route handlers and next-auth headers only, and keeps a client's own X-Forwarded-For as-is, so the
// socket's peer address would be lost. Here it is written into PEER_HEADER on every request,
// overwriting anything a client sent under that name; the sign-in limit keys on it
// (lib/security/client-address.ts, docs/deployment.md).
// It also answers a page that failed because the database is out of reach with 503 and Retry-After
// (Next can only say 500: lib/server/request-faults.ts), and stops gracefully on SIGTERM: requests
// in flight finish, the import worker releases its job at a batch boundary (lib/server/graceful.ts).
// With SCOUT_WEB_PROCESSES=N it runs N such processes on the port (lib/server/processes.ts).
//   node --import tsx server.ts [-p PORT] [-H HOST]      (PORT and HOSTNAME work too)
import { createServer, type ServerResponse } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { markPeerHeaderSetByServer, PEER_HEADER, trustedProxies } from "./lib/security/client-address";
import { RETRY_AFTER_SECONDS } from "./lib/server/db-unavailable";
import { closeAfterResponseIfStopping, installGracefulShutdown } from "./lib/server/graceful";
import { runProcesses, webProcesses } from "./lib/server/processes";
import { withRequestFaults, type RequestFaults } from "./lib/server/request-faults";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
  strict: true,
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
// No host: listen on every interface, IPv4 and IPv6, as `next start` does.
const hostname = values.hostname ?? process.env.HOSTNAME;

async function main() {
  // As `next start` does: libraries loaded at run time (React, next-auth) pick their production path.
  (process.env as Record<string, string>).NODE_ENV ??= "production";
  // A mistyped SCOUT_TRUSTED_PROXIES stops the start instead of failing every sign-in later.
  const trusted = trustedProxies();
  markPeerHeaderSetByServer();
  const app = next({ dev: false, hostname: hostname ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => {
    req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
    closeAfterResponseIfStopping(res);
    withRequestFaults((faults) => {
      answerUnavailableAs503(res, faults);
      void handle(req, res);
    });
  });
  installGracefulShutdown(server);
  const ready = () => console.log(`> Scout listening on http://${hostname ?? "localhost"}:${port} (${trusted.size} trusted proxy range(s))`);
  if (hostname) server.listen(port, hostname, ready);
  else server.listen(port, ready);
}

/** A 500 sent while the request met the database out of reach goes out as 503 with Retry-After. */
function answerUnavailableAs503(res: ServerResponse, faults: RequestFaults): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    if (status === 500 && faults.databaseUnavailable) {
      res.statusMessage = "Service Unavailable";
      res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
      res.setHeader("Cache-Control", "no-store");
      return writeHead(503, ...rest.filter((r) => typeof r !== "string"));
    }
    return writeHead(status, ...rest);
  }) as ServerResponse["writeHead"];
}

// SCOUT_WEB_PROCESSES=N: N such servers on the port, one per core (lib/server/processes.ts).
let processes = 1;
try {
  processes = webProcesses();
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
runProcesses(processes, () =>
  main().catch((err: Error) => {
    console.error(err.message);
    process.exit(1);
  }),
);
