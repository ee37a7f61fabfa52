import { z } from "zod";

/**
 * How each numeric column of one file is read (lib/domain/plausibility.ts), by field id. Resolved from
 * the file when its preview or import starts and kept in the job's mapping, so the dry run, the import
 * and a resumed import read every value the way the preview did.
 */
export const numberReadingsSchema = z.record(
  z.string().max(40),
  z.object({ decimal: z.enum([".", ","]), barePercent: z.boolean().optional(), currency: z.string().regex(/^[A-Z]{3}$/).optional() }),
);
