// Resolve the compare URL once: the answer, the message a person should read, or the 404 page for
// another organisation's list or brief.
import { notFound } from "next/navigation";
import { InvalidInputError, NotFoundError } from "@/lib/domain/errors";
import { getComparisonForOrg, type CompareAnswer } from "@/lib/queries/compare";
import { compareProblem, compareQuerySchema, type CompareQuery } from "@/lib/validation/compare";
import { onReplica } from "@/lib/queries/replica";

export type Raw = Record<string, string | string[] | undefined>;
export type Loaded = { answer: CompareAnswer | null; problem: string | null };

async function attempt(organizationId: string, q: CompareQuery): Promise<Loaded> {
  try {
    return { answer: await onReplica(() => getComparisonForOrg(organizationId, q)), problem: null };
  } catch (err) {
    if (err instanceof NotFoundError && (err.fields?.list || err.fields?.brief)) notFound();
    if (err instanceof NotFoundError || err instanceof InvalidInputError) return { answer: null, problem: err.message };
    throw err;
  }
}

export async function loadComparison(organizationId: string, raw: Raw): Promise<Loaded> {
  const defined = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
  const parsed = compareQuerySchema.safeParse(defined);
  if (parsed.success) return attempt(organizationId, parsed.data);
  const problem = compareProblem(parsed.error);
  // A bad choice in a list's picker (too few or too many): the picker again, with the message.
  const listOnly = compareQuerySchema.safeParse({ list: raw.list, brief: raw.brief });
  if (raw.ids !== undefined && listOnly.success) {
    const again = await attempt(organizationId, listOnly.data);
    if (again.answer?.kind === "pick") return { answer: again.answer, problem };
  }
  return { answer: null, problem };
}

/** The page's own address, for the sign-in redirect. */
export function comparePath(raw: Raw): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) for (const one of Array.isArray(v) ? v : v === undefined ? [] : [v]) qs.append(k, one);
  const s = qs.toString();
  return s ? `/compare?${s}` : "/compare";
}
