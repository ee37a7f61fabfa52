// Pages read their query string and path through the same input rules as the API (./input.ts): a
// prototype-free map, and text PostgreSQL refuses (a NUL byte, a lone UTF-16 surrogate) stopped at
// the door. The API answers such a request 400; a page drops the value, says so (RefusedInput), and
// renders the rest, so `/search?q=%00` is a search page with a notice, not a PostgreSQL error
// (22021) and a 500.
import "server-only";
import { badTextError } from "./input";

type Raw = Record<string, string | string[] | undefined>;
export type PageQuery = Record<string, string | string[]>;
export type RefusedInput = { message: string; fields: Record<string, string[]> };

export async function pageQuery(searchParams: Promise<Raw> | Raw): Promise<{ params: PageQuery; refused: RefusedInput | null }> {
  const raw = await searchParams;
  const params: PageQuery = Object.create(null);
  const fields: Record<string, string[]> = {};
  let message: string | null = null;
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    const bad = badTextError({ [key]: value });
    if (bad) {
      message ??= `${bad.message} It was left out.`;
      Object.assign(fields, bad.fields);
      continue;
    }
    params[key] = value;
  }
  return { params, refused: message ? { message, fields } : null };
}

/** A page's path parameters; null when one holds text no field accepts (the page answers 404). */
export async function pageParams<P extends Record<string, string | string[]>>(params: Promise<P> | P): Promise<P | null> {
  const p = await params;
  return badTextError(p) ? null : p;
}
