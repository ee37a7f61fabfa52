// GET /api/health: for load balancers, monitors and people. No session. 200 when the database and
// the import queue answer, else 503 with Retry-After; states, counts and timings only, no secrets.
import { NextResponse } from "next/server";
import { publicRoute } from "@/lib/http";
import { IMPORT_QUEUE } from "@/lib/import/queue-names";
import { checkDatabase, checkQueue, type QueueHealth } from "@/lib/queries/health";
import { RETRY_AFTER_SECONDS } from "@/lib/server/db-unavailable";

export const dynamic = "force-dynamic";

export const GET = publicRoute({ roles: "public" }, async () => {
  const workerOff = process.env.SCOUT_IMPORT_WORKER === "off";
  const [database, queueState] = await Promise.all([checkDatabase(), workerOff ? null : checkQueue(IMPORT_QUEUE)]);
  // With the worker off (SCOUT_IMPORT_WORKER=off) this instance runs no queue: it is not down.
  const queue: QueueHealth | { status: "off" } = queueState ?? { status: "off" };
  const ok = database.status === "up" && queue.status !== "down";
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (!ok) headers["Retry-After"] = String(RETRY_AFTER_SECONDS);
  return NextResponse.json({ status: ok ? "ok" : "unavailable", time: new Date().toISOString(), database, queue }, { status: ok ? 200 : 503, headers });
});
