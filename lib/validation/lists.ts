// zod readers for URL parameters that hold lists or single values (search and the filter registry).
import { z } from "zod";

/** A comma-separated (or repeated) list; every item must be one of `values`. */
export const enumList = <T extends string>(values: readonly T[], name: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((raw, ctx) => {
      const items = (Array.isArray(raw) ? raw : [raw]).flatMap((s) => s.split(",")).map((s) => s.trim().toLowerCase()).filter(Boolean);
      const bad = items.filter((s) => !(values as readonly string[]).includes(s));
      if (bad.length) {
        ctx.addIssue({ code: "custom", message: `Unknown ${name}: ${bad.join(", ")}. Use ${values.join(", ")}.` });
        return z.NEVER;
      }
      return [...new Set(items)] as T[];
    })
    .optional();

/** A list of codes matching `pattern` after `normalise`. */
export const codeList = (pattern: RegExp, name: string, normalise: (s: string) => string) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((raw, ctx) => {
      const items = (Array.isArray(raw) ? raw : [raw]).flatMap((s) => s.split(",")).map((s) => normalise(s.trim())).filter(Boolean);
      const bad = items.filter((s) => !pattern.test(s));
      if (bad.length) {
        ctx.addIssue({ code: "custom", message: `Not ${name}: ${bad.join(", ")}.` });
        return z.NEVER;
      }
      return [...new Set(items)];
    })
    .optional();

/** Up to 10 distinct texts of up to 60 characters. */
export const textList = z
  .union([z.string(), z.array(z.string())])
  .transform((raw) =>
    [...new Set((Array.isArray(raw) ? raw : [raw]).flatMap((s) => s.split(",")).map((s) => s.trim().slice(0, 60)).filter(Boolean))].slice(0, 10),
  )
  .optional();

/** The first value of a repeated parameter; "" is absent. */
export const single = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (Array.isArray(v) ? v[0] : v === "" ? undefined : v), schema);
