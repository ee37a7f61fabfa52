// The notice a page shows when part of its address was refused at the door (lib/http/page.ts).
export function RefusedInputNotice({ refused }: { refused: { message: string; fields: Record<string, string[]> } | null }) {
  if (!refused) return null;
  return (
    <p role="alert" data-testid="refused-input" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
      {refused.message} ({Object.keys(refused.fields).map((f) => f.replace(/\u0000/g, "\\0")).join(", ")})
    </p>
  );
}
