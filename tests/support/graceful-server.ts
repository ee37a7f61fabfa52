// A stand-in for server.ts in the shutdown tests: a plain HTTP server with server.ts's graceful stop
// (lib/server/graceful.ts) and a shutdown hook like the import worker's (lib/server/shutdown.ts).
// It holds GET /slow until a "release" line arrives on stdin, and its hook until a "hook" line, so a
// test decides when each finishes: nothing here waits on a clock.
//   node --import tsx tests/support/graceful-server.ts      (SCOUT_SHUTDOWN_GRACE_MS sets the grace)
import { createServer } from "node:http";
import { createInterface } from "node:readline";
import { closeAfterResponseIfStopping, installGracefulShutdown } from "../../lib/server/graceful";
import { onShutdown } from "../../lib/server/shutdown";

const waiting = new Map<string, (() => void)[]>();
const when = (word: string) => new Promise<void>((resolve) => waiting.set(word, [...(waiting.get(word) ?? []), resolve]));
createInterface({ input: process.stdin }).on("line", (line) => {
  for (const resolve of waiting.get(line.trim()) ?? []) resolve();
  waiting.delete(line.trim());
});

if (process.env.FIXTURE_HOOK !== "off") {
  onShutdown(async (reason) => {
    console.log(`hook: ${reason}: releasing the job at the batch boundary`);
    await when("hook");
    console.log("hook: released");
  });
}

const server = createServer((req, res) => {
  closeAfterResponseIfStopping(res);
  if (req.url === "/slow") {
    console.log("in-flight: /slow");
    void when("release").then(() => res.end("finished after SIGTERM"));
    return;
  }
  res.end("ok");
});
installGracefulShutdown(server);
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(`listening ${typeof address === "object" && address ? address.port : 0} pid ${process.pid}`);
});
