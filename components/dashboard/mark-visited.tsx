"use client";
// Remembers this visit of the dashboard (a cookie) so the next one can say what is new since.
import { useEffect } from "react";

import { LAST_VISIT_COOKIE } from "./visit-cookie";

export function MarkVisited() {
  useEffect(() => {
    document.cookie = `${LAST_VISIT_COOKIE}=${new Date().toISOString()}; path=/; max-age=${60 * 60 * 24 * 365}; samesite=lax`;
  }, []);
  return null;
}
