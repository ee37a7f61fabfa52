// Writing a campaign's posts: typed on the page, imported from a file (the campaign page, the import
// wizard, npm run import) or posted as JSON, all through here; no "server-only", as the command line
// loads it. Every row is checked first; when any row is wrong nothing is written and each error names
// its line. Otherwise one transaction upserts by URL: a newer version of a post replaces the metrics it
// gives (a metric it lacks keeps its earlier value: absent is unknown, not zero), and every version
// is kept as a CampaignPostSnapshot.
import { prisma } from "@/lib/db/client";
import { cleanPostInput, POST_METRICS, type CleanPost, type PostInputFields } from "@/lib/domain/campaigns";
import { findCampaignOrThrow } from "./access";

export type PostRowInput = { line: number; fields: PostInputFields };
export type PostRowError = { line: number; messages: string[] };
export type PostWriteOutcome =
  | { ok: true; rows: number; created: number; updated: number; preview: PreviewRow[] }
  | { ok: false; rows: number; errors: PostRowError[] };
export type PreviewRow = { line: number; url: string; handle: string; action: "create" | "update"; known: string[] };

export const MAX_POST_ROWS = 20_000;
const PREVIEW_ROWS = 20;

type Planned = { line: number; post: CleanPost; creatorId: string; existing: { id: string; campaignCreatorId: string } | undefined };

async function plan(organizationId: string, campaignId: string, rows: readonly PostRowInput[]) {
  await findCampaignOrThrow(organizationId, campaignId);
  const creators = await prisma.campaignCreator.findMany({ where: { campaignId }, select: { id: true, handle: true, platform: true } });
  const byHandle = new Map<string, { id: string; handle: string }[]>();
  for (const c of creators) byHandle.set(c.handle.toLowerCase(), [...(byHandle.get(c.handle.toLowerCase()) ?? []), c]);
  const handleOf = new Map(creators.map((c) => [c.id, c.handle]));
  const errors: PostRowError[] = [];
  const clean: { line: number; post: CleanPost }[] = [];
  const firstLine = new Map<string, number>();
  for (const r of rows) {
    const res = cleanPostInput(r.fields);
    if (!res.ok) {
      errors.push({ line: r.line, messages: Object.values(res.errors) });
      continue;
    }
    const seen = firstLine.get(res.post.url);
    if (seen !== undefined) {
      errors.push({ line: r.line, messages: [`The same post URL is on line ${seen} too: give each post once.`] });
      continue;
    }
    firstLine.set(res.post.url, r.line);
    clean.push({ line: r.line, post: res.post });
  }
  const existing = new Map(
    (await prisma.campaignPost.findMany({ where: { campaignId, url: { in: clean.map((c) => c.post.url) } }, select: { id: true, url: true, campaignCreatorId: true } })).map((p) => [p.url, p]),
  );
  const planned: Planned[] = [];
  for (const { line, post } of clean) {
    const before = existing.get(post.url);
    let creatorId: string | undefined;
    if (post.creator) {
      const matches = byHandle.get(post.creator) ?? [];
      if (matches.length === 1) creatorId = matches[0]!.id;
      else {
        errors.push({ line, messages: [matches.length ? `@${post.creator} is on the campaign more than once: the row cannot say which.` : `@${post.creator} is not one of this campaign's creators.`] });
        continue;
      }
      if (before && before.campaignCreatorId !== creatorId) {
        errors.push({ line, messages: [`This post is already recorded for @${handleOf.get(before.campaignCreatorId)}, not @${post.creator}.`] });
        continue;
      }
    } else if (before) creatorId = before.campaignCreatorId;
    else {
      errors.push({ line, messages: ["Say whose post it is: the creator's handle is missing."] });
      continue;
    }
    planned.push({ line, post, creatorId, existing: before });
  }
  errors.sort((a, b) => a.line - b.line);
  return { planned, errors, handleOf };
}

/** Checks every row; writes all of them in one transaction unless `dryRun` or any row is wrong. */
export async function writeCampaignPosts(organizationId: string, campaignId: string, rows: readonly PostRowInput[], source: string, opts: { dryRun?: boolean } = {}): Promise<PostWriteOutcome> {
  const { planned, errors, handleOf } = await plan(organizationId, campaignId, rows);
  if (errors.length) return { ok: false, rows: rows.length, errors };
  const preview = planned.slice(0, PREVIEW_ROWS).map((p) => ({
    line: p.line, url: p.post.url, handle: handleOf.get(p.creatorId) ?? "", action: p.existing ? ("update" as const) : ("create" as const),
    known: POST_METRICS.filter((k) => p.post[k] !== undefined),
  }));
  const created = planned.filter((p) => !p.existing).length;
  const outcome = { ok: true as const, rows: rows.length, created, updated: planned.length - created, preview };
  if (opts.dryRun) return outcome;
  await prisma.$transaction(
    async (tx) => {
      for (const p of planned) {
        const given = Object.fromEntries(POST_METRICS.filter((k) => p.post[k] !== undefined).map((k) => [k, p.post[k]]));
        const meta = {
          ...(p.post.postedAt ? { postedAt: p.post.postedAt } : {}),
          ...(p.post.format ? { format: p.post.format } : {}),
          ...(p.post.caption ? { caption: p.post.caption } : {}),
        };
        const saved = p.existing
          ? await tx.campaignPost.update({ where: { id: p.existing.id }, data: { ...given, ...meta, source }, select: { id: true } })
          : await tx.campaignPost.create({ data: { campaignId, campaignCreatorId: p.creatorId, url: p.post.url, ...given, ...meta, source }, select: { id: true } });
        await tx.campaignPostSnapshot.create({ data: { postId: saved.id, source, ...given } });
      }
      await tx.campaign.update({ where: { id: campaignId }, data: { updatedAt: new Date() } });
    },
    { timeout: 120_000 },
  );
  return outcome;
}

/** Removes one post (and its history) from the campaign. */
export async function deleteCampaignPost(organizationId: string, campaignId: string, postId: string) {
  await findCampaignOrThrow(organizationId, campaignId);
  const r = await prisma.campaignPost.deleteMany({ where: { id: postId, campaignId } });
  return { deleted: r.count };
}
