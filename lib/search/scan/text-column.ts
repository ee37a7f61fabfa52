// One text per slot (a handle, a name, a bio), held as few large strings rather than one string a
// slot. A full garbage collection marks every object on the heap, and a million creators' texts as
// strings of their own were five million objects: 150 of a full collection's 210 ms, a pause that
// every request in flight waited out (docs/performance.md, sixteenth round). Here PAGE slots' texts
// are joined into one string, and a slot's text is read back as a substring of it: a
// few thousand objects at a million creators, whatever the texts.
// A page that is written (a creator added or changed) comes apart into an array of its texts and
// stays so until LOOSE_MAX pages are apart, when they are joined again: a write costs O(1)
// amortised, a million of them included. Pure.

const PAGE_BITS = 8;
const PAGE = 1 << PAGE_BITS;
const MASK = PAGE - 1;
/** Pages apart at once before they are all joined again. */
const LOOSE_MAX = 16;

export class TextColumn {
  /** Slots held: 0..size-1. */
  size = 0;
  /** A page is its slots' texts joined, or (while it is written to) an array of them. */
  private readonly pages: (string | (string | null)[])[] = [];
  /** The pages held as arrays now. */
  private readonly loose: number[] = [];
  /**
   * Where each slot's text ends in its joined page; ~end (negative) for NULL. A slot's text begins
   * where its page's previous slot's ends (0 for a page's first slot).
   */
  private end = new Int32Array(0);

  /** How many pages are held apart (as arrays, one string a slot) now: at most LOOSE_MAX after any write. */
  get pagesApart(): number {
    return this.loose.length;
  }

  /** Slot i's text; null for NULL (and for a slot never written). */
  get(i: number): string | null {
    if (i >= this.size) return null;
    const page = this.pages[i >> PAGE_BITS];
    if (typeof page !== "string") return page?.[i & MASK] ?? null;
    const e = this.end[i]!;
    if (e < 0) return null;
    const k = i & MASK;
    let s = k === 0 ? 0 : this.end[i - 1]!;
    if (s < 0) s = ~s;
    return page.substring(s, e);
  }

  /** Writes slot i's text (i <= size: a slot held, or the next one). */
  set(i: number, text: string | null): void {
    if (i > this.size) throw new RangeError(`TextColumn: slot ${i} written before slot ${this.size}`);
    const p = i >> PAGE_BITS;
    let page = this.pages[p];
    if (typeof page !== "object") {
      page = this.apart(p);
      this.pages[p] = page;
      this.loose.push(p);
    }
    page[i & MASK] = text;
    if (i === this.size) this.size++;
    if (this.loose.length > LOOSE_MAX) this.join();
  }

  /** Page p's texts as an array (empty for a new page). */
  private apart(p: number): (string | null)[] {
    const out: (string | null)[] = [];
    if (typeof this.pages[p] === "string") for (let i = p << PAGE_BITS, n = Math.min(this.size, i + PAGE); i < n; i++) out.push(this.get(i));
    return out;
  }

  /** Joins every loose page into one string and notes where each slot's text ends. */
  join(): void {
    if (this.end.length < this.size) {
      const grown = new Int32Array(Math.max(PAGE, 2 * this.end.length, this.size));
      grown.set(this.end);
      this.end = grown;
    }
    for (const p of this.loose) {
      const texts = this.pages[p] as (string | null)[];
      let at = 0;
      for (let k = 0; k < texts.length; k++) {
        const t = texts[k] ?? null;
        if (t !== null) at += t.length;
        this.end[(p << PAGE_BITS) + k] = t === null ? ~at : at;
      }
      // Flattened: a join is one sequential string, not a tree of its parts.
      this.pages[p] = texts.map((t) => t ?? "").join("");
    }
    this.loose.length = 0;
  }
}
