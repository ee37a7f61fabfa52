// One row per metric, one cell per creator, in the creators' order. Pure.
import { costPerMille } from "../cost";
import { ENGAGEMENT_BENCHMARKS, engagementBand } from "../engagement";
import { scoreNicheFit, FIT_POINTS_TEXT } from "../fit";
import { formatCompact, formatInteger, formatMoney, formatMoneyRange, formatPercent, formatPlatform, formatScore, NO_DATA } from "../format";
import type { NicheId } from "../niches";
import { TIER_LABELS } from "../tiers";
import type { EngagementMethod } from "../types";
import { bestIndexes } from "./best";
import { mainCurrency, midPrice as mid } from "./money";
import { compareScore } from "./score";
import type { Better, CompareBrief, CompareCell, CompareCreator, CompareRow, CompareRowKey } from "./types";

const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

export const METHOD_TEXT: Readonly<Record<EngagementMethod, string>> = {
  followers: "by followers: (avg likes + avg comments) / followers",
  views: "by views: (avg likes + avg comments) / avg views",
  imported: "imported: the rate as given in the source file",
};

const BAND_TEXT = { low: "below the tier's average band", average: "within the tier's average band", high: "above the tier's average band", very_high: "far above the tier's average band" } as const;

const known = (value: number, text: string, notes: string[] = [], extra: Partial<CompareCell> = {}): CompareCell => ({ value, text, notes, ...extra });
const unknownCell = (why: string, notes: string[] = [], extra: Partial<CompareCell> = {}): CompareCell => ({ value: null, text: NO_DATA, unknown: why, notes, ...extra });


function withCurrency(cell: CompareCell, c: CompareCreator, main: string | null): CompareCell {
  return cell.value !== null && main !== null && c.priceCurrency !== main ? { ...cell, excluded: `priced in ${c.priceCurrency}, the others in ${main}: not compared` } : cell;
}

function followersCell(c: CompareCreator): CompareCell {
  return known(c.followers, formatCompact(c.followers), [`${formatInteger(c.followers)} exactly`, `${TIER_LABELS[c.tier]} tier`], { tier: c.tier });
}

function engagementRateCell(c: CompareCreator): CompareCell {
  const b = ENGAGEMENT_BENCHMARKS[c.platform][c.tier];
  const bandNote = `${c.tier} ${formatPlatform(c.platform)} benchmark ${formatPercent(b.low, 2)}–${formatPercent(b.high, 2)}`;
  if (!isNum(c.engagementRate) || !c.engagementMethod) return unknownCell("Engagement rate unknown: no likes, views or imported rate", [bandNote]);
  const band = engagementBand(c.engagementRate, c.platform, c.tier);
  const cell = known(c.engagementRate, formatPercent(c.engagementRate, 2), [METHOD_TEXT[c.engagementMethod], `${BAND_TEXT[band]} (${bandNote})`], { band });
  return c.engagementRankable ? cell : { ...cell, excluded: "implausible figure (above the tier's ceiling): not ranked" };
}

function expectedEngagementsCell(c: CompareCreator): CompareCell {
  if (!isNum(c.expectedEngagements)) return unknownCell("Expected engagements unknown: no likes and no follower-based rate");
  const cell = known(c.expectedEngagements, formatCompact(c.expectedEngagements), [`${formatInteger(c.expectedEngagements)} per post`]);
  return c.engagementRankable ? cell : { ...cell, excluded: "based on an implausible engagement figure: not ranked" };
}

function authenticityCell(c: CompareCreator): CompareCell {
  if (!isNum(c.authenticityScore)) return unknownCell("Authenticity unknown: not assessed for this creator", ["unknown"]);
  const reasons = c.authenticityFlags.length ? c.authenticityFlags.map((f) => `−${f.penalty}: ${f.message}`) : ["no warning signs found"];
  return known(c.authenticityScore, `${Math.round(c.authenticityScore)}/100`, [`confidence ${c.authenticityConfidence ?? "unknown"}`, ...reasons]);
}

function priceCell(c: CompareCreator): CompareCell {
  const m = mid(c);
  const source = c.priceSource === "imported" ? "imported from the source file" : "estimated from the platform's published rate cards for this follower count";
  if (m === null) return unknownCell("Price unknown: no imported price and no estimate", [], { priceSource: c.priceSource });
  return known(m, formatMoneyRange(c.priceLow, c.priceHigh, c.priceCurrency), [source, `mid ${formatMoney(m, c.priceCurrency)} used for CPE and CPM`], { priceSource: c.priceSource });
}

function cpeCell(c: CompareCreator): CompareCell {
  if (!isNum(c.costPerEngagement)) return unknownCell(mid(c) === null ? "CPE unknown: no price" : "CPE unknown: expected engagements unknown");
  const cell = known(c.costPerEngagement, formatMoney(c.costPerEngagement, c.priceCurrency), [`cost score ${isNum(c.costScore) ? Math.round(c.costScore) : NO_DATA}/100`]);
  return c.engagementRankable ? cell : { ...cell, excluded: "based on an implausible engagement figure: not ranked" };
}

function cpmCell(c: CompareCreator): CompareCell {
  const m = mid(c);
  const cpm = m === null ? null : costPerMille(m, c.followers);
  if (cpm === null) return unknownCell(m === null ? "CPM unknown: no price" : "CPM unknown: no followers");
  return known(cpm, formatMoney(cpm, c.priceCurrency), [`${formatMoney(m, c.priceCurrency)} for ${formatCompact(c.followers)} followers`]);
}

function growthCell(c: CompareCreator): CompareCell {
  if (!isNum(c.followerGrowth30d)) return unknownCell("30-day growth unknown: no snapshot from about 30 days earlier");
  const text = (c.followerGrowth30d > 0 ? "+" : "") + formatPercent(c.followerGrowth30d);
  return known(c.followerGrowth30d, text, [`${c.snapshots.length} snapshot${c.snapshots.length === 1 ? "" : "s"} on record`]);
}

function growth90Cell(c: CompareCreator): CompareCell {
  const g = c.followerGrowth90d;
  if (!isNum(g)) return unknownCell("90-day growth unknown: no snapshot from about 90 days earlier");
  return known(g, (g > 0 ? "+" : "") + formatPercent(g), [`${c.snapshots.length} snapshot${c.snapshots.length === 1 ? "" : "s"} on record`]);
}

function trendCell(c: CompareCreator): CompareCell {
  const t = c.engagementTrend90d;
  if (!isNum(t)) return unknownCell("Engagement trend unknown: no engagement rate about 90 days earlier");
  return known(t, (t > 0 ? "+" : "") + formatPercent(t), ["relative change of the engagement rate"]);
}

type Scored = { fit: ReturnType<typeof scoreNicheFit> | null; score: ReturnType<typeof compareScore> };

function fitCell(s: Scored, brief: CompareBrief | null): CompareCell {
  if (!brief || !s.fit) return unknownCell("Fit unknown: choose a brief to compute it", ["no brief chosen"]);
  return known(s.fit.score, `${s.fit.score}/100`, s.fit.reasons.map((r) => r.detail), { fitReasons: s.fit.reasons });
}

function scoreCell(s: Scored): CompareCell {
  const notes = s.score.breakdown
    .filter((r) => r.weight > 0)
    .map((r) => `${r.key} ${r.value === null ? `unknown, counted at its prior ${Math.round(r.prior ?? 0)}` : Math.round(r.value)} × ${Math.round(r.weight * 100)}% = ${r.contribution.toFixed(1)}`);
  // Nothing measured: the number would be the priors alone, so it reads as unknown and never wins.
  if (s.score.confidence === 0) return unknownCell("Overall score unknown: none of its components is measured for this creator", [...notes, s.score.confidenceText], { breakdown: s.score.breakdown });
  const confidence = s.score.missing.length ? [`confidence ${s.score.confidence}%`] : [];
  return known(s.score.value, `${formatScore(s.score.value)}/100`, [...confidence, ...notes, s.score.confidenceText], { breakdown: s.score.breakdown });
}

type RowSpec = { key: CompareRowKey; label: string; how: string; better: Better; cell: (c: CompareCreator, i: number) => CompareCell };

function row(spec: RowSpec, creators: readonly CompareCreator[], note?: (cells: CompareCell[]) => string | undefined): CompareRow {
  const cells = creators.map(spec.cell);
  const best = bestIndexes(cells.map((c) => (c.excluded ? null : c.value)), spec.better);
  const why = best.length === 0 ? note?.(cells) : undefined;
  return { key: spec.key, label: spec.label, how: spec.how, better: spec.better, cells, best, ...(why ? { note: why } : {}) };
}

/** Engagement rates measured differently (by followers vs by views) are not put against each other. */
function mixedMethods(creators: readonly CompareCreator[]): boolean {
  return new Set(creators.filter((c) => isNum(c.engagementRate) && c.engagementMethod).map((c) => c.engagementMethod === "views" ? "views" : "followers")).size > 1;
}

const excludedNote = (cells: CompareCell[]) => cells.find((c) => c.excluded)?.excluded;

export function buildRows(creators: readonly CompareCreator[], brief: CompareBrief | null): CompareRow[] {
  const scored: Scored[] = creators.map((c) => {
    const fit = brief ? scoreNicheFit({ ...c, niches: c.niches as NicheId[] }, brief.brief) : null;
    return { fit, score: compareScore(c, fit?.score ?? null) };
  });
  const main = mainCurrency(creators);
  const mixed = mixedMethods(creators);
  const cost = (f: (c: CompareCreator) => CompareCell) => (c: CompareCreator) => withCurrency(f(c), c, main);
  return [
    row({ key: "followers", label: "Followers and tier", how: "followers as of the latest metrics; tier from the follower count", better: "higher", cell: followersCell }, creators),
    row({
      key: "engagementRate", label: "Engagement rate", better: "higher",
      how: "per post, by followers ((avg likes + avg comments) / followers) unless only views or an imported rate are known; the band is the platform/tier benchmark",
      cell: (c) => {
        const cell = engagementRateCell(c);
        return mixed && cell.value !== null && !cell.excluded ? { ...cell, excluded: "rates measured differently (followers vs views): not compared" } : cell;
      },
    }, creators, excludedNote),
    row({ key: "expectedEngagements", label: "Expected engagements per post", how: "avg likes + avg comments per post (or rate × followers)", better: "higher", cell: expectedEngagementsCell }, creators, excludedNote),
    row({ key: "authenticity", label: "Authenticity", how: "100 minus the penalty of each warning sign (bought followers, pods, spikes)", better: "higher", cell: authenticityCell }, creators),
    row({ key: "price", label: "Price per post", how: "imported price, else estimated from the platform's published rate cards for the follower count; lower is better", better: "lower", cell: cost(priceCell) }, creators, excludedNote),
    row({ key: "cpe", label: "Cost per engagement (CPE)", how: "mid price / expected engagements per post; lower is better", better: "lower", cell: cost(cpeCell) }, creators, excludedNote),
    row({ key: "cpm", label: "Cost per 1,000 followers (CPM)", how: "mid price × 1,000 / followers; lower is better", better: "lower", cell: cost(cpmCell) }, creators, excludedNote),
    row({ key: "growth", label: "Follower growth (30 days)", how: "change in followers against the snapshot about 30 days earlier", better: "higher", cell: growthCell }, creators),
    row({ key: "growth90", label: "Follower growth (90 days)", how: "change in followers against the snapshot about 90 days earlier", better: "higher", cell: growth90Cell }, creators),
    row({ key: "engagementTrend", label: "Engagement trend (90 days)", how: "change of the engagement rate against the snapshot about 90 days earlier", better: "higher", cell: trendCell }, creators),
    row({ key: "fit", label: brief ? `Fit to “${brief.name}”` : "Fit to a brief", how: `points per factor: ${FIT_POINTS_TEXT}`, better: "higher", cell: (_, i) => fitCell(scored[i]!, brief) }, creators),
    row({
      key: "score", label: "Overall score", better: "higher",
      how: "weighted mean of engagement 35%, fit 30%, authenticity 20%, cost 15% (fit only with a brief); a missing component counts at its prior and lowers the confidence",
      cell: (_, i) => scoreCell(scored[i]!),
    }, creators),
  ];
}
