// `npm start` is how a deployment runs the web server; the demo, e2e, benchmarks and scale tests
// spawn server.ts themselves with SERVER_NODE_FLAGS. The start script must carry the same flags, as
// Node.js options (before the script), or production runs unlike what was measured.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SERVER_NODE_FLAGS } from "@/lib/server/node-flags";

describe("the web server's Node.js flags", () => {
  it("are all in npm start, as options to node before server.ts", () => {
    const start = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { start: string } }).scripts.start;
    const words = start.split(/\s+/);
    const node = words.indexOf("node");
    const script = words.indexOf("server.ts");
    expect(node).toBeGreaterThanOrEqual(0);
    expect(script).toBeGreaterThan(node);
    for (const flag of SERVER_NODE_FLAGS) {
      const at = words.indexOf(flag);
      expect(at, flag).toBeGreaterThan(node);
      expect(at, flag).toBeLessThan(script);
    }
  });
});
