// A stand-in for server.ts in the web-processes test: runProcesses (lib/server/processes.ts) around
// a plain HTTP server with server.ts's graceful stop. GET / answers the worker's pid.
//   SCOUT_WEB_PROCESSES=2 PORT=… node --import tsx tests/support/processes-server.ts
import { createServer } from "node:http";
import { closeAfterResponseIfStopping, installGracefulShutdown } from "../../lib/server/graceful";
import { runProcesses, webProcesses } from "../../lib/server/processes";

runProcesses(webProcesses(), () => {
  const server = createServer((_req, res) => {
    closeAfterResponseIfStopping(res);
    res.end(String(process.pid));
  });
  installGracefulShutdown(server);
  server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log(`listening ${process.pid}`));
});
