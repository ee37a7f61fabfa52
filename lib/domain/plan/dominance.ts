// An exact reduction for the limited knapsack (lib/domain/plan/knapsack.ts).
import type { KnapsackItem } from "./solver-types";

/**
 * Drops every item that K others beat on both value (>=) and cost (<=): a solution holding it holds
 * at most K − 1 of them, so swapping it for a missing one costs no more and is worth no less. Exact
 * for the limited problem, and it leaves few items when K is small. Sweep by cost, keeping the K best
 * values kept so far in a min-heap.
 */
export function undominated(items: readonly KnapsackItem[], eligible: readonly number[], K: number): number[] {
  const order = [...eligible].sort((a, b) => items[a]!.cost - items[b]!.cost || items[b]!.value - items[a]!.value || a - b);
  const heap: number[] = [];
  const kept: number[] = [];
  const up = (k: number) => {
    while (k > 0) {
      const p = (k - 1) >> 1;
      if (heap[p]! <= heap[k]!) break;
      [heap[p], heap[k]] = [heap[k]!, heap[p]!];
      k = p;
    }
  };
  const down = (k: number) => {
    for (;;) {
      const l = 2 * k + 1;
      const r = l + 1;
      let m = k;
      if (l < heap.length && heap[l]! < heap[m]!) m = l;
      if (r < heap.length && heap[r]! < heap[m]!) m = r;
      if (m === k) return;
      [heap[m], heap[k]] = [heap[k]!, heap[m]!];
      k = m;
    }
  };
  for (const i of order) {
    const v = items[i]!.value;
    if (heap.length === K && heap[0]! >= v) continue;
    kept.push(i);
    if (heap.length < K) {
      heap.push(v);
      up(heap.length - 1);
    } else {
      heap[0] = v;
      down(0);
    }
  }
  return kept.sort((a, b) => a - b);
}
