// The planner's offer to calibrate its predicted engagements on the organisation's own campaign
// results (docs/campaigns.md "Calibration"): the measured ÷ predicted ratio per tier and overall, with
// the posts, creators and campaigns behind each, and what the plan used. Accepting or declining is a
// link (calibrate=on|off), so a plan stays a URL.
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { CALIBRATION_THRESHOLD, type CalibrationOffer, type CalibrationRow } from "@/lib/domain/campaigns";
import { formatInteger } from "@/lib/domain/format";

type Raw = Record<string, unknown>;

function planUrl(params: Raw, calibrate: "on" | "off"): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (k === "calibrate" || v === undefined) continue;
    for (const x of Array.isArray(v) ? v : [v]) q.append(k, String(x));
  }
  q.set("calibrate", calibrate);
  return `/plan?${q.toString()}`;
}

const SCOPE: Record<string, string> = { overall: "All tiers", nano: "Nano", micro: "Micro", mid: "Mid", macro: "Macro", mega: "Mega", unknown: "Tier unknown" };
const plural = (n: number, one: string, many: string) => `${formatInteger(n)} ${n === 1 ? one : many}`;
const ratioText = (r: number | undefined) => (r === undefined ? "—" : `× ${r.toFixed(2)}`);

function needs(r: CalibrationRow): string {
  const m = r.missing;
  const parts = [m.posts && plural(m.posts, "more post", "more posts"), m.creators && plural(m.creators, "more creator", "more creators"), m.campaigns && plural(m.campaigns, "more campaign", "more campaigns")].filter(Boolean);
  return parts.length ? `needs ${parts.join(", ")}` : "enough";
}

export function CalibrationOfferView({ offer, used, declined, params }: { offer: CalibrationOffer; used: boolean; declined: boolean; params: Raw }) {
  const t = CALIBRATION_THRESHOLD;
  const o = offer.overall;
  const rows = [o, ...offer.tiers];
  const factors = Object.entries(offer.factors);
  return (
    <section aria-labelledby="calibration-h" className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700" data-testid="calibration">
      <h2 id="calibration-h" className="font-semibold text-slate-900">Predicted engagements: {used ? "calibrated on your results" : "published benchmarks"}</h2>
      {!offer.available ? (
        <p className="mt-1" data-testid="calibration-status">
          Not enough of your own results to calibrate yet: calibrating needs at least {t.posts} posts from {t.creators} creators in {t.campaigns} campaigns (in one tier, or overall).
          You have {plural(o.posts, "post", "posts")} from {plural(o.creators, "creator", "creators")} in {plural(o.campaigns, "campaign", "campaigns")} with both a prediction and measured engagements: {needs(o)}.
        </p>
      ) : used ? (
        <p className="mt-1" data-testid="calibration-status">
          This plan multiplies each creator&apos;s expected engagements by your organisation&apos;s measured ÷ predicted ratio for their tier
          ({factors.map(([tier, f]) => `${SCOPE[tier]} ${ratioText(f.ratio)}${f.from === "overall" ? " (overall)" : ""}`).join(", ")}): calibrated on {plural(o.campaigns, "campaign", "campaigns")}, {plural(o.posts, "post", "posts")}.{" "}
          <Link href={planUrl(params, "off")} className="text-brand-700 underline">Use the published benchmarks instead</Link>
        </p>
      ) : (
        <div className="mt-1 space-y-2" data-testid="calibration-status">
          <p>
            {declined ? "You declined the calibration: this plan uses the published benchmarks. " : "This plan uses the published benchmarks. "}
            Your organisation has enough results to calibrate them ({plural(o.campaigns, "campaign", "campaigns")}, {plural(o.posts, "post", "posts")}): each creator&apos;s expected engagements would be multiplied by the ratio for their tier below.
          </p>
          <div className="flex flex-wrap gap-2">
            <Link href={planUrl(params, "on")} className={buttonClass("primary")}>Calibrate on our results</Link>
            {declined ? null : <Link href={planUrl(params, "off")} className={buttonClass("secondary")}>Keep the benchmarks</Link>}
          </div>
        </div>
      )}
      {o.posts ? (
        <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label="Measured against predicted engagements">
          <table className="min-w-full whitespace-nowrap text-xs">
            <caption className="sr-only">Measured ÷ predicted engagements per tier</caption>
            <thead className="text-left text-slate-500">
              <tr><th scope="col" className="py-1 pr-3">Tier</th><th scope="col" className="py-1 pr-3 text-right">Measured ÷ predicted</th><th scope="col" className="py-1 pr-3 text-right">Posts</th><th scope="col" className="py-1 pr-3 text-right">Creators</th><th scope="col" className="py-1 pr-3 text-right">Campaigns</th><th scope="col" className="py-1">Threshold</th></tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.scope} data-testid="calibration-row">
                  <th scope="row" className="py-1 pr-3 text-left font-medium">{SCOPE[r.scope]}</th>
                  <td className="py-1 pr-3 text-right tabular-nums" title={`${formatInteger(Math.round(r.actual))} measured ÷ ${formatInteger(Math.round(r.predicted))} predicted engagements`}>{ratioText(r.ratio)}</td>
                  <td className="py-1 pr-3 text-right tabular-nums">{formatInteger(r.posts)}</td>
                  <td className="py-1 pr-3 text-right tabular-nums">{formatInteger(r.creators)}</td>
                  <td className="py-1 pr-3 text-right tabular-nums">{formatInteger(r.campaigns)}</td>
                  <td className="py-1">{r.eligible ? "reached" : needs(r)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-1 text-xs text-slate-500">Ratio = Σ measured engagements (likes + comments + shares + saves) ÷ Σ engagements predicted at launch for the same posts, over the posts with both. A tier with enough data uses its own ratio; the others use the overall ratio once it has enough.</p>
        </div>
      ) : null}
    </section>
  );
}
