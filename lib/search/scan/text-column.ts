// One text per slot (a handle, a name, a bio), held as few large strings rather than one string a
// slot. A full garbage collection marks every object on the heap, and a million creators' texts as
// strings of their own were five million objects: 150 of a full collection's 210 ms, a pause that
// every request in flight waited out (docs/performance.md, sixteenth round). Here texts are
// appended to a tail, which is joined into one string (a page) every PAGE texts, and a slot notes
// its page, where its text starts and its length: a million creators' texts are a few thousand
// strings. A slot written again gets its new text appended the same way, and the old one stays in
// its page, unread, until the unread characters outnumber the read ones: then every text is
// written out again, once. A write costs O(1) amortised, wherever it lands. Pure.

const PAGE = 256;
/** Unread characters are written out again only past this many (and past the read ones). */
const GARBAGE_MIN = 1 << 20;

export class TextColumn {
  /** Slots held: 0..size-1. */
  size = 0;
  /** Joined texts. */
  private pages: string[] = [];
  /** Texts not joined yet, and the slot each was written for. */
  private tail: string[] = [];
  private tailSlots: number[] = [];
  /** A slot's page (-1 - k: position k of the tail), where its text starts there, its length (-1: NULL). */
  private page = new Int32Array(0);
  private start = new Int32Array(0);
  private len = new Int32Array(0);
  /** Characters of the texts held now, and of those written over since the last writing out. */
  private live = 0;
  private garbage = 0;

  /** `garbageMin`: unread characters are written out again only past this many (tests set it low). */
  constructor(private readonly garbageMin = GARBAGE_MIN) {}

  /** How many strings hold the texts: about size / PAGE, never one a slot. */
  get heldStrings(): number {
    return this.pages.length + this.tail.length;
  }

  /** Slot i's text; null for NULL (and for a slot never written). */
  get(i: number): string | null {
    if (i >= this.size) return null;
    const n = this.len[i]!;
    if (n < 0) return null;
    const p = this.page[i]!;
    if (p < 0) return this.tail[-1 - p]!;
    const s = this.start[i]!;
    return this.pages[p]!.substring(s, s + n);
  }

  /** Writes slot i's text (i <= size: a slot held, or the next one). */
  set(i: number, text: string | null): void {
    if (i > this.size) throw new RangeError(`TextColumn: slot ${i} written before slot ${this.size}`);
    if (i === this.size) {
      if (i >= this.len.length) this.grow(Math.max(PAGE, 2 * this.len.length));
      this.size++;
    } else if (this.len[i]! > 0) {
      this.garbage += this.len[i]!;
      this.live -= this.len[i]!;
    }
    if (text === null) {
      this.len[i] = -1;
      return;
    }
    this.append(i, text);
    if (this.garbage > this.garbageMin && this.garbage > this.live) this.writeOut();
  }

  /** Slot i's text, appended to the tail (a page once PAGE are there). */
  private append(i: number, text: string): void {
    this.page[i] = -1 - this.tail.length;
    this.start[i] = 0;
    this.len[i] = text.length;
    this.live += text.length;
    this.tail.push(text);
    this.tailSlots.push(i);
    if (this.tail.length >= PAGE) this.flush();
  }

  /** Joins the tail into a page; each slot whose text is there notes where. */
  flush(): void {
    if (this.tail.length === 0) return;
    const p = this.pages.length;
    let at = 0;
    // In the order written: of a slot's texts in the tail, the last one read wins; NULL stays NULL.
    for (let k = 0; k < this.tail.length; k++) {
      const i = this.tailSlots[k]!;
      if (this.len[i]! >= 0) {
        this.page[i] = p;
        this.start[i] = at;
      }
      at += this.tail[k]!.length;
    }
    // Array.join makes one flat string, not a tree of its parts.
    this.pages.push(this.tail.join(""));
    this.tail = [];
    this.tailSlots = [];
  }

  /** Every slot's text written again into new pages, without the texts written over. */
  private writeOut(): void {
    this.flush();
    const texts = Array.from({ length: this.size }, (_, i) => this.get(i));
    this.pages = [];
    this.live = 0;
    this.garbage = 0;
    for (let i = 0; i < this.size; i++) {
      const t = texts[i]!;
      if (t === null) this.len[i] = -1;
      else this.append(i, t);
    }
    this.flush();
  }

  private grow(capacity: number): void {
    for (const key of ["page", "start", "len"] as const) {
      const next = new Int32Array(capacity);
      next.set(this[key]);
      this[key] = next;
    }
  }
}
