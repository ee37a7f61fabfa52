// Finds that outlive a process. A free text or a brief keyword is found once per catalog (a pass over
// the bios or the trigram indexes: 10-80 ms each at a million creators) and then kept
// (lib/search/scan/kept.ts). A process that has just read its catalog (a start, a restart, a delete
// elsewhere) would make its first users pay for every one of them at once: about a second of CPU
// for forty terms, in the seconds when every request waits on the same process (docs/performance.md,
// "Fifteenth round"). So each find is noted in "SearchFind" (the term and when it was found; no user,
// no organisation), and a process that reads its catalog finds the latest of them again before it
// serves a search: at most WARM_TERMS of those found in the last WARM_DAYS days, within WARM_MS.
// A term never asked before still costs its first find. The table is a hint, never a source: losing
// it, or failing to write it, loses nothing but that head start. SCOUT_SEARCH_FINDS=off turns it off.
import { performance } from "node:perf_hooks";
import type { PoolClient } from "pg";
import { pool } from "@/lib/db/client";
import type { Catalog } from "@/lib/search/scan/catalog";
import { keptKeywordSlots } from "@/lib/search/scan/keywords";
import { keptTextMatches } from "@/lib/search/scan/text";

export type FindKind = "text" | "keyword";

/** How many recent terms a catalog read finds again, how far back, and for how long at most. */
export const WARM_TERMS = 64;
export const WARM_DAYS = 30;
export const WARM_MS = 3_000;

/**
 * SCOUT_SEARCH_FINDS=off: nothing noted and nothing found again (what is in the table stays, unread:
 * `DELETE FROM "SearchFind"` empties it). For operators who keep no record of what users type.
 */
export function findsKept(): boolean {
  return process.env.SCOUT_SEARCH_FINDS !== "off";
}

/**
 * Notes that `term` was found (a search is about to find it). Not awaited: the search goes on, and a
 * write that fails is logged, not the search's error. On the primary (a checked-out client: reads
 * inside onReplica() go to replicas, lib/db/replicas.ts).
 */
export function noteFind(kind: FindKind, term: string): void {
  if (!findsKept()) return;
  void (async () => {
    const client = await pool.connect();
    try {
      await client.query(
        `INSERT INTO "SearchFind" ("kind", "term", "foundAt") VALUES ($1, $2, now()) ON CONFLICT ("kind", "term") DO UPDATE SET "foundAt" = now()`,
        [kind, term],
      );
    } finally {
      client.release();
    }
  })().catch((e: unknown) => console.warn(`[search] could not note a find: ${e instanceof Error ? e.message : e}`));
}

/**
 * The terms found lately, found again in `cat` (just read, not yet serving): newest first, until
 * WARM_TERMS or WARM_MS. Terms older than WARM_DAYS are deleted here. Returns what it found and
 * how long it took (logged by the caller), and the texts among them.
 */
export async function warmFinds(client: PoolClient, cat: Catalog): Promise<{ terms: number; ms: number; texts: string[] }> {
  if (!findsKept()) return { terms: 0, ms: 0, texts: [] };
  await client.query(`DELETE FROM "SearchFind" WHERE "foundAt" < now() - make_interval(days => $1)`, [WARM_DAYS]);
  const { rows } = await client.query<{ kind: FindKind; term: string }>(
    `SELECT "kind", "term" FROM "SearchFind" ORDER BY "foundAt" DESC, "kind", "term" LIMIT $1`,
    [WARM_TERMS],
  );
  const t0 = performance.now();
  let terms = 0;
  const texts: string[] = [];
  for (const { kind, term } of rows) {
    if (performance.now() - t0 > WARM_MS) break;
    if (kind === "text") {
      keptTextMatches(cat, term);
      texts.push(term);
    } else if (kind === "keyword") keptKeywordSlots(cat, term);
    else continue;
    terms++;
  }
  return { terms, ms: performance.now() - t0, texts };
}
