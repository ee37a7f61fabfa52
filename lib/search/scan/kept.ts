// Slot lists kept between searches: a brief keyword's creators (./keywords.ts) and a free text's
// matches with their relevance ranks (./text.ts). Each is found once (a pass over the bios, or the
// trigram indexes) and then kept for the next search that asks for it. The catalog logs every write
// here (Catalog.upsert), and a kept list catches up only when a search next asks for it: the slots
// written since it was found are tested again, the others kept, so a catch-up read costs nothing per
// list kept. Bounded: the `limit` lists asked last, at most `maxSlots` slots in all, and a log of at
// most a tenth of the catalog (and 10,000 writes) before everything is found again. A list may also
// be found in steps (`ofSteps`) that other work runs between: the writes made meanwhile are logged
// and tested again before it is kept. Pure.
import type { Steps } from "./steps";

/** A kept list: its slots, in no particular order, and per slot a small tag (a text's rank), or none. */
export type SlotList = { slots: Int32Array; tags: Uint8Array | null };

/** Slot i's tag when slot i belongs to the list (0 for a list without tags), else -1. */
export type SlotTest = (i: number) => number;

/**
 * `held` after the slots of `written` were written: those are tested again, the others kept. Written
 * straight into typed arrays: a list may hold every creator, and this runs inside a search.
 */
export function updateSlotList(held: SlotList, written: readonly number[], test: SlotTest): SlotList {
  const again = new Set(written);
  const slots = new Int32Array(held.slots.length + again.size);
  const tags = held.tags ? new Uint8Array(slots.length) : null;
  let n = 0;
  for (let k = 0; k < held.slots.length; k++) {
    const i = held.slots[k]!;
    if (again.has(i)) continue;
    if (tags) tags[n] = held.tags![k]!;
    slots[n++] = i;
  }
  for (const i of again) {
    const tag = test(i);
    if (tag < 0) continue;
    if (tags) tags[n] = tag;
    slots[n++] = i;
  }
  return { slots: slots.slice(0, n), tags: tags && tags.slice(0, n) };
}

export class KeptSlots {
  private readonly kept = new Map<string, { list: SlotList; seen: number }>();
  private readonly log: number[] = [];
  private held = 0;
  /** Lists being found in steps: the log is kept for them (their writes are tested again). */
  private finding = 0;
  /** Counts clear(): a list found in steps across a clear has lost the writes it missed. */
  private cleared = 0;

  constructor(
    private readonly limit = 128,
    private readonly maxSlots = 8_000_000,
  ) {}

  /** Slot i was written (changed or added). Nothing is logged while nothing is kept. */
  wrote(i: number, size: number): void {
    if (this.kept.size === 0 && this.finding === 0) return;
    this.log.push(i);
    if (this.log.length > Math.max(10_000, size / 10)) this.clear();
  }

  /** Whether the list under `key` is kept (perhaps behind on writes, which `of` catches up). */
  has(key: string): boolean {
    return this.kept.has(key);
  }

  /** How many lists and slots are kept (for the benchmarks and docs). */
  get stats(): { lists: number; slots: number } {
    return { lists: this.kept.size, slots: this.held };
  }

  private clear(): void {
    this.cleared++;
    this.log.length = 0;
    this.kept.clear();
    this.held = 0;
  }

  /**
   * The list under `key` as the catalog holds it now: found with `find` when it is not kept, or
   * caught up with the test that `testOf` makes when slots were written since it was found.
   */
  of(key: string, find: () => SlotList, testOf: () => SlotTest): SlotList {
    return this.keep(key, this.kept.get(key) ?? { list: find(), seen: this.log.length }, testOf);
  }

  /**
   * As `of`, with `find` in steps (./steps.ts): other work, writes included, may run between them.
   * The writes logged meanwhile are tested again before the list is kept; a clear meanwhile (too
   * many writes to log) finds it again.
   */
  *ofSteps(key: string, find: () => Steps<SlotList>, testOf: () => SlotTest): Steps<SlotList> {
    for (;;) {
      const held = this.kept.get(key);
      if (held) return this.keep(key, held, testOf);
      const cleared = this.cleared;
      const seen = this.log.length;
      this.finding++;
      let list: SlotList;
      try {
        list = yield* find();
      } finally {
        this.finding--;
      }
      if (cleared === this.cleared) return this.keep(key, this.kept.get(key) ?? { list, seen }, testOf);
    }
  }

  /** `entry` caught up with the writes logged since it was found, kept as the one asked last. */
  private keep(key: string, entry: { list: SlotList; seen: number }, testOf: () => SlotTest): SlotList {
    const list = entry.seen < this.log.length ? updateSlotList(entry.list, this.log.slice(entry.seen), testOf()) : entry.list;
    const was = this.kept.get(key);
    if (was) {
      this.kept.delete(key);
      this.held -= was.list.slots.length;
    }
    // Nothing else kept or being found: no list reads the log.
    if (this.kept.size === 0 && this.finding === 0) this.log.length = 0;
    // Asked last goes last: the first in the map is the one to drop.
    this.kept.set(key, { list, seen: this.log.length });
    this.held += list.slots.length;
    while (this.kept.size > this.limit || (this.held > this.maxSlots && this.kept.size > 1)) {
      const [first, dropped] = this.kept.entries().next().value!;
      this.kept.delete(first);
      this.held -= dropped.list.slots.length;
    }
    return list;
  }
}
