// The part of autocannon 9 (no types of its own) that bench:load uses.
declare module "autocannon" {
  import type { EventEmitter } from "node:events";
  type Context = Record<string, unknown>;
  type Request = {
    setupRequest?: (req: Record<string, unknown>, context: Context) => Record<string, unknown>;
    onResponse?: (status: number, body: string, context: Context) => void;
  };
  type Options = { url: string; connections: number; duration: number; timeout?: number; headers?: Record<string, string>; requests?: Request[] };
  type Client = { requestIterator: { context: Context } };
  type Result = { errors: number; timeouts: number; non2xx: number; requests: { total: number }; duration: number };
  interface Instance extends EventEmitter {
    on(event: "response", listener: (client: Client, statusCode: number, bytes: number, responseTime: number) => void): this;
  }
  function autocannon(opts: Options, done: (err: Error | null, result: Result) => void): Instance;
  export default autocannon;
}
