// Share links: a read-only view of one list for a client with no account. The token is 32 bytes from
// crypto.randomBytes (256 bits), shown once; only its SHA-256 is stored, so a database dump opens nothing.
import { createHash, randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { NotFoundError, TooManyRequestsError } from "@/lib/domain/errors";
import { RateWindow } from "@/lib/security/rate-window";
import { normaliseShareColumns, shareLinkState, type ShareColumn } from "@/lib/domain/shortlist";
import type { SessionUser } from "@/lib/auth/roles";
import type { ClientDecisionInput, CreateShareLinkInput } from "@/lib/validation/shortlist";
import { actorOf, findListOrThrow, findShareableListOrThrow, logActivity } from "./access";
import { briefOf, itemSelect, toItemRow, type RawItem } from "./rows";
import { ConflictError } from "@/lib/domain/errors";

export const CLIENT_ACTOR = { id: null, label: "client" } as const;

export function hashShareToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export async function createShareLink(user: SessionUser, shortlistId: string, input: CreateShareLinkInput, now = new Date()) {
  const list = await findShareableListOrThrow(user, shortlistId);
  // An archived list is finished work: a new client link to it would be a surprise (issue 20, INFO).
  if (list.archivedAt) throw new ConflictError("This list is archived. Restore it to share it with a client.");
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + input.days * 86_400_000);
  const columns = normaliseShareColumns(input.columns);
  const link = await prisma.$transaction(async (tx) => {
    const created = await tx.shareLink.create({
      data: { shortlistId: list.id, tokenHash: hashShareToken(token), label: input.label, columns, expiresAt, createdById: user.id },
      select: { id: true, label: true, columns: true, expiresAt: true, createdAt: true },
    });
    await logActivity(tx, list.id, actorOf(user), [{ kind: "shared", detail: { link: input.label ?? created.id, days: input.days } }]);
    return created;
  });
  return { ...link, token };
}

/** The list's links with their state (active, revoked, expired) and how many decisions each got. */
export async function listShareLinks(user: SessionUser, shortlistId: string, now = new Date()) {
  await findShareableListOrThrow(user, shortlistId);
  const links = await prisma.shareLink.findMany({
    where: { shortlistId, shortlist: { organizationId: user.organizationId } },
    orderBy: { createdAt: "desc" },
    select: { id: true, label: true, columns: true, expiresAt: true, revokedAt: true, createdAt: true, lastUsedAt: true, createdBy: { select: { name: true, email: true } }, _count: { select: { decisions: true } } },
  });
  return links.map(({ _count, createdBy, ...l }) => ({ ...l, createdBy: createdBy ? createdBy.name || createdBy.email : null, decisions: _count.decisions, state: shareLinkState(l, now) }));
}
export type ShareLinkRow = Awaited<ReturnType<typeof listShareLinks>>[number];

export async function revokeShareLink(user: SessionUser, shortlistId: string, linkId: string) {
  await findShareableListOrThrow(user, shortlistId);
  return prisma.$transaction(async (tx) => {
    const link = await tx.shareLink.findFirst({ where: { id: linkId, shortlistId, shortlist: { organizationId: user.organizationId } }, select: { id: true, label: true, revokedAt: true } });
    if (!link) throw new NotFoundError("No such share link on this list.");
    if (link.revokedAt) return { revoked: false };
    await tx.shareLink.update({ where: { id: link.id }, data: { revokedAt: new Date() } });
    await logActivity(tx, shortlistId, actorOf(user), [{ kind: "share_revoked", detail: { link: link.label ?? link.id } }]);
    return { revoked: true };
  });
}

/** An open link for a token, else null (unknown, revoked and expired read the same: a 404). */
async function findOpenLink(token: string, now: Date) {
  const link = await prisma.shareLink.findUnique({
    where: { tokenHash: hashShareToken(token) },
    select: { id: true, shortlistId: true, columns: true, expiresAt: true, revokedAt: true },
  });
  return link && shareLinkState(link, now) === "active" ? link : null;
}

/** What a client sees: the list's name and its creators, with only the link's columns. */
export async function getSharedList(token: string, now = new Date()) {
  const link = await findOpenLink(token, now);
  if (!link) return null;
  const list = await prisma.shortlist.findUnique({
    where: { id: link.shortlistId },
    select: {
      // The name only: the description is the team's, like its notes and statuses.
      name: true, organization: { select: { name: true } },
      brief: { select: { niches: true, keywords: true, countries: true, languages: true, platforms: true } },
      items: { select: itemSelect, orderBy: { addedAt: "asc" } },
    },
  });
  if (!list) return null;
  const [decisions] = await Promise.all([
    prisma.shareDecision.findMany({ where: { shareLinkId: link.id }, select: { itemId: true, decision: true, comment: true } }),
    prisma.shareLink.update({ where: { id: link.id }, data: { lastUsedAt: now }, select: { id: true } }),
  ]);
  const byItem = new Map(decisions.map((d) => [d.itemId, d]));
  const brief = briefOf(list.brief);
  const columns = normaliseShareColumns(link.columns) as ShareColumn[];
  return {
    name: list.name, organizationName: list.organization.name, columns, expiresAt: link.expiresAt,
    items: list.items.map((raw) => {
      const r = toItemRow(raw as RawItem, brief);
      const d = byItem.get(r.itemId);
      // Only what the link shows: internal fields (status, team note unless chosen, scores) stay behind.
      return {
        itemId: r.itemId, handle: r.handle, platform: r.platform, displayName: r.displayName, tier: r.tier,
        followers: columns.includes("followers") ? r.followers : null,
        engagementRate: columns.includes("engagement") ? r.engagementRate : null,
        expectedEngagements: columns.includes("expectedEngagements") ? r.expectedEngagements : null,
        authenticityScore: columns.includes("authenticity") ? r.authenticityScore : null,
        price: columns.includes("price") ? { low: r.agreedPrice ?? r.priceLow, high: r.agreedPrice ?? r.priceHigh, currency: r.agreedPrice !== null ? "USD" : r.priceCurrency, agreed: r.agreedPrice !== null } : null,
        country: columns.includes("country") ? r.country : null,
        note: columns.includes("note") ? r.note : null,
        decision: d ? { decision: d.decision, comment: d.comment } : null,
      };
    }),
  };
}
export type SharedList = NonNullable<Awaited<ReturnType<typeof getSharedList>>>;
export type SharedItem = SharedList["items"][number];

/** At most this many client decisions per share link per minute (per server process); more is a 429. */
export const SHARE_DECISIONS_PER_MINUTE = 60;
const decisionRate = new RateWindow(SHARE_DECISIONS_PER_MINUTE, 60_000);

/**
 * A client's approve/reject (and comment) on one creator; answering again replaces the answer. Only a
 * change is written and logged: repeating the same answer touches nothing, so a link cannot flood the
 * activity log, and a link's decisions are rate-limited (SHARE_DECISIONS_PER_MINUTE).
 */
export async function recordClientDecision(token: string, input: ClientDecisionInput, now = new Date()) {
  const link = await findOpenLink(token, now);
  if (!link) throw new NotFoundError("This link does not exist or no longer works.");
  if (!decisionRate.take(link.id, now.getTime())) throw new TooManyRequestsError(`At most ${SHARE_DECISIONS_PER_MINUTE} answers a minute on one link. Wait a minute and try again.`);
  const item = await prisma.shortlistItem.findFirst({ where: { id: input.itemId, shortlistId: link.shortlistId }, select: { id: true, creatorId: true } });
  if (!item) throw new NotFoundError("No such creator on this list.", { itemId: ["No such creator on this list."] });
  const comment = input.comment ?? null;
  await prisma.$transaction(async (tx) => {
    const where = { shareLinkId_itemId: { shareLinkId: link.id, itemId: item.id } };
    // Locked, so two identical answers at once cannot both see "changed".
    await tx.$queryRaw`SELECT 1 FROM "ShareDecision" WHERE "shareLinkId" = ${link.id} AND "itemId" = ${item.id} FOR UPDATE`;
    const before = await tx.shareDecision.findUnique({ where, select: { decision: true, comment: true } });
    if (before && before.decision === input.decision && (before.comment ?? null) === comment) return;
    await tx.shareDecision.upsert({
      where,
      create: { shareLinkId: link.id, itemId: item.id, decision: input.decision, comment: input.comment },
      update: { decision: input.decision, comment: input.comment },
    });
    await logActivity(tx, link.shortlistId, CLIENT_ACTOR, [{ creatorId: item.creatorId, kind: "client_decision", detail: { decision: input.decision, comment: input.comment } }]);
  });
  return { itemId: item.id, decision: input.decision, comment: input.comment };
}

export { findListOrThrow };
