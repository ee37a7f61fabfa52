// A search's kept lists (lib/search/scan/kept.ts) found between other requests. A free text or a
// brief keyword that this process has not searched before has its matches found once, over the
// whole catalog: up to a fifth of a second at a million creators. Found at once, that work holds
// up every request the process has in hand. Here it runs in steps (lib/search/scan/steps.ts), with
// the event loop given back after each slice, so that the others are answered meanwhile; the one
// search that needs the list waits for it, and the same text asked twice meanwhile is found once.
// A list already kept costs nothing here: the scan catches it up with the writes since
// (docs/search.md, "Kept lists").
import { performance } from "node:perf_hooks";
import { setImmediate as nextTurn } from "node:timers/promises";
import { briefKeywords, type BrandBrief } from "@/lib/domain/fit";
import type { Catalog } from "@/lib/search/scan/catalog";
import { FOLDABLE_BIOS, foldableBioSteps, keptKeywordSlotSteps } from "@/lib/search/scan/keywords";
import type { Steps } from "@/lib/search/scan/steps";
import { keptTextMatchSteps } from "@/lib/search/scan/text";
import { noteFind, type FindKind } from "./warm-finds";

/** How long a slice of steps runs before other work has its turn. */
const SLICE_MS = 8;

/** Runs the steps, giving the event loop back after each `sliceMs` of them. */
export async function inSlices<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
  let start = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - start >= sliceMs) {
      await nextTurn();
      start = performance.now();
    }
  }
}

/** Each catalog's finds in progress, by list: a second search of the same new text waits for the first's find. */
const finding = new WeakMap<Catalog, Map<string, Promise<unknown>>>();

/**
 * The list under `key` kept, found with `steps` in slices unless it is kept already or being found.
 * `found`: a text's or keyword's find is noted, so that the next catalog read finds it first (./warm-finds.ts).
 */
function keep(cat: Catalog, key: string, steps: () => Steps<unknown>, sliceMs: number, found?: [FindKind, string]): Promise<unknown> | null {
  if (cat.kept.has(key)) return null;
  let inFlight = finding.get(cat);
  if (!inFlight) finding.set(cat, (inFlight = new Map()));
  let find = inFlight.get(key);
  if (!find) {
    if (found) noteFind(...found);
    find = inSlices(steps(), sliceMs).finally(() => inFlight.delete(key));
    inFlight.set(key, find);
  }
  return find;
}

/**
 * Keeps the lists a search will read: the free text's matches (`text`, "" for none) and each of
 * `keywords`' creators. Those already kept are left to the scan; the others are found in slices,
 * side by side (each has its own work space). The scan that follows, with no await in between,
 * finds them kept and catches them up; one dropped meanwhile (128 other lists asked for, or a log
 * of writes that started over) it finds again at once.
 */
export async function keepLists(cat: Catalog, text: string, keywords: readonly string[], sliceMs = SLICE_MS): Promise<void> {
  const textFind = text ? keep(cat, `text:${text}`, () => keptTextMatchSteps(cat, text), sliceMs, ["text", text]) : null;
  const missing = keywords.filter((k) => !cat.kept.has(`keyword:${k}`));
  // Every keyword's find reads the bios with a letter to fold: found first, once.
  const keywordFinds = missing.length
    ? Promise.resolve(keep(cat, FOLDABLE_BIOS, () => foldableBioSteps(cat), sliceMs)).then(() => Promise.all(missing.map((k) => keep(cat, `keyword:${k}`, () => keptKeywordSlotSteps(cat, k), sliceMs, ["keyword", k]))))
    : null;
  if (textFind || keywordFinds) await Promise.all([textFind, keywordFinds]);
}

/** The brief's keywords where the page is ordered by fit (a fit sort, a computed score, relevance), else none. */
export function fitKeywords(brief: BrandBrief | null, sort: string): string[] {
  return brief !== null && (sort === "fit" || sort === "score" || sort === "relevance") ? briefKeywords(brief) : [];
}
