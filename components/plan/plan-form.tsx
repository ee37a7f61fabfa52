// The planner's inputs as a plain GET form: submitting it writes every input into the URL, so a plan
// is a link that can be shared, and the form works without JavaScript. /search filters that the form
// does not show (from a link) are carried along as hidden fields.
import { Button } from "@/components/ui/button";
import { NICHES } from "@/lib/domain/niches";
import { PLATFORMS } from "@/lib/domain/types";
import { PLATFORM_LABEL } from "@/lib/search/labels";
import { POOL_FILTER_KEYS } from "@/lib/validation/plan";

type Raw = Record<string, string | string[] | undefined>;
type Named = { id: string; name: string };

const field = "mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm";
const labelCls = "block text-xs font-medium text-slate-600";
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean);

/** Filters the form edits itself; the other /search filters travel as hidden fields. */
const SHOWN = new Set(["q", "niche", "country"]);

export function PlanForm({ params, lists, briefs, fields }: { params: Raw; lists: Named[]; briefs: Named[]; fields?: Record<string, string[]> }) {
  const pool = first(params.pool) || (first(params.list) ? "list" : "search");
  const platforms = list(params.platforms);
  const err = (k: string) => fields?.[k]?.map((m) => <p key={m} className="mt-1 text-xs text-red-700">{m}</p>);
  return (
    <form method="get" action="/plan" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" aria-label="Plan inputs">
      <div className="grid gap-4 md:grid-cols-4">
        <div>
          <label htmlFor="p-budget" className={labelCls}>Budget (USD)</label>
          <input id="p-budget" name="budget" inputMode="decimal" defaultValue={first(params.budget)} placeholder="5000" className={field} aria-invalid={!!fields?.budget} />
          {err("budget")}
        </div>
        <div>
          <label htmlFor="p-goal" className={labelCls}>Goal</label>
          <select id="p-goal" name="goal" defaultValue={first(params.goal) || "engagements"} className={field}>
            <option value="engagements">Most engagements</option>
            <option value="reach">Most reach (followers)</option>
            <option value="balance">Balance of both</option>
          </select>
          {err("goal")}
        </div>
        <div>
          <label htmlFor="p-max" className={labelCls}>Most creators to manage (optional)</label>
          <input id="p-max" name="maxCreators" inputMode="numeric" defaultValue={first(params.maxCreators)} className={field} aria-invalid={!!fields?.maxCreators} />
          {err("maxCreators")}
        </div>
        <div>
          <label htmlFor="p-auth" className={labelCls}>Least authenticity, 0–100 (optional)</label>
          <input id="p-auth" name="minAuth" inputMode="numeric" defaultValue={first(params.minAuth)} className={field} aria-invalid={!!fields?.minAuth} />
          {err("minAuth")}
        </div>
      </div>

      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-1 text-sm font-semibold text-slate-700">Pool: who may be picked</legend>
        <div className="rounded-md border border-slate-200 p-3">
          <label className="flex items-center gap-2 text-sm font-medium">
            <input type="radio" name="pool" value="list" defaultChecked={pool === "list"} /> A shortlist (agreed prices replace estimates)
          </label>
          <label htmlFor="p-list" className={`${labelCls} mt-2`}>Shortlist</label>
          <select id="p-list" name="list" defaultValue={first(params.list)} className={field}>
            <option value="">—</option>
            {lists.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
          </select>
          {err("list")}
        </div>
        <div className="rounded-md border border-slate-200 p-3">
          <label className="flex items-center gap-2 text-sm font-medium">
            <input type="radio" name="pool" value="search" defaultChecked={pool === "search"} /> Creators matching search filters (as on Search)
          </label>
          <div className="mt-2 grid grid-cols-3 gap-2">
            <div>
              <label htmlFor="p-q" className={labelCls}>Text</label>
              <input id="p-q" name="q" defaultValue={first(params.q)} className={field} />
            </div>
            <div>
              <label htmlFor="p-niche" className={labelCls}>Niche</label>
              <select id="p-niche" name="niche" defaultValue={list(params.niche)[0] ?? ""} className={field}>
                <option value="">Any</option>
                {NICHES.map((n) => <option key={n.id} value={n.id}>{n.label}</option>)}
              </select>
            </div>
            <div>
              <label htmlFor="p-country" className={labelCls}>Country (ISO, e.g. US)</label>
              <input id="p-country" name="country" defaultValue={first(params.country)} className={field} />
            </div>
          </div>
          {err("pool")}
          {POOL_FILTER_KEYS.filter((k) => !SHOWN.has(k)).flatMap((k) => list(params[k]).length ? [<input key={k} type="hidden" name={k} value={list(params[k]).join(",")} />] : [])}
        </div>
      </fieldset>

      <div className="grid gap-4 md:grid-cols-4">
        <div>
          <label htmlFor="p-brief" className={labelCls}>Saved brief</label>
          <select id="p-brief" name="brief" defaultValue={first(params.brief)} className={field}>
            <option value="">None (or the inline brief)</option>
            {briefs.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
          </select>
          {err("brief")}
        </div>
        <div>
          <label htmlFor="p-fitNiche" className={labelCls}>Inline brief: niche</label>
          <select id="p-fitNiche" name="fitNiche" defaultValue={list(params.fitNiche)[0] ?? ""} className={field}>
            <option value="">—</option>
            {NICHES.map((n) => <option key={n.id} value={n.id}>{n.label}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="p-fitKeywords" className={labelCls}>Inline brief: keywords</label>
          <input id="p-fitKeywords" name="fitKeywords" defaultValue={list(params.fitKeywords).join(", ")} className={field} />
        </div>
        <div>
          <label htmlFor="p-fitCountry" className={labelCls}>Inline brief: countries</label>
          <input id="p-fitCountry" name="fitCountry" defaultValue={list(params.fitCountry).join(", ")} className={field} />
        </div>
      </div>

      <fieldset>
        <legend className={labelCls}>Only these platforms (optional)</legend>
        <div className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
          {PLATFORMS.map((p) => (
            <label key={p} className="flex items-center gap-1 text-sm">
              <input type="checkbox" name="platforms" value={p} defaultChecked={platforms.includes(p)} /> {PLATFORM_LABEL[p]}
            </label>
          ))}
        </div>
        {err("platforms")}
      </fieldset>
      {/* The calibration choice made on the result (docs/campaigns.md) stays when the inputs change. */}
      {first(params.calibrate) === "on" || first(params.calibrate) === "off" ? <input type="hidden" name="calibrate" value={first(params.calibrate)} /> : null}
      <Button type="submit">Plan</Button>
    </form>
  );
}
