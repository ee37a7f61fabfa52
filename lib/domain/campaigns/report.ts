// A campaign's report: figures per post, per creator, per tier and for the whole campaign, the
// disclosure check, and the series its charts draw. Pure.
import { TIERS, type Tier } from "../types";
import { checkDisclosure, type DisclosureVerdict } from "./disclosure";
import { figuresOf, type Figures } from "./figures";
import { postEmv, postEngagements, ratio } from "./post";
import { addSums, creatorSums, type Sums } from "./sums";
import type { CampaignCreatorInput, EmvRateCard, PostResult } from "./types";

export type TierKey = Tier | "unknown";
export const TIER_KEYS: readonly TierKey[] = [...TIERS, "unknown"];

export type PostRow = PostResult & {
  engagements: number | undefined;
  engagementParts: string[];
  erByFollowers: number | undefined;
  erByViews: number | undefined;
  emv: number | undefined;
  disclosure: DisclosureVerdict;
  disclosureFound?: string;
};

export type CreatorReport = { creator: CampaignCreatorInput; sums: Sums; figures: Figures; posts: PostRow[] };
export type TierReport = { tier: TierKey; sums: Sums; figures: Figures };
export type CampaignReport = {
  creators: CreatorReport[];
  tiers: TierReport[];
  total: { sums: Sums; figures: Figures };
  /** Posts with a caption and no disclosure found. */
  undisclosed: PostRow[];
  /** Posts whose creator is not on the campaign (left out of every figure). */
  orphans: PostResult[];
};

export function postRow(p: PostResult, c: CampaignCreatorInput, card: EmvRateCard): PostRow {
  const eng = postEngagements(p);
  const d = checkDisclosure(p.caption);
  return {
    ...p,
    engagements: eng.value,
    engagementParts: eng.parts,
    erByFollowers: ratio(eng.value, c.followers),
    erByViews: ratio(eng.value, p.views),
    emv: postEmv(p, c.platform, card),
    disclosure: d.verdict,
    disclosureFound: d.found,
  };
}

export function buildReport(creators: readonly CampaignCreatorInput[], posts: readonly PostResult[], card: EmvRateCard): CampaignReport {
  const byCreator = new Map<string, PostResult[]>();
  const keys = new Set(creators.map((c) => c.key));
  const orphans: PostResult[] = [];
  for (const p of posts) {
    if (!keys.has(p.creatorKey)) {
      orphans.push(p);
      continue;
    }
    const list = byCreator.get(p.creatorKey) ?? [];
    list.push(p);
    byCreator.set(p.creatorKey, list);
  }
  const creatorReports: CreatorReport[] = creators.map((c) => {
    const own = (byCreator.get(c.key) ?? []).slice().sort(byDate);
    const sums = creatorSums(c, own, card);
    return { creator: c, sums, figures: figuresOf(sums), posts: own.map((p) => postRow(p, c, card)) };
  });
  const tiers: TierReport[] = [];
  for (const tier of TIER_KEYS) {
    const members = creatorReports.filter((r) => (r.creator.tier ?? "unknown") === tier);
    if (!members.length) continue;
    const sums = addSums(members.map((m) => m.sums));
    tiers.push({ tier, sums, figures: figuresOf(sums) });
  }
  const total = addSums(creatorReports.map((r) => r.sums));
  const undisclosed = creatorReports.flatMap((r) => r.posts.filter((p) => p.disclosure === "missing"));
  return { creators: creatorReports, tiers, total: { sums: total, figures: figuresOf(total) }, undisclosed, orphans };
}

function byDate(a: PostResult, b: PostResult): number {
  const ta = a.postedAt?.getTime() ?? Infinity;
  const tb = b.postedAt?.getTime() ?? Infinity;
  return ta - tb || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
}
