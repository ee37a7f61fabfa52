// Input cleaned at the door: query strings read into a map that prototype names cannot break, and
// NUL bytes refused wherever they hide (PostgreSQL text cannot hold them; they would be a 500).
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

/** The paths (a.b.0) of every string, key included, that holds a NUL byte; [] when clean. */
export function nulPaths(value: unknown, path = "", depth = 0): string[] {
  if (depth > 32) return [];
  if (typeof value === "string") return value.includes("\u0000") ? [path || "_"] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => nulPaths(v, path ? `${path}.${i}` : String(i), depth + 1));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => {
      const p = path ? `${path}.${k}` : k;
      return k.includes("\u0000") ? [p.replace(/\u0000/g, "\\0")] : nulPaths(v, p, depth + 1);
    });
  }
  return [];
}

/** Field -> message map for the NUL paths, in the API's error shape. */
export function nulFieldErrors(paths: readonly string[]): Record<string, string[]> {
  const fields: Record<string, string[]> = Object.create(null);
  for (const p of paths) fields[p] = ["Contains a NUL byte (\\0), which no field accepts."];
  return fields;
}
