// The page's ranks among a search's matches without sorting them all: a heap for a shallow page,
// a quickselect for a deep one (run.ts). Pure.

/** Pages ending at most this deep are found with a heap, deeper ones with a quickselect. */
export const HEAP_DEPTH = 5_000;

/** The best `k` of positions 0..m-1 (any order): a heap whose root is the worst kept. */
export function topK(m: number, k: number, before: (x: number, y: number) => boolean): number[] {
  const h: number[] = [];
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < h.length && before(h[w]!, h[l]!)) w = l;
      if (r < h.length && before(h[w]!, h[r]!)) w = r;
      if (w === i) return;
      [h[i], h[w]] = [h[w]!, h[i]!];
      i = w;
    }
  };
  for (let p = 0; p < m; p++) {
    if (h.length < k) {
      h.push(p);
      for (let i = h.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!before(h[parent]!, h[i]!)) break;
        [h[i], h[parent]] = [h[parent]!, h[i]!];
        i = parent;
      }
    } else if (before(p, h[0]!)) {
      h[0] = p;
      down(0);
    }
  }
  return h;
}

/**
 * Reorders a[lo..hi) so that a[k] holds what a full sort would put there, everything before it
 * comes before it and everything after it after (Hoare's quickselect, median-of-three pivots).
 */
export function select(a: Int32Array, lo: number, hi: number, k: number, before: (x: number, y: number) => boolean): void {
  let l = lo;
  let r = hi - 1;
  while (r > l) {
    const mid = (l + r) >>> 1;
    // Median of three to a[mid].
    if (before(a[mid]!, a[l]!)) swap(a, mid, l);
    if (before(a[r]!, a[l]!)) swap(a, r, l);
    if (before(a[r]!, a[mid]!)) swap(a, r, mid);
    const pivot = a[mid]!;
    let i = l;
    let j = r;
    while (i <= j) {
      while (before(a[i]!, pivot)) i++;
      while (before(pivot, a[j]!)) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) r = j;
    else if (k >= i) l = i;
    else return;
  }
}

function swap(a: Int32Array, i: number, j: number) {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}
