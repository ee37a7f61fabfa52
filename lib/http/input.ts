// Input cleaned at the door: query strings read into a map that prototype names cannot break, and
// NUL bytes and lone UTF-16 surrogates refused wherever they hide (PostgreSQL text cannot hold them;
// they would be a 500).
import "server-only";

export type QueryValue = string | string[];
export type QueryMap = Record<string, QueryValue>;

/**
 * URLSearchParams -> a prototype-free object. A repeated key becomes an array. Keys such as
 * "constructor", "toString" or "__proto__" are ordinary keys here, never inherited members.
 */
export function queryObject(params: URLSearchParams): QueryMap {
  const out: QueryMap = Object.create(null);
  for (const [key, value] of params) {
    const prev = Object.hasOwn(out, key) ? out[key] : undefined;
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

/** FormData -> a prototype-free object of its text fields (files are left out). */
export function formObject(form: FormData): QueryMap {
  const out: QueryMap = Object.create(null);
  for (const [key, value] of form) {
    if (typeof value !== "string") continue;
    const prev = Object.hasOwn(out, key) ? out[key] : undefined;
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

/** The paths (a.b.0) of every string, key included, that `bad` rejects; [] when clean. */
function badStringPaths(value: unknown, bad: (s: string) => boolean, path: string, depth: number): string[] {
  if (depth > 32) return [];
  if (typeof value === "string") return bad(value) ? [path || "_"] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => badStringPaths(v, bad, path ? `${path}.${i}` : String(i), depth + 1));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => {
      const p = path ? `${path}.${k}` : k;
      return bad(k) ? [p.replace(/\u0000/g, "\\0").toWellFormed()] : badStringPaths(v, bad, p, depth + 1);
    });
  }
  return [];
}

/** The paths (a.b.0) of every string, key included, that holds a NUL byte; [] when clean. */
export function nulPaths(value: unknown): string[] {
  return badStringPaths(value, (s) => s.includes("\u0000"), "", 0);
}

/**
 * The paths of every string, key included, that is not well-formed UTF-16 (a lone surrogate such as
 * "\uD800", which JSON.parse accepts but PostgreSQL's text and jsonb refuse: it would be a 500).
 */
export function loneSurrogatePaths(value: unknown): string[] {
  return badStringPaths(value, (s) => !s.isWellFormed(), "", 0);
}

/** Field -> message map for the refused paths, in the API's error shape. */
export function badTextFieldErrors(nul: readonly string[], surrogate: readonly string[] = []): Record<string, string[]> {
  const fields: Record<string, string[]> = Object.create(null);
  for (const p of nul) fields[p] = ["Contains a NUL byte (\\0), which no field accepts."];
  for (const p of surrogate) (fields[p] ??= []).push("Contains a lone UTF-16 surrogate (not well-formed text), which no field accepts.");
  return fields;
}

/** The 400 for text no field accepts (NUL bytes, lone surrogates), or null when every string is clean. */
export function badTextError(...values: unknown[]): { message: string; fields: Record<string, string[]> } | null {
  const nul = values.flatMap((v) => nulPaths(v));
  const surrogate = values.flatMap((v) => loneSurrogatePaths(v));
  if (!nul.length && !surrogate.length) return null;
  const message = nul.length ? "A field contains a NUL byte." : "A field contains a lone UTF-16 surrogate (not well-formed text).";
  return { message, fields: badTextFieldErrors(nul, surrogate) };
}
