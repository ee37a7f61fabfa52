// The campaign's headline figures, each with its formula (docs/campaigns.md).
import { FIGURES, formatFigure, type Figures, type FigureKey } from "@/lib/domain/campaigns";

const HEADLINE: FigureKey[] = ["cost", "views", "engagements", "erByFollowers", "erByViews", "cpe", "cpm", "cpc", "roas", "emv", "engagementsVsPredicted", "reachVsPredicted", "cpeVsPredicted", "dataIn"];
const MONEY: ReadonlySet<FigureKey> = new Set(["cost", "cpe", "cpv", "cpm", "cpc", "roas", "emv", "cpeVsPredicted", "revenue"]);

export function FigureCards({ figures, currency, showMoney = true }: { figures: Figures; currency: string; showMoney?: boolean }) {
  const shown = FIGURES.filter((f) => HEADLINE.includes(f.key) && (showMoney || !MONEY.has(f.key)));
  return (
    <dl className="grid grid-cols-2 gap-3 md:grid-cols-4 lg:grid-cols-7" data-testid="figures">
      {shown.map((f) => (
        <div key={f.key} className="rounded-lg border border-slate-200 bg-white p-3" data-figure={f.key}>
          <dt className="text-xs font-medium text-slate-500">{f.label}</dt>
          <dd className="text-lg font-semibold tabular-nums">{formatFigure(f.kind, figures[f.key], currency)}</dd>
          <dd className="mt-1 text-[11px] leading-tight text-slate-500">{f.formula}</dd>
        </div>
      ))}
    </dl>
  );
}
