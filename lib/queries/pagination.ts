// Kept for the queries that import it from here; the helpers are pure (lib/domain/pagination.ts).
export { pageCount, type Page } from "@/lib/domain/pagination";
