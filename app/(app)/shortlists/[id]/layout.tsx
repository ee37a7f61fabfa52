// Finds the list before the page's loading screen starts streaming, so that an unknown id or another
// organisation's list answers with a real 404 status rather than a 200 carrying a "not found" page.
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/guard";
import { NotFoundError } from "@/lib/domain/errors";
import { findListOrThrow } from "@/lib/queries/shortlist";
import { shortlistParamsSchema } from "@/lib/validation/shortlist";

export default async function ShortlistLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const parsed = shortlistParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const user = await requirePageUser(undefined, `/shortlists/${parsed.data.id}`);
  await findListOrThrow(user.organizationId, parsed.data.id).catch((err: unknown) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  return children;
}
