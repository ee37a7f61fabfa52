// Finds the campaign before the page's loading screen starts streaming, so that an unknown id or
// another organisation's campaign answers with a real 404 status rather than a 200 "not found" page.
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/guard";
import { NotFoundError } from "@/lib/domain/errors";
import { findCampaignOrThrow } from "@/lib/queries/campaigns";
import { campaignParamsSchema } from "@/lib/validation/campaigns";

export default async function CampaignLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const parsed = campaignParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const user = await requirePageUser(undefined, `/campaigns/${parsed.data.id}`);
  await findCampaignOrThrow(user.organizationId, parsed.data.id).catch((err: unknown) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  return children;
}
