// Why an import stopped, in the words a person reads in the history and at the command line.

/**
 * An error's reason in one line for a person. Prisma's own messages open with a blank line and
 * "Invalid `prisma.…()` invocation", then either the database's words as "Message: `…`" or the
 * call's source with the reason on the last line.
 */
export function errorReason(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  const quoted = /Message: `([^`]+)`/.exec(text)?.[1];
  const lines = (quoted ?? text).split("\n").map((l) => l.trim()).filter(Boolean);
  const line = /^Invalid `prisma\./.test(lines[0] ?? "") ? lines.at(-1) : lines[0];
  return (line ?? (err instanceof Error ? err.name : "unknown error")).replace(/^ERROR:\s*/, "").replace(/[.:]$/, "");
}
