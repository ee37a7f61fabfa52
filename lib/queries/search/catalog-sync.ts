// The search catalog of this process (lib/search/scan/catalog.ts) and how it stays equal to
// PostgreSQL: read whole on first use, then, before every search, one statement reads the rows
// written since (by "searchXid", the writing transaction, which a trigger keeps: migration
// *_search_catalog). A search therefore sees every write committed before it began, as a query
// would. Deletes and truncates bump "SearchCatalogEpoch", and the catalog is read whole again.
// The catalog is a copy, never a source: every process keeps its own, and losing it loses nothing
// (docs/search.md, "The scan").
import { AsyncLocalStorage } from "node:async_hooks";
import type { PoolClient } from "pg";
import { pool } from "@/lib/db/client";
import { briefKeywords, type BrandBrief } from "@/lib/domain/fit";
import { Catalog, type CatalogRow } from "@/lib/search/scan/catalog";
import { keptKeywordSlots } from "@/lib/search/scan/keywords";
import { preparePeerRates } from "@/lib/search/scan/peers";
import { prepareOrders } from "@/lib/search/scan/run";
import { warmScans } from "@/lib/search/scan/warm";
import type { TextRules } from "@/lib/search/scan/trgm";
import type { TierThresholds } from "@/lib/domain/tiers";
import { TIER_THRESHOLDS_JSON, tierThresholdsOf } from "../settings";
import { warmFinds } from "./warm-finds";


const COLUMNS = `c."id", c."handle", c."displayName", c."bio", c."platform"::text, c."tier"::text, c."country", c."language", c."niches", c."followers",
  c."engagementRate", c."engagementRankable", c."expectedEngagements", c."engagementScore", c."authenticityScore", c."costScore",
  c."costPrior",
  c."priceLow"::float8, c."costPerEngagement", c."followerGrowth30d", (c."contactEmail" IS NOT NULL AND c."contactEmail" <> ''),
  (extract(epoch FROM c."metricsAsOf") * 1000)::float8, c."baseScore", c."baseConfidence"`;

type Cell = string | number | boolean | string[] | null;
const num = (v: Cell) => (v === null ? null : Number(v));
function toRow(cells: Cell[]): CatalogRow {
  const [id, handle, displayName, bio] = cells as [string, string, string | null, string | null];
  const r = cells.slice(4);
  return {
    id, handle, displayName, bio, platform: r[0] as string, tier: r[1] as string, country: r[2] as string | null, language: r[3] as string | null,
    niches: (r[4] as string[] | null) ?? [], followers: Number(r[5]), engagementRate: num(r[6]), engagementRankable: r[7] === true,
    expectedEngagements: num(r[8]), engagementScore: num(r[9]), authenticityScore: num(r[10]), costScore: num(r[11]), costPrior: num(r[12]),
    priceLow: num(r[13]), costPerEngagement: num(r[14]), followerGrowth30d: num(r[15]), hasEmail: r[16] === true, metricsAsOf: Number(r[17]),
    baseScore: num(r[18]), baseConfidence: num(r[19]),
  };
}

/**
 * How this database lower-cases (lower(), which ILIKE applies to both sides) and which characters
 * pg_trgm counts as parts of words: both follow its locale, so the scan reads them from it once per
 * process rather than assume JavaScript's Unicode tables (glibc differs on thousands of code points).
 */
export async function readTextRules(client: PoolClient): Promise<TextRules> {
  const cps = `generate_series(1, 1114111) i WHERE i NOT BETWEEN 55296 AND 57343`;
  const { rows } = await client.query<{ word: number[]; src: number[]; dst: number[] }>(
    `SELECT (SELECT array_agg(i) FROM ${cps} AND cardinality(show_trgm(chr(i))) > 0) AS word,
       l.src, l.dst FROM (SELECT array_agg(i) AS src, array_agg(ascii(lower(chr(i)))) AS dst FROM ${cps} AND lower(chr(i)) <> chr(i)) l`,
  );
  const { word, src, dst } = rows[0]!;
  const flags = new Uint8Array(0x110000);
  for (const cp of word ?? []) flags[cp] = 1;
  return { word: flags, lower: new Map((src ?? []).map((cp, k) => [cp, dst[k]!])) };
}

/**
 * What a reader has seen: the snapshot of its last read (`xmax`, the ids running then) and the epoch.
 * `thresholds`: the tier thresholds as of the same read, so that a search needs no statement of its
 * own for them (lib/queries/search/index.ts).
 */
export type CatalogState = { catalog: Catalog; xmax: string; running: string[]; epoch: string; thresholds: TierThresholds };

function parseSnapshot(text: string): { xmax: string; running: string[] } {
  const [, xmax, xip] = text.split(":");
  return { xmax: xmax!, running: xip ? xip.split(",") : [] };
}

const BATCH = 50_000;

/**
 * A statement on the primary, also inside onReplica() (lib/db/replicas.ts routes the pool's own
 * query(), not a checked-out client's): the catalog follows one server's history, whose snapshots
 * its catch-up reads compare.
 */
async function onPrimary<T>(run: (c: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    return await run(client);
  } finally {
    client.release();
  }
}

/**
 * One catalog per process, on globalThis: the server's bundles (pages, route handlers,
 * instrumentation) may each hold their own copy of this module, and the catalog is large.
 */
type Holder = {
  state: CatalogState | null; running: Promise<CatalogState> | null; queued: Promise<CatalogState> | null; rules?: TextRules;
  /** What runs on every catalog read whole before a search is given it (warmSearchCatalog). */
  warmUp?: CatalogWarmUp;
  /** The catalog being warmed up, as freshCatalog() answers it inside the warm-up. */
  warming: AsyncLocalStorage<CatalogState>;
};
const g = globalThis as unknown as { scoutSearchCatalog?: Holder };
const holder: Holder = (g.scoutSearchCatalog ??= { state: null, running: null, queued: null, warming: new AsyncLocalStorage() });

/** Every creator, read in one REPEATABLE READ transaction (one snapshot), in batches by id. */
async function readAll(): Promise<CatalogState> {
  const client = await pool.connect();
  try {
    const rules = (holder.rules ??= await readTextRules(client));
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const head = await client.query<{ snap: string; epoch: string | null; n: string; tiers: TierThresholds | null }>(
      `SELECT pg_current_snapshot()::text AS snap, (SELECT "epoch"::text FROM "SearchCatalogEpoch" WHERE "id" = 1) AS epoch,
        (SELECT reltuples::bigint FROM pg_class WHERE oid = '"Creator"'::regclass)::text AS n, ${TIER_THRESHOLDS_JSON} AS tiers`,
    );
    const catalog = new Catalog(Math.max(1024, Math.ceil(Number(head.rows[0]!.n) * 1.1)), rules);
    let last = "";
    for (;;) {
      const { rows } = await client.query<Cell[]>({ text: `SELECT ${COLUMNS} FROM "Creator" c WHERE c."id" > $1 ORDER BY c."id" LIMIT ${BATCH}`, values: [last], rowMode: "array" });
      for (const r of rows) catalog.upsert(toRow(r));
      if (rows.length < BATCH) break;
      last = rows[rows.length - 1]![0] as string;
    }
    await client.query("COMMIT");
    // The free-text indexes, the bitsets, the sorts' orders and the peers' rates, now rather than at
    // the first search or profile that needs them (seconds at a million creators).
    catalog.textIndexFresh();
    prepareOrders(catalog);
    preparePeerRates(catalog);
    // The texts and keywords found lately, found again before the first search asks (./warm-finds.ts).
    // A hint only: its failure costs the head start, not the catalog.
    const warm = await warmFinds(client, catalog).catch((e: unknown) => {
      console.warn(`[search] recent texts and keywords not found again: ${e instanceof Error ? e.message : e}`);
      return null;
    });
    if (warm?.terms) console.info(`[search] ${warm.terms} recent texts and keywords found again in ${warm.ms.toFixed(0)} ms`);
    const h = head.rows[0]!;
    const thresholds = tierThresholdsOf(h.tiers);
    // The scan's code optimised before it serves (lib/search/scan/warm.ts); like the finds, never the catalog's failure.
    try {
      warmScans(catalog, thresholds, warm?.texts ?? []);
    } catch (e) {
      console.warn(`[search] the warm-up scans failed: ${e instanceof Error ? e.message : e}`);
    }
    return { catalog, ...parseSnapshot(h.snap), epoch: h.epoch ?? "", thresholds };
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

/** The rows written since `s` was read, applied to it; a new epoch (a delete) reads everything again. */
async function readChanges(s: CatalogState): Promise<CatalogState> {
  const { rows } = await onPrimary((c) => c.query<Cell[]>({
    text: `SELECT s.snap, s.epoch, s.tiers, d.* FROM (SELECT pg_current_snapshot()::text AS snap,
        (SELECT "epoch"::text FROM "SearchCatalogEpoch" WHERE "id" = 1) AS epoch, ${TIER_THRESHOLDS_JSON} AS tiers) s
      LEFT JOIN LATERAL (SELECT ${COLUMNS} FROM "Creator" c WHERE c."searchXid" >= $1::bigint OR c."searchXid" = ANY($2::bigint[])) d ON true`,
    values: [s.xmax, s.running],
    rowMode: "array",
  }));
  const first = rows[0]!;
  if (((first[1] as string | null) ?? "") !== s.epoch) return readWhole();
  const changed = rows.filter((r) => r[3] !== null);
  // The catalog logs each write: a kept keyword or text tests the written creators again when a
  // search next asks for it (lib/search/scan/kept.ts).
  for (const r of changed) s.catalog.upsert(toRow(r.slice(3)));
  return { ...s, ...parseSnapshot(first[0] as string), thresholds: tierThresholdsOf(first[2] as unknown as TierThresholds | null) };
}

/** Reads run on a catalog just read whole, before any search is given it (warmSearchCatalog). */
export type CatalogWarmUp = (s: CatalogState) => Promise<unknown>;
/** How long the searches that wait for a whole read wait for its warm-up at most. */
export const WARM_UP_LIMIT_MS = 10_000;

/**
 * The whole catalog read, then the warm-up on it: inside the warm-up, freshCatalog() answers this
 * read itself (the one it would wait for). A warm-up's failure is logged, never the read's; past
 * WARM_UP_LIMIT_MS it is left to finish in the background, and the waiting searches go on.
 */
async function readWhole(): Promise<CatalogState> {
  const s = await readAll();
  const warm = holder.warmUp;
  if (!warm) return s;
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, WARM_UP_LIMIT_MS)));
  const done = holder.warming.run(s, () => warm(s)).catch((e: unknown) => console.warn(`[search] the warm-up failed: ${e instanceof Error ? e.message : e}`));
  await Promise.race([done, limit]);
  clearTimeout(timer);
  return s;
}

function refresh(): Promise<CatalogState> {
  const h = holder;
  if (!h.running) {
    h.running = (h.state ? readChanges(h.state) : readWhole())
      .then((s) => (h.state = s))
      .finally(() => {
        h.running = null;
      });
    return h.running;
  }
  // A read already under way may have begun before the caller's own writes: wait for the next one.
  h.queued ??= h.running.catch(() => null).then(() => {
    h.queued = null;
    return refresh();
  });
  return h.queued;
}

/**
 * Starts the first read in the background (server start). `warm` then runs on it, and on every
 * later whole read (after a delete), before the searches that wait for the read are answered
 * (lib/queries/warm-reads.ts); none: no warm-up. Errors are left to the first search.
 */
export function warmSearchCatalog(warm?: CatalogWarmUp): void {
  holder.warmUp = warm;
  if (process.env.SCOUT_SEARCH_SCAN === "off") return;
  refresh().catch((e: unknown) => console.warn(`[search] the catalog will be read at the first search: ${e instanceof Error ? e.message : e}`));
}

/** The catalog as of now: every write committed before the call is in it. */
export function freshCatalog(): Promise<CatalogState> {
  const warming = holder.warming.getStore();
  return warming ? Promise.resolve(warming) : refresh();
}

/** Whether this process has read its catalog (until then, a catch-up is the whole read: seconds at a million). */
export function catalogRead(): boolean {
  return holder.state !== null || holder.warming.getStore() !== undefined;
}

/** Each catalog's keyword counts, written again by every search that asks (see keywordHits). */
const hitsWork = new WeakMap<Catalog, Uint8Array>();

/**
 * Per slot, how many of the brief's keywords its bio holds (whole words or phrases, as fit counts
 * them): each keyword's slots found in the catalog's bios (lib/search/scan/keywords.ts, one pass),
 * then kept; the creators written since are tested again when the keyword is next asked for. Null
 * when the brief has no keywords. The array is the catalog's, reused by the next search: read it
 * before anything else may run (no await in between).
 */
export function keywordHits(s: CatalogState, brief: BrandBrief): Uint8Array | null {
  const keywords = briefKeywords(brief);
  if (keywords.length === 0) return null;
  let hits = hitsWork.get(s.catalog);
  if (!hits || hits.length < s.catalog.size) hitsWork.set(s.catalog, (hits = new Uint8Array(Math.max(1024, Math.ceil(s.catalog.size * 1.1)))));
  hits.fill(0);
  for (const k of keywords) {
    for (const i of keptKeywordSlots(s.catalog, k)) if (i < hits.length) hits[i]!++;
  }
  return hits;
}
