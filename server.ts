// `npm start`: Next.js's production server, plus the one thing `next start` cannot do. Next hands
// route handlers and next-auth headers only, and keeps a client's own X-Forwarded-For as-is, so the
// socket's peer address would be lost. Here it is written into PEER_HEADER on every request,
// overwriting anything a client sent under that name; the sign-in limit keys on it
// (lib/security/client-address.ts, docs/deployment.md).
//   node --import tsx server.ts [-p PORT] [-H HOST]      (PORT and HOSTNAME work too)
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { markPeerHeaderSetByServer, PEER_HEADER, trustedProxies } from "./lib/security/client-address";

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
    void handle(req, res);
  });
  const ready = () => console.log(`> Scout listening on http://${hostname ?? "localhost"}:${port} (${trusted.size} trusted proxy range(s))`);
  if (hostname) server.listen(port, hostname, ready);
  else server.listen(port, ready);
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
