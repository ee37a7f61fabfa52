// The zero-setup database: real PostgreSQL compiled to WebAssembly (PGlite), served over the
// normal wire protocol so the app talks to it exactly as to any PostgreSQL server.
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

type QueuedMessage = { handlerId: number; message: Uint8Array; resolve: (n: number) => void; reject: (e: unknown) => void; onData: (d: Uint8Array) => void };
type QueryQueue = {
  db: PGlite;
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  processQueue: () => Promise<void>;
  clearTransactionIfNeeded: (handlerId: number) => Promise<void>;
};

// Extended-protocol messages that belong to a sequence ended by Sync ('S').
const IN_SEQUENCE = new Set([0x50 /* Parse */, 0x42 /* Bind */, 0x44 /* Describe */, 0x45 /* Execute */, 0x43 /* Close */, 0x48 /* Flush */]);

/**
 * PGlite is ONE backend session shared by every socket. The socket server queues messages one
 * at a time and keeps a transaction's owner exclusive, but outside transactions it interleaves
 * the Parse/Bind/Execute/Sync sequences of different connections, so one connection's Bind
 * replaces another's unnamed portal ("portal \"\" does not exist") under concurrent load. This
 * keeps a connection exclusive from the first message of a sequence until its Sync.
 */
export function serializeExtendedProtocol(server: PGLiteSocketServer): void {
  const q = (server as unknown as { queryQueue: QueryQueue }).queryQueue;
  let sequenceOwner: number | null = null;
  q.processQueue = async function processQueue(this: QueryQueue) {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const owner = this.db.isInTransaction() && this.lastHandlerId !== null ? this.lastHandlerId : sequenceOwner;
        let item: QueuedMessage | undefined;
        if (owner !== null) {
          const index = this.queue.findIndex((m) => m.handlerId === owner);
          if (index === -1) break; // wait for the owner's next message; it re-enters processQueue
          item = this.queue.splice(index, 1)[0];
        } else {
          item = this.queue.shift();
        }
        if (!item) break;
        sequenceOwner = IN_SEQUENCE.has(item.message[0]!) ? item.handlerId : null;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (err) {
          item.reject(err);
          continue;
        }
        this.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };
  const clearTransaction = q.clearTransactionIfNeeded.bind(q);
  q.clearTransactionIfNeeded = async (handlerId: number) => {
    // A client that disconnects mid-sequence must not keep everyone else waiting.
    if (sequenceOwner === handlerId) sequenceOwner = null;
    await clearTransaction(handlerId);
    await q.processQueue();
  };
}

export async function startEmbeddedServer(opts: { dataDir: string; port: number; host?: string }) {
  const db = await PGlite.create({ dataDir: opts.dataDir, extensions: { pg_trgm } });
  // Every pool of the app (Prisma, the job queue, scripts) shares this server: the default of one
  // connection makes concurrent work fail, so allow plenty.
  const server = new PGLiteSocketServer({ db, port: opts.port, host: opts.host ?? "127.0.0.1", maxConnections: 100 });
  serializeExtendedProtocol(server);
  await server.start();
  return {
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
