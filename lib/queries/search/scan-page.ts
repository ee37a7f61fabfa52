// The "scan" path: a search served from the catalog's columns (lib/search/scan/run.ts: one pass
// over every creator, or over the free text's matches, whatever the filters and sort), then the
// page's rows read by id. The only SQL on the way is the catalog's catch-up read, the brief's
// keywords (once per keyword until the catalog changes) and the page itself.
import { queryRows } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { SearchPlan } from "@/lib/search/plan";
import { countMatches, scanCatalog } from "@/lib/search/scan/run";
import type { SearchQuery } from "@/lib/validation/search";
import { freshCatalog, keywordHits, type CatalogState } from "./catalog-sync";
import { fitKeywords, keepLists } from "./kept-lists";
import { listSql, orderBy } from "./list";
import { planScoreSql } from "./score-sql";
import type { RawRow, SearchPath } from "./types";
import { whereOf } from "./where";

const { sql } = Prisma;

/** Whether a plan is served by the scan: always, unless turned off (then the SQL paths of ./run.ts serve it). */
export function scans(): boolean {
  return process.env.SCOUT_SEARCH_SCAN !== "off";
}

/** `catalog`: the catalog brought up to date for this search, when its catch-up began before the plan. */
export async function scanSearch(plan: SearchPlan, catalog: Promise<CatalogState> = freshCatalog()): Promise<{ rows: RawRow[]; total: number; totalCapped: boolean; countCap: number; path: SearchPath }> {
  const { query: q, brief, cap } = plan;
  const s = await catalog;
  // Keyword hits only matter where fit orders the page: a fit sort, or a computed score.
  const keywords = fitKeywords(brief, q.sort);
  // A new text's or keyword's matches are found between other requests, not in the scan.
  await keepLists(s.catalog, plan.text, keywords);
  // The counts are a buffer the next search reuses: read at once, with no await in between.
  const { ids, matches } = scanCatalog(s.catalog, plan, brief && keywords.length ? keywordHits(s, brief) : null);
  let rows: RawRow[] = [];
  if (ids.length) {
    const { fit, score, conf } = planScoreSql(plan);
    const found = await queryRows<RawRow>(listSql(whereOf([sql`c."id" = ANY(${ids})`]), fit, score, conf, orderBy(q, brief !== null), ids.length, 0));
    // The scan's order is the page's (the statement sorts by the same keys; this keeps them equal by
    // construction). A replica that has not yet replayed a new creator leaves it out of this page.
    const byId = new Map(found.map((r) => [r.id, r]));
    rows = ids.flatMap((id) => byId.get(id) ?? []);
  }
  return { rows, total: Math.min(matches, cap), totalCapped: matches > cap, countCap: cap, path: "scan" };
}

/** How many creators match the filters and the free text, counted on the catalog. */
export async function scanCount(q: Partial<SearchQuery>, text: string): Promise<number> {
  const { catalog } = await freshCatalog();
  await keepLists(catalog, text, []);
  return countMatches(catalog, q, text);
}
