// Compare 2-6 creators: loads them with their snapshots (one statement), and the organisation's
// shortlist and brief when asked for. Another organisation's list or brief is "not found", the same
// answer as an id that does not exist, so nothing leaks.
import "server-only";
import { prisma, queryRows } from "@/lib/db/client";
import { buildComparison, MAX_COMPARE, MIN_COMPARE, type CompareBrief, type CompareCreator, type Comparison } from "@/lib/domain/compare";
import { InvalidInputError, NotFoundError } from "@/lib/domain/errors";
import type { CompareQuery } from "@/lib/validation/compare";
import { toBrandBrief, toFlags } from "@/lib/search/brief";
import { compareRow, compareSql, type SentCompareRow } from "./creator-sql";

/** Newest snapshots per creator kept for the history chart. */
const SNAPSHOTS_PER_CREATOR = 200;

export type ComparePickItem = { id: string; handle: string; displayName: string | null; tier: CompareCreator["tier"]; followers: number };
export type CompareListRef = { id: string; name: string; size: number };

export type CompareAnswer =
  | { kind: "compare"; creators: CompareCreator[]; comparison: Comparison; list: CompareListRef | null; briefSource: "query" | "list" | null }
  | { kind: "pick"; list: CompareListRef & { creators: ComparePickItem[] }; brief: { id: string; name: string } | null };

async function getListForOrg(organizationId: string, listId: string) {
  const list = await prisma.shortlist.findFirst({
    where: { id: listId, organizationId },
    select: {
      id: true, name: true, briefId: true,
      items: { orderBy: [{ addedAt: "asc" }, { id: "asc" }], select: { creator: { select: { id: true, handle: true, displayName: true, tier: true, followers: true } } } },
    },
  });
  if (!list) throw new NotFoundError("No such shortlist in your organisation.", { list: ["No such shortlist in your organisation."] });
  return list;
}

async function getBriefForOrg(organizationId: string, briefId: string): Promise<CompareBrief> {
  const row = await prisma.brandBrief.findFirst({
    where: { id: briefId, organizationId },
    select: { id: true, name: true, niches: true, keywords: true, countries: true, languages: true, platforms: true },
  });
  if (!row) throw new NotFoundError("No such brief in your organisation.", { brief: ["No such brief in your organisation."] });
  return { id: row.id, name: row.name, brief: toBrandBrief(row) };
}

/** The creators of `ids`, in that order, each with its newest snapshots oldest first: one statement (./creator-sql.ts). */
async function getCompareCreators(ids: readonly string[]): Promise<CompareCreator[]> {
  const rows = await queryRows<SentCompareRow>(compareSql(ids, SNAPSHOTS_PER_CREATOR));
  const byId = new Map(rows.map((r) => [r.id, compareRow(r)]));
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length) {
    const message = `No creator with id ${missing.join(", ")}.`;
    throw new NotFoundError(message, { ids: [message] });
  }
  return ids.map((id) => {
    const c = byId.get(id)!;
    return { ...c, authenticityFlags: toFlags(c.authenticityFlags), snapshots: c.snapshots.reverse() };
  });
}

/**
 * The comparison asked for by `q` (already validated: 2-6 distinct ids, or a list). Throws
 * NotFoundError for an unknown creator, list or brief (and for another organisation's), and
 * InvalidInputError when a list holds fewer than 2 creators. A list of more than 6 without ids
 * answers "pick", with its creators to choose from.
 */
export async function getComparisonForOrg(organizationId: string, q: CompareQuery): Promise<CompareAnswer> {
  const list = q.list ? await getListForOrg(organizationId, q.list) : null;
  const listRef = list && { id: list.id, name: list.name, size: list.items.length };
  const briefId = q.brief ?? list?.briefId ?? null;
  const brief = briefId ? await getBriefForOrg(organizationId, briefId) : null;
  let ids = q.ids ?? [];
  if (list) {
    const onList = new Set(list.items.map((i) => i.creator.id));
    const strangers = ids.filter((id) => !onList.has(id));
    if (strangers.length) {
      const message = `Not on “${list.name}”: ${strangers.join(", ")}.`;
      throw new NotFoundError(message, { ids: [message] });
    }
    if (ids.length === 0) {
      if (list.items.length < MIN_COMPARE) {
        throw new InvalidInputError(`“${list.name}” holds ${list.items.length} creator${list.items.length === 1 ? "" : "s"}; compare needs at least ${MIN_COMPARE}.`, { list: ["Too few creators on this list."] });
      }
      if (list.items.length > MAX_COMPARE) return { kind: "pick", list: { ...listRef!, creators: list.items.map((i) => i.creator) }, brief: brief && { id: brief.id, name: brief.name } };
      ids = list.items.map((i) => i.creator.id);
    }
  }
  const creators = await getCompareCreators(ids);
  return {
    kind: "compare",
    creators,
    comparison: buildComparison(creators, brief),
    list: listRef,
    briefSource: q.brief ? "query" : brief ? "list" : null,
  };
}
