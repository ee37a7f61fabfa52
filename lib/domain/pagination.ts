// One page of a list, as every list query answers it and every pager draws it.
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
