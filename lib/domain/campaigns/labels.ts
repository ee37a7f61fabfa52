// How each figure is named, formatted and explained where it is shown (docs/campaigns.md). Pure.
import { formatCompact, formatInteger, formatMoneyExact, formatPercent, formatUnitCost, NO_DATA } from "../format";
import type { Figures } from "./figures";

export type FigureKey = keyof Figures;
type Kind = "count" | "money" | "rate" | "ratio" | "perMoney";

export const FIGURES: readonly { key: FigureKey; label: string; kind: Kind; formula: string }[] = [
  { key: "cost", label: "Spend", kind: "money", formula: "Σ agreed fees (an estimate's middle where no price was agreed)" },
  { key: "views", label: "Views", kind: "count", formula: "Σ views over the posts that report them" },
  { key: "engagements", label: "Engagements", kind: "count", formula: "Σ (likes + comments + shares + saves), over the parts each post reports" },
  { key: "erByFollowers", label: "ER by followers", kind: "rate", formula: "Σ engagements ÷ Σ followers at launch, per post, over posts with engagements" },
  { key: "erByViews", label: "ER by views", kind: "rate", formula: "Σ engagements ÷ Σ views, over posts with both" },
  { key: "cpe", label: "CPE", kind: "perMoney", formula: "Σ fees ÷ Σ engagements, over creators with both" },
  { key: "cpv", label: "CPV", kind: "perMoney", formula: "Σ fees ÷ Σ views, over creators with both" },
  { key: "cpm", label: "CPM", kind: "perMoney", formula: "Σ fees × 1,000 ÷ Σ views, over creators with both" },
  { key: "cpc", label: "CPC", kind: "perMoney", formula: "Σ fees ÷ Σ link clicks, over creators with both" },
  { key: "roas", label: "ROAS", kind: "ratio", formula: "Σ revenue ÷ Σ fees, over creators with revenue and a fee above 0" },
  { key: "emv", label: "EMV", kind: "money", formula: "Σ count × the rate card's value per action (views, likes, comments, shares, link clicks)" },
  { key: "linkClicks", label: "Link clicks", kind: "count", formula: "Σ link clicks over the posts that report them" },
  { key: "conversions", label: "Conversions", kind: "count", formula: "Σ conversions over the posts that report them" },
  { key: "revenue", label: "Revenue", kind: "money", formula: "Σ revenue over the posts that report it" },
  { key: "engagementsVsPredicted", label: "Engagements vs plan", kind: "ratio", formula: "Σ engagements ÷ Σ predicted engagements per post, over the posts in" },
  { key: "reachVsPredicted", label: "Reach vs plan", kind: "ratio", formula: "Σ views ÷ Σ predicted reach per post (followers at launch), over the posts in" },
  { key: "cpeVsPredicted", label: "CPE vs plan", kind: "ratio", formula: "actual CPE ÷ predicted CPE (fee ÷ predicted engagements of every planned post)" },
  { key: "dataIn", label: "Data in", kind: "rate", formula: "posts in ÷ posts planned" },
];

/**
 * A figure for people: "12.4K", "3.1%", "1.35×"; unknown "—". Money is a total the client signs off,
 * exact ("$10,967", never "$11K"); a cost per unit (CPE, CPV, CPM, CPC) always two decimals, so a
 * column reads one way ("$8.13" beside "$16.00", "< $0.01" for a positive cost that rounds to nothing).
 */
export function formatFigure(kind: Kind, v: number | undefined, currency = "USD"): string {
  if (v === undefined || !Number.isFinite(v)) return NO_DATA;
  switch (kind) {
    case "count":
      return v >= 10_000 ? formatCompact(v) : formatInteger(v);
    case "money":
      return formatMoneyExact(v, currency);
    case "perMoney":
      return formatUnitCost(v, currency);
    case "rate":
      return formatPercent(v, v < 0.001 && v > 0 ? 3 : 1);
    case "ratio":
      return `${v >= 100 ? formatInteger(v) : v.toFixed(2)}×`;
  }
}

export function figureText(key: FigureKey, f: Figures, currency = "USD"): string {
  const info = FIGURES.find((x) => x.key === key);
  const v = f[key];
  if (!info) return typeof v === "number" ? formatInteger(v) : NO_DATA;
  return formatFigure(info.kind, v, currency);
}
