// Reading campaigns: the organisation's list, and one campaign with its creators, posts and report.
import "server-only";
import { prisma } from "@/lib/db/client";
import { buildReport, calibrationOffer, postsPlanned, type CampaignCreatorInput, type CampaignReport, type Deliverable, type PostResult } from "@/lib/domain/campaigns";
import { NotFoundError } from "@/lib/domain/errors";
import { shareLinkState } from "@/lib/domain/shortlist";
import { hashShareToken } from "../shortlist";
import { CAMPAIGN_NOT_FOUND } from "./access";
import { readEmvCard } from "./emv";

const num = (v: bigint | null) => (v === null ? undefined : Number(v));
const money = (v: { toNumber(): number } | null) => (v === null ? undefined : v.toNumber());

export async function listCampaigns(organizationId: string) {
  const rows = await prisma.campaign.findMany({
    where: { organizationId },
    orderBy: [{ startsOn: "desc" }, { name: "asc" }],
    select: {
      id: true, name: true, startsOn: true, endsOn: true, budget: true, currency: true, goal: true, synthetic: true, source: true,
      shortlist: { select: { id: true, name: true } },
      _count: { select: { creators: true, posts: true } },
    },
  });
  return rows.map(({ _count, budget, ...r }) => ({ ...r, budget: budget.toNumber(), creators: _count.creators, posts: _count.posts }));
}
export type CampaignIndexRow = Awaited<ReturnType<typeof listCampaigns>>[number];

const headerSelect = {
  id: true, name: true, startsOn: true, endsOn: true, budget: true, currency: true, goal: true, source: true, plan: true,
  shareWithClient: true, synthetic: true, createdAt: true, updatedAt: true, shortlist: { select: { id: true, name: true } },
} as const;

async function readCampaign(where: { id: string; organizationId?: string }) {
  const c = await prisma.campaign.findFirst({
    where,
    select: {
      ...headerSelect,
      creators: {
        orderBy: [{ followersAtLaunch: "desc" }, { handle: "asc" }],
        select: {
          id: true, creatorId: true, platform: true, handle: true, fee: true, feeEstimated: true, deliverables: true, followersAtLaunch: true,
          tierAtLaunch: true, predictedReach: true, predictedEngagements: true, predictedCpe: true, feeAtLaunch: true, postsPlannedAtLaunch: true,
        },
      },
      posts: {
        orderBy: [{ postedAt: "asc" }, { url: "asc" }],
        select: {
          id: true, campaignCreatorId: true, url: true, postedAt: true, format: true, caption: true, source: true, updatedAt: true,
          views: true, likes: true, comments: true, shares: true, saves: true, linkClicks: true, conversions: true, revenue: true,
          _count: { select: { snapshots: true } },
        },
      },
    },
  });
  return c;
}

export type CampaignDetail = NonNullable<Awaited<ReturnType<typeof loadCampaignReport>>>;

/** The campaign header, its creators as the figures read them, its posts and the report. */
async function loadCampaignReport(where: { id: string; organizationId?: string }) {
  const c = await readCampaign(where);
  if (!c) return null;
  const creators: (CampaignCreatorInput & { creatorId: string | null; feeEstimated: boolean; deliverables: Deliverable[] })[] = c.creators.map((r) => {
    const deliverables = (Array.isArray(r.deliverables) ? r.deliverables : []) as Deliverable[];
    return {
      key: r.id, creatorId: r.creatorId, handle: r.handle, platform: r.platform, tier: r.tierAtLaunch ?? undefined,
      followers: r.followersAtLaunch ?? undefined, fee: money(r.fee), feeEstimated: r.feeEstimated, deliverables,
      postsPlanned: postsPlanned(deliverables), predictedReachPerPost: r.predictedReach ?? undefined,
      predictedEngagementsPerPost: r.predictedEngagements ?? undefined,
      launchFee: money(r.feeAtLaunch), launchPostsPlanned: r.postsPlannedAtLaunch ?? undefined,
    };
  });
  const posts: (PostResult & { source: string; versions: number; updatedAt: Date })[] = c.posts.map((p) => ({
    id: p.id, creatorKey: p.campaignCreatorId, url: p.url, postedAt: p.postedAt ?? undefined, format: p.format ?? undefined, caption: p.caption ?? undefined,
    views: num(p.views), likes: num(p.likes), comments: num(p.comments), shares: num(p.shares), saves: num(p.saves),
    linkClicks: num(p.linkClicks), conversions: num(p.conversions), revenue: money(p.revenue),
    source: p.source, versions: p._count.snapshots, updatedAt: p.updatedAt,
  }));
  const card = await readEmvCard();
  const report: CampaignReport = buildReport(creators, posts, card);
  const { creators: _c, posts: _p, budget, ...header } = c;
  return { campaign: { ...header, budget: budget.toNumber() }, creators, posts, report, card };
}

/** Every campaign of the organisation as a report (the newest 200): micro against macro across them. */
export async function listCampaignReports(organizationId: string) {
  const ids = await prisma.campaign.findMany({ where: { organizationId }, orderBy: { startsOn: "desc" }, select: { id: true }, take: 200 });
  const out = [];
  for (const { id } of ids) {
    const r = await loadCampaignReport({ id, organizationId });
    if (r) out.push(r.report);
  }
  return out;
}

/** The planner's calibration offer from the organisation's own results (lib/domain/campaigns/calibration.ts). */
export async function readCalibrationOffer(organizationId: string) {
  return calibrationOffer(await listCampaignReports(organizationId));
}

export async function getCampaignReport(organizationId: string, id: string) {
  const r = await loadCampaignReport({ id, organizationId });
  if (!r) throw new NotFoundError(CAMPAIGN_NOT_FOUND);
  return r;
}

/**
 * For a share link's page: the campaigns of the link's list that the team chose to show the client,
 * and whether the link shares prices (fees and costs are shown only then). None for a link that is
 * unknown, revoked or expired.
 */
export async function getSharedCampaignReports(token: string, now = new Date()) {
  const link = await prisma.shareLink.findUnique({ where: { tokenHash: hashShareToken(token) }, select: { shortlistId: true, columns: true, revokedAt: true, expiresAt: true } });
  if (!link || shareLinkState(link, now) !== "active") return { reports: [], showMoney: false };
  return { reports: await sharedReportsOfList(link.shortlistId), showMoney: link.columns.includes("price") };
}

async function sharedReportsOfList(shortlistId: string) {
  const ids = await prisma.campaign.findMany({ where: { shortlistId, shareWithClient: true }, orderBy: { startsOn: "desc" }, select: { id: true }, take: 5 });
  const out = [];
  for (const { id } of ids) {
    const r = await loadCampaignReport({ id });
    if (r) out.push(r);
  }
  return out;
}

/** A post's versions, oldest first (each import or edit adds one). */
export async function listPostHistory(organizationId: string, campaignId: string, postId: string) {
  const post = await prisma.campaignPost.findFirst({ where: { id: postId, campaignId, campaign: { organizationId } }, select: { id: true, url: true } });
  if (!post) throw new NotFoundError("No such post in this campaign.");
  const rows = await prisma.campaignPostSnapshot.findMany({ where: { postId }, orderBy: { recordedAt: "asc" } });
  return {
    url: post.url,
    versions: rows.map((s) => ({
      recordedAt: s.recordedAt, source: s.source, views: num(s.views) ?? null, likes: num(s.likes) ?? null, comments: num(s.comments) ?? null,
      shares: num(s.shares) ?? null, saves: num(s.saves) ?? null, linkClicks: num(s.linkClicks) ?? null, conversions: num(s.conversions) ?? null, revenue: money(s.revenue) ?? null,
    })),
  };
}
