import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { badTextError, formObject, loneSurrogatePaths, nulPaths, queryObject } from "@/lib/http/input";

describe("queryObject", () => {
  it("reads prototype-named keys as plain keys, never as inherited members", () => {
    const q = queryObject(new URLSearchParams("constructor=1&toString=x&valueOf=y&__proto__=z&hasOwnProperty=w"));
    expect(q.constructor).toBe("1");
    expect(q.toString).toBe("x");
    expect(q.valueOf).toBe("y");
    expect(q.hasOwnProperty).toBe("w");
    expect(Object.keys(q).sort()).toEqual(["__proto__", "constructor", "hasOwnProperty", "toString", "valueOf"].sort());
    expect(queryObject(new URLSearchParams("a=1")).constructor).toBeUndefined();
  });

  it("keeps every value of a repeated key, in order", () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (key, values) => {
        const params = new URLSearchParams();
        for (const v of values) params.append(key, v);
        const got = queryObject(params)[key];
        expect(values.length === 1 ? [got] : got).toEqual(values);
      }),
    );
  });

  it("formObject drops files and keeps text", () => {
    const form = new FormData();
    form.append("name", "List");
    form.append("file", new Blob(["x"]), "x.csv");
    expect({ ...formObject(form) }).toEqual({ name: "List" });
  });
});

describe("nulPaths", () => {
  it("finds NUL bytes in nested values and keys, and nothing in clean input", () => {
    expect(nulPaths({ a: "ok", b: ["x", "y\u0000"], c: { d: "\u0000" } })).toEqual(["b.1", "c.d"]);
    expect(nulPaths({ ["k\u0000"]: 1 })).toEqual(["k\\0"]);
    expect(nulPaths("a\u0000b")).toEqual(["_"]);
    const strip = (v: unknown): unknown =>
      typeof v === "string" ? v.replaceAll("\u0000", "") : Array.isArray(v) ? v.map(strip) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k.replaceAll("\u0000", ""), strip(x)])) : v;
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), (v, seed) => {
        const clean = strip(v);
        expect(nulPaths(clean)).toEqual([]);
        // The same value with a NUL in one string is caught.
        expect(nulPaths({ clean, dirty: `x${String(seed)}\u0000` })).toEqual(["dirty"]);
      }),
    );
  });
});

describe("loneSurrogatePaths and badTextError", () => {
  const surrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
  it("refuses any string or key holding a lone surrogate, and passes well-formed text (astral characters too)", () => {
    expect(loneSurrogatePaths({ a: "ok 😀", b: ["x", "\uD800"], c: { d: "a\uDFFFb" } })).toEqual(["b.1", "c.d"]);
    expect(loneSurrogatePaths({ ["k\uD800"]: 1 })).toHaveLength(1);
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), surrogate, fc.string(), (v, before, lone, after) => {
        const clean = JSON.parse(JSON.stringify(v, (_k, x) => (typeof x === "string" ? x.toWellFormed() : x))) as unknown;
        expect(loneSurrogatePaths(clean)).toEqual([]);
        // A lone surrogate anywhere in a string makes it ill-formed, unless it pairs with a neighbour.
        const s = `${before}${lone}${after}`;
        expect(loneSurrogatePaths({ clean, field: s })).toEqual(s.isWellFormed() ? [] : ["field"]);
        const error = badTextError({ clean }, { field: `x${lone}` });
        expect(error?.fields).toHaveProperty("field");
      }),
    );
  });

  it("is null for clean values and names NUL bytes first", () => {
    expect(badTextError({ a: "ok" }, ["b"], undefined)).toBeNull();
    expect(badTextError({ a: "\u0000", b: "\uD800" })).toMatchObject({ message: expect.stringContaining("NUL"), fields: { a: [expect.any(String)], b: [expect.any(String)] } });
  });
});
