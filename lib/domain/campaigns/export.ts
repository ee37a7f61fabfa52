// A campaign report as spreadsheet rows: one row per post, per creator, per tier and for the
// campaign, with every figure as a plain number (unknown = empty cell, never 0). Pure.
import type { Figures } from "./figures";
import type { CampaignReport } from "./report";

export const REPORT_HEADERS = [
  "level", "creator", "platform", "tier", "post url", "posted", "format", "fee", "posts", "posts planned",
  "views", "likes", "comments", "shares", "saves", "link clicks", "conversions", "revenue", "engagements",
  "ER by followers", "ER by views", "CPE", "CPV", "CPM", "CPC", "ROAS", "EMV",
  "predicted CPE", "engagements vs predicted", "reach vs predicted", "CPE vs predicted", "disclosure",
] as const;

type Cell = string | number | null;
const n = (v: number | undefined): Cell => (v === undefined || !Number.isFinite(v) ? null : v);

function figureCells(f: Figures): Cell[] {
  return [
    n(f.cost), f.posts, f.postsPlanned, n(f.views), n(f.likes), n(f.comments), n(f.shares), n(f.saves), n(f.linkClicks), n(f.conversions), n(f.revenue),
    n(f.engagements), n(f.erByFollowers), n(f.erByViews), n(f.cpe), n(f.cpv), n(f.cpm), n(f.cpc), n(f.roas), n(f.emv),
    n(f.predictedCpe), n(f.engagementsVsPredicted), n(f.reachVsPredicted), n(f.cpeVsPredicted),
  ];
}

export function reportRows(report: CampaignReport): Cell[][] {
  const rows: Cell[][] = [];
  rows.push(["campaign", null, null, null, null, null, null, ...figureCells(report.total.figures), null]);
  for (const t of report.tiers) rows.push(["tier", null, null, t.tier, null, null, null, ...figureCells(t.figures), null]);
  for (const c of report.creators) {
    rows.push(["creator", c.creator.handle, c.creator.platform, c.creator.tier ?? null, null, null, null, ...figureCells(c.figures), null]);
    for (const p of c.posts) {
      rows.push([
        "post", c.creator.handle, c.creator.platform, c.creator.tier ?? null, p.url, p.postedAt ? p.postedAt.toISOString().slice(0, 10) : null, p.format ?? null,
        null, 1, null, n(p.views), n(p.likes), n(p.comments), n(p.shares), n(p.saves), n(p.linkClicks), n(p.conversions), n(p.revenue),
        n(p.engagements), n(p.erByFollowers), n(p.erByViews), null, null, null, null, null, n(p.emv), null, null, null, null, p.disclosure,
      ]);
    }
  }
  return rows;
}
