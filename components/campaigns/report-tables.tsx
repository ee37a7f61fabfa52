// The report's tables: per tier, per creator (with the posts behind each), and the disclosure flags.
import { Badge } from "@/components/ui/badge";
import { figureText, type CampaignReport, type Figures } from "@/lib/domain/campaigns";
import { formatInteger, formatMoney, formatPlatform, NO_DATA } from "@/lib/domain/format";
import { formatHandle } from "@/lib/domain/handles";

const COLS: { key: keyof Figures; label: string; money?: boolean }[] = [
  { key: "posts", label: "Posts" }, { key: "cost", label: "Spend", money: true }, { key: "views", label: "Views" }, { key: "engagements", label: "Eng." },
  { key: "erByFollowers", label: "ER (foll.)" }, { key: "erByViews", label: "ER (views)" }, { key: "cpe", label: "CPE", money: true }, { key: "cpm", label: "CPM", money: true },
  { key: "roas", label: "ROAS", money: true }, { key: "emv", label: "EMV", money: true }, { key: "engagementsVsPredicted", label: "Eng. vs plan" }, { key: "cpeVsPredicted", label: "CPE vs plan", money: true },
];
const th = "px-2 py-1.5 text-right font-semibold";
const td = "px-2 py-1 text-right tabular-nums";

function cellText(key: keyof Figures, f: Figures, currency: string) {
  if (key === "posts") return `${f.posts} / ${f.postsPlanned}`;
  return figureText(key, f, currency);
}

export function TierTable({ report, currency, showMoney = true }: { report: CampaignReport; currency: string; showMoney?: boolean }) {
  const cols = COLS.filter((c) => showMoney || !c.money);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm" data-testid="tier-table">
        <caption className="sr-only">Figures per tier</caption>
        <thead className="bg-slate-50 text-xs text-slate-500"><tr><th className="px-2 py-1.5 text-left">Tier</th><th className={th}>Creators</th>{cols.map((c) => <th key={c.key} className={th}>{c.label}</th>)}</tr></thead>
        <tbody className="divide-y divide-slate-100">
          {report.tiers.map((t) => (
            <tr key={t.tier}><td className="px-2 py-1 capitalize">{t.tier}</td><td className={td}>{t.figures.creators}</td>{cols.map((c) => <td key={c.key} className={td}>{cellText(c.key, t.figures, currency)}</td>)}</tr>
          ))}
          <tr className="bg-slate-50 font-semibold"><td className="px-2 py-1">Campaign</td><td className={td}>{report.total.figures.creators}</td>{cols.map((c) => <td key={c.key} className={td}>{cellText(c.key, report.total.figures, currency)}</td>)}</tr>
        </tbody>
      </table>
    </div>
  );
}

export function CreatorTable({ report, currency, showMoney = true, feeEstimated }: { report: CampaignReport; currency: string; showMoney?: boolean; feeEstimated?: ReadonlySet<string> }) {
  const cols = COLS.filter((c) => showMoney || !c.money);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm" data-testid="creator-table">
        <caption className="sr-only">Figures per creator</caption>
        <thead className="bg-slate-50 text-xs text-slate-500">
          <tr><th className="px-2 py-1.5 text-left">Creator</th><th className="px-2 py-1.5 text-left">Tier</th><th className={th}>Followers</th>{showMoney ? <th className={th}>Fee</th> : null}{cols.map((c) => <th key={c.key} className={th}>{c.label}</th>)}</tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {report.creators.map((c) => (
            <tr key={c.creator.key} data-testid="creator-row">
              <td className="px-2 py-1">{formatHandle(c.creator.handle)} <span className="text-xs text-slate-500">{formatPlatform(c.creator.platform)}</span></td>
              <td className="px-2 py-1 capitalize">{c.creator.tier ?? NO_DATA}</td>
              <td className={td}>{formatInteger(c.creator.followers)}</td>
              {showMoney ? <td className={td}>{formatMoney(c.creator.fee, currency)}{feeEstimated?.has(c.creator.key) ? <span title="No price was agreed: the estimate's middle at launch" className="text-slate-500"> est.</span> : null}</td> : null}
              {cols.map((col) => <td key={col.key} className={td}>{cellText(col.key, c.figures, currency)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PostTable({ report }: { report: CampaignReport }) {
  const posts = report.creators.flatMap((c) => c.posts.map((p) => ({ ...p, handle: c.creator.handle })));
  if (!posts.length) return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">No results yet: type one below, import an export, or post them to the API.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm" data-testid="post-table">
        <caption className="sr-only">Posts</caption>
        <thead className="bg-slate-50 text-xs text-slate-500">
          <tr><th className="px-2 py-1.5 text-left">Post</th><th className="px-2 py-1.5 text-left">Creator</th><th className="px-2 py-1.5 text-left">Date</th><th className={th}>Views</th><th className={th}>Likes</th><th className={th}>Comments</th><th className={th}>Shares</th><th className={th}>Saves</th><th className={th}>Clicks</th><th className={th}>Eng.</th><th className="px-2 py-1.5 text-left">Disclosure</th></tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {posts.map((p) => (
            <tr key={p.id} data-testid="post-row">
              <td className="min-w-48 max-w-64 break-all px-2 py-1"><a href={p.url} rel="noreferrer noopener" target="_blank" className="text-brand-700 hover:underline">{p.url.replace(/^https?:\/\//, "")}</a></td>
              <td className="px-2 py-1">{formatHandle(p.handle)}</td>
              <td className="px-2 py-1">{p.postedAt ? p.postedAt.toISOString().slice(0, 10) : NO_DATA}</td>
              {(["views", "likes", "comments", "shares", "saves", "linkClicks", "engagements"] as const).map((k) => <td key={k} className={td}>{formatInteger(p[k])}</td>)}
              <td className="px-2 py-1">{p.disclosure === "missing" ? <Badge tone="red" title="A caption without #ad, #sponsored, “paid partnership” or a local form">missing</Badge> : p.disclosure === "disclosed" ? <Badge tone="green" title={`Found ${p.disclosureFound}`}>{p.disclosureFound}</Badge> : <span className="text-xs text-slate-500" title="No caption to check">no caption</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
