// POST /api/campaigns/:id/posts: { posts: [{ url, creator, postedAt?, format?, caption?, views?, likes?,
// comments?, shares?, saves?, linkClicks?, conversions?, revenue? }], dryRun? } — upserts by URL in one
// transaction; any wrong post: 422 with each post's errors (its index from 1), nothing written.
import { ANY_ROLE } from "@/lib/auth/roles";
import { route } from "@/lib/http";
import { writeCampaignPosts } from "@/lib/queries/campaigns";
import { campaignParamsSchema, writePostsSchema } from "@/lib/validation/campaigns";

export const POST = route({ roles: ANY_ROLE, params: campaignParamsSchema, body: writePostsSchema }, async ({ user, params, body }) => {
  const out = await writeCampaignPosts(user.organizationId, params.id, body.posts.map((fields, i) => ({ line: i + 1, fields })), "api", { dryRun: body.dryRun });
  if (!out.ok) return Response.json({ error: { code: "unprocessable", message: `${out.errors.length} of ${out.rows} posts are wrong: nothing was saved.`, rows: out.errors } }, { status: 422 });
  return out;
});
