"use client";
// The URL is the search state: every control reads from it and writes to it. Discrete changes
// push a history entry (back/forward step through them); typing replaces. Any filter change
// drops `page`, so results start at the first page.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useTransition } from "react";

export function useSearchUrl() {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, startTransition] = useTransition();

  const update = useCallback(
    (changes: Record<string, string | null>, mode: "push" | "replace" = "push", optimistic?: () => void) => {
      const next = new URLSearchParams(params.toString());
      for (const [k, v] of Object.entries(changes)) {
        if (v === null || v === "") next.delete(k);
        else next.set(k, v);
      }
      if (!("page" in changes)) next.delete("page");
      const qs = next.toString();
      const href = qs ? `${pathname}?${qs}` : pathname;
      // `optimistic` runs inside the transition, so a checkbox or select shows its new state at once.
      startTransition(() => {
        optimistic?.();
        if (mode === "push") router.push(href, { scroll: false });
        else router.replace(href, { scroll: false });
      });
    },
    [params, pathname, router],
  );

  const list = useCallback((key: string) => (params.get(key) ?? "").split(",").filter(Boolean), [params]);
  return { params, update, list, pending };
}
