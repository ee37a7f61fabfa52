// A search's kept lists (lib/search/scan/kept.ts) found between other requests. A free text or a
// brief keyword that this process has not searched before has its matches found once, over the
// whole catalog: up to a fifth of a second at a million creators. Found at once, that work holds
// up every request the process has in hand. Here it runs in steps (lib/search/scan/steps.ts), with
// the event loop given back after each slice, so that the others are answered meanwhile; the one
// search that needs the list waits for it. One list is found at a time per catalog: a second new
// text waits its turn, and the same text asked twice is found once. A list already kept costs
// nothing here: the scan catches it up with the writes since (docs/search.md, "Kept lists").
import { performance } from "node:perf_hooks";
import { setImmediate as nextTurn } from "node:timers/promises";
import { briefKeywords, type BrandBrief } from "@/lib/domain/fit";
import type { Catalog } from "@/lib/search/scan/catalog";
import { keptKeywordSlotSteps } from "@/lib/search/scan/keywords";
import type { Steps } from "@/lib/search/scan/steps";
import { keptTextMatchSteps } from "@/lib/search/scan/text";

/** How long a slice of steps runs before other work has its turn. */
const SLICE_MS = 8;

/** Runs the steps, giving the event loop back after each SLICE_MS of them. */
export async function inSlices<T>(steps: Steps<T>): Promise<T> {
  let start = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - start >= SLICE_MS) {
      await nextTurn();
      start = performance.now();
    }
  }
}

/** Each catalog's finds, one after another. */
const queues = new WeakMap<Catalog, Promise<unknown>>();

/**
 * Keeps the lists a search will read: the free text's matches (`text`, "" for none) and each of
 * `keywords`' creators. Those already kept are left to the scan; the others are found in slices.
 * The scan that follows, with no await in between, finds them kept (or catches them up).
 */
export async function keepLists(cat: Catalog, text: string, keywords: readonly string[]): Promise<void> {
  const missing: (() => Steps<unknown>)[] = [...(text && !cat.kept.has(`text:${text}`) ? [() => keptTextMatchSteps(cat, text)] : []), ...keywords.filter((k) => !cat.kept.has(`keyword:${k}`)).map((k) => () => keptKeywordSlotSteps(cat, k))];
  if (!missing.length) return;
  const run = (queues.get(cat) ?? Promise.resolve()).then(async () => {
    // Made when its turn comes: a list found by the search before is then kept, and costs nothing.
    for (const steps of missing) await inSlices(steps());
  });
  queues.set(cat, run.catch(() => {}));
  await run;
}

/** The brief's keywords where the page is ordered by fit (a fit sort, a computed score, relevance), else none. */
export function fitKeywords(brief: BrandBrief | null, sort: string): string[] {
  return brief !== null && (sort === "fit" || sort === "score" || sort === "relevance") ? briefKeywords(brief) : [];
}
