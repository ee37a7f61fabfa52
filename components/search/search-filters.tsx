"use client";
// The search controls. State lives in the URL (useSearchUrl); this component holds only the text
// being typed until its debounce fires.
import { useEffect, useId, useOptimistic, useRef, useState } from "react";
import { NICHES } from "@/lib/domain/niches";
import { DEFAULT_WEIGHTS } from "@/lib/domain/score";
import { TIER_LABELS } from "@/lib/domain/tiers";
import { ENGAGEMENT_BANDS, PLATFORMS, TIERS } from "@/lib/domain/types";
import { SEARCH_SORTS } from "@/lib/validation/search";
import { FoldingPanel } from "./folding-panel";
import { useSearchUrl } from "./use-search-url";
import { useUrlDraft } from "./use-url-draft";
import { formatPlatform } from "@/lib/domain/format";

const SORT_LABEL: Record<string, string> = {
  relevance: "Best text match", score: "Overall score", fit: "Niche fit", er: "Engagement rate", engagements: "Expected engagements",
  followers: "Followers", cpe: "Cost per engagement", growth: "Follower growth (30 d)",
};
const NICHE_LABEL = new Map<string, string>(NICHES.map((n) => [n.id, n.label]));
const BAND_LABEL: Record<string, string> = { low: "Below benchmark", average: "Average", high: "High", very_high: "Very high" };

const field = "mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm";
const labelCls = "block text-xs font-medium text-slate-600";

/** A text/number input that writes to the URL after a pause in typing. */
function DebouncedInput({ name, label, type = "text", placeholder, width, delay = 350 }: {
  name: string; label: string; type?: string; placeholder?: string; width?: string; delay?: number;
}) {
  const { params, update } = useSearchUrl();
  // Back/forward or "clear" show in the box; our own earlier writes coming back do not undo typing.
  const { value: text, setValue: setText, sending } = useUrlDraft(params.get(name) ?? "");
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => { if (timer.current) clearTimeout(timer.current); }, []);
  return (
    <div className={width}>
      <label htmlFor={`f-${name}`} className={labelCls}>{label}</label>
      <input
        id={`f-${name}`} type={type} value={text} placeholder={placeholder} className={field}
        inputMode={type === "number" ? "decimal" : undefined}
        onChange={(e) => {
          const v = e.target.value;
          setText(v);
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => {
            sending(v.trim());
            update({ [name]: v.trim() || null }, "replace");
          }, delay);
        }}
      />
    </div>
  );
}

function CheckGroup({ name, legend, options }: { name: string; legend: string; options: readonly { value: string; label: string }[] }) {
  const { list, update } = useSearchUrl();
  const [selected, setSelected] = useOptimistic(list(name));
  return (
    <fieldset>
      <legend className={labelCls}>{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-1 text-sm">
            <input
              type="checkbox" checked={selected.includes(o.value)}
              onChange={(e) => {
                const next = e.target.checked ? [...selected, o.value] : selected.filter((s) => s !== o.value);
                update({ [name]: next.join(",") || null }, "push", () => setSelected(next));
              }}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Select({ name, label, options, emptyLabel }: { name: string; label: string; options: { value: string; label: string }[]; emptyLabel?: string }) {
  const { params, update } = useSearchUrl();
  const [value, setValue] = useOptimistic(params.get(name) ?? "");
  return (
    <div>
      <label htmlFor={`f-${name}`} className={labelCls}>{label}</label>
      <select id={`f-${name}`} value={value} onChange={(e) => { const v = e.target.value; update({ [name]: v || null }, "push", () => setValue(v)); }} className={field}>
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}

/**
 * A disclosure (button + panel of checkboxes). It closes on Escape (focus goes back to the button),
 * on a click outside it, and when focus moves out of it (Tab past the last checkbox).
 */
function NichePicker({ name, label }: { name: string; label: string }) {
  const { list } = useSearchUrl();
  const selected = list(name);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => {
    if (!open) return;
    const outside = (e: Event) => {
      if (e.target instanceof Node && !root.current?.contains(e.target)) setOpen(false);
    };
    document.addEventListener("pointerdown", outside);
    document.addEventListener("focusin", outside);
    return () => {
      document.removeEventListener("pointerdown", outside);
      document.removeEventListener("focusin", outside);
    };
  }, [open]);
  return (
    <div ref={root} className="relative"
      onKeyDown={(e) => {
        if (e.key !== "Escape" || !open) return;
        e.preventDefault();
        e.stopPropagation();
        setOpen(false);
        button.current?.focus();
      }}>
      <label htmlFor={`${id}-button`} id={`${id}-label`} className={labelCls}>{label}</label>
      <button ref={button} type="button" id={`${id}-button`} aria-expanded={open} aria-controls={`${id}-panel`} aria-labelledby={`${id}-label ${id}-button`}
        className={`${field} flex items-center justify-between gap-2 bg-white text-left`} onClick={() => setOpen((o) => !o)}>
        <span className="truncate">{selected.length ? selected.map((n) => NICHE_LABEL.get(n) ?? n).join(", ") : "Any niche"}</span>
        <span aria-hidden className="text-xs text-slate-500">{open ? "▴" : "▾"}</span>
      </button>
      <div id={`${id}-panel`} hidden={!open} className="absolute z-20 mt-1 w-72 rounded-md border border-slate-200 bg-white p-3 shadow-lg">
        <CheckGroup name={name} legend={label} options={NICHES.map((n) => ({ value: n.id, label: n.label }))} />
      </div>
    </div>
  );
}

function WeightSlider({ name, label, fallback }: { name: string; label: string; fallback: number }) {
  const { params, update } = useSearchUrl();
  // A key held down or pressed quickly writes many values; an older one coming back must not
  // move the slider back under the user's finger.
  const { value, setValue, sending } = useUrlDraft(params.get(name) ?? String(fallback));
  const commit = () => {
    // Weights travel together so the link reproduces the exact mix.
    const current = { wEng: params.get("wEng"), wFit: params.get("wFit"), wAuth: params.get("wAuth"), wCost: params.get("wCost") };
    const next = Object.fromEntries(Object.entries(current).map(([k, v]) => [k, v ?? String(WEIGHT_SLIDERS.find((w) => w.name === k)!.fallback)]));
    next[name] = value;
    sending(value);
    update(next);
  };
  return (
    <label className="block text-xs text-slate-600">
      <span className="flex justify-between"><span className="font-medium">{label}</span><span className="tabular-nums">{value}</span></span>
      <input type="range" min={0} max={100} step={5} value={value} aria-label={`${label} weight`} className="w-full accent-brand-600"
        onChange={(e) => setValue(e.target.value)} onPointerUp={commit} onKeyUp={commit} />
    </label>
  );
}

/** The score weight sliders: URL parameter, label, and the default weight in percent. */
const WEIGHT_SLIDERS = (
  [
    ["wEng", "Engagement", "engagement"],
    ["wFit", "Fit", "fit"],
    ["wAuth", "Authenticity", "authenticity"],
    ["wCost", "Cost", "cost"],
  ] as const
).map(([name, label, key]) => ({ name, label, fallback: Math.round(DEFAULT_WEIGHTS[key] * 100) }));

/** The parameters set inside "More filters": when one is, it opens by itself. */
const MORE_PARAMS = ["minFollowers", "maxFollowers", "minEr", "maxEr", "country", "language", "minAuthenticity", "maxPrice", "hasEmail", "freshDays", "minGrowth", "brief", "fitNiche", "fitKeywords", "fitCountry", "wEng", "wFit", "wAuth", "wCost"];

export function SearchFilters({ briefs }: { briefs: { id: string; name: string }[] }) {
  const { params, update, pending } = useSearchUrl();
  const active = [...params.keys()].filter((k) => k !== "pageSize" && k !== "page");
  const hasAny = active.length > 0;
  return (
    <FoldingPanel className="rounded-lg border border-slate-200 bg-white" testId="search-filters"
      summaryClassName="px-4 py-2 text-sm font-medium text-slate-700 md:hidden" summary={`Filters${active.length ? ` (${active.length} set)` : ""}`}>
      <section aria-label="Search filters" className="space-y-3 p-4 pt-2 md:pt-4" data-pending={pending || undefined}>
        <div role="search" className="grid grid-cols-1 gap-3 md:grid-cols-[2fr_1fr_1fr]">
          <DebouncedInput name="q" label="Search handle, name or bio" placeholder="e.g. skincare, @anna, vegan recipes" />
          <Select name="sort" label="Sort by" emptyLabel="Best match, else score" options={SEARCH_SORTS.map((s) => ({ value: s, label: SORT_LABEL[s]! }))} />
          <Select name="order" label="Order" emptyLabel="Default for the sort" options={[{ value: "desc", label: "Highest first" }, { value: "asc", label: "Lowest first" }]} />
        </div>
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 md:grid-cols-4">
          <CheckGroup name="platform" legend="Platform" options={PLATFORMS.map((p) => ({ value: p, label: formatPlatform(p) }))} />
          <CheckGroup name="tier" legend="Tier" options={TIERS.map((t) => ({ value: t, label: TIER_LABELS[t] }))} />
          <CheckGroup name="band" legend="Engagement vs tier benchmark" options={ENGAGEMENT_BANDS.map((b) => ({ value: b, label: BAND_LABEL[b]! }))} />
          <NichePicker name="niche" label="Niches (any of)" />
        </div>
        <FoldingPanel defaultOpen={MORE_PARAMS.some((k) => params.has(k))} className="border-t border-slate-100 pt-2"
          summaryClassName="text-sm font-medium text-brand-700" summary="More filters: numbers, country, brief and score weights">
          <div className="mt-3 space-y-3">
            <div className="grid grid-cols-2 gap-3 md:grid-cols-5">
              <DebouncedInput name="minFollowers" label="Min followers" type="number" />
              <DebouncedInput name="maxFollowers" label="Max followers" type="number" />
              <DebouncedInput name="minEr" label="Min engagement %" type="number" />
              <DebouncedInput name="maxEr" label="Max engagement %" type="number" />
              <DebouncedInput name="minAuthenticity" label="Min authenticity" type="number" />
              <DebouncedInput name="country" label="Country (ISO, e.g. US,GB)" />
              <DebouncedInput name="language" label="Language (e.g. en)" />
              <DebouncedInput name="maxPrice" label="Max price per post ($)" type="number" />
              <Select name="hasEmail" label="Contact email" emptyLabel="Any" options={[{ value: "true", label: "Has email" }, { value: "false", label: "No email" }]} />
              <Select name="freshDays" label="Metrics fresher than" emptyLabel="Any age" options={[7, 30, 60, 90].map((d) => ({ value: String(d), label: `${d} days` }))} />
              <DebouncedInput name="minGrowth" label="Min 30-day growth %" type="number" />
            </div>
            <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
              <div className="space-y-2">
                <Select name="brief" label="Brand brief (drives niche fit)" emptyLabel="No saved brief" options={briefs.map((b) => ({ value: b.id, label: b.name }))} />
                {!params.get("brief") ? (
                  <div className="grid grid-cols-1 gap-2 rounded-md bg-slate-50 p-2 md:grid-cols-3">
                    <p className="text-xs text-slate-500 md:col-span-3">Or an inline brief:</p>
                    <NichePicker name="fitNiche" label="Brief niches" />
                    <DebouncedInput name="fitKeywords" label="Brief keywords (comma-separated)" />
                    <DebouncedInput name="fitCountry" label="Brief countries (ISO)" />
                  </div>
                ) : null}
              </div>
              <div>
                <p className="text-xs font-medium text-slate-600">Score weights (renormalised to 100%; a part without data counts at a prior)</p>
                <div className="mt-1 grid grid-cols-2 gap-x-6 gap-y-1">
                  {WEIGHT_SLIDERS.map((w) => (
                    <WeightSlider key={w.name} name={w.name} label={w.label} fallback={w.fallback} />
                  ))}
                </div>
              </div>
            </div>
          </div>
        </FoldingPanel>
        {hasAny ? (
          <button type="button" className="text-sm text-brand-700 underline" onClick={() => update(Object.fromEntries([...params.keys()].map((k) => [k, null])))}>
            Clear all filters
          </button>
        ) : null}
      </section>
    </FoldingPanel>
  );
}
