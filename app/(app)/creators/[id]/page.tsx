import type { Metadata } from "next";
import Link from "next/link";
import { profileUrlFor } from "@/lib/domain/profile-url";
import { pageParams, pageQuery } from "@/lib/http/page";
import { notFound } from "next/navigation";
import { CreatorHistory } from "@/components/creator/creator-history";
import { CreatorMetrics } from "@/components/creator/creator-metrics";
import { ScoreBreakdown } from "@/components/creator/score-breakdown";
import { SimilarCreators } from "@/components/creator/similar-creators";
import { TierBadge } from "@/components/catalog/tier-badge";
import { Avatar } from "@/components/creator/creator-bits";
import { requirePageUser } from "@/lib/auth/guard";
import { getCreatorProfile } from "@/lib/queries/creators";
import { getAlertSettings } from "@/lib/queries/settings";
import { listShortlistNamesForOrg } from "@/lib/queries/shortlists";
import { AddToShortlistButton, ShortlistTargetPicker, ShortlistTargetProvider } from "@/components/shortlist/add-to-shortlist";
import { BriefNotFoundError } from "@/lib/queries/search";
import { parseSearchQueryLenient } from "@/lib/validation/search";
import { onReplica } from "@/lib/queries/replica";
import { formatPlatform } from "@/lib/domain/format";
import { nicheName } from "@/lib/domain/niches";
import { creatorHeading, formatHandle } from "@/lib/domain/handles";

export const metadata: Metadata = { title: "Creator profile" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CreatorPage({ params, searchParams }: Props) {
  const path = await pageParams(params);
  if (!path) notFound();
  const { id } = path;
  const user = await requirePageUser(undefined, `/creators/${encodeURIComponent(id)}`);
  const query = parseSearchQueryLenient((await pageQuery(searchParams)).params);
  const [profile, lists, alertSettings] = await Promise.all([
    onReplica(() => getCreatorProfile(id, query, user.organizationId)).catch((err) => {
      if (err instanceof BriefNotFoundError) notFound();
      throw err;
    }),
    listShortlistNamesForOrg(user.organizationId),
    getAlertSettings(),
  ]);
  if (!profile) notFound();
  const c = profile.creator;
  // Imports often lack a URL column: fall back to the platform's standard profile address.
  const profileHref = c.profileUrl ?? profileUrlFor(c.platform, c.handle);
  // A channel ID is no name: the heading is the display name then, and the ID is among the facts.
  const heading = creatorHeading(c);
  const facts = [heading === formatHandle(c.handle) ? c.displayName : formatHandle(c.handle), formatPlatform(c.platform), c.country ?? "country unknown", c.language ?? "language unknown"].filter(Boolean);
  return (
    <main className="space-y-4">
      <Link href="/search" className="text-sm text-brand-700 hover:underline">← Back to search</Link>
      <header className="flex flex-wrap items-center gap-3">
        <Avatar name={c.displayName} handle={c.handle} />
        {/* A long handle (up to 30 characters, more on YouTube) fits a phone's line, else wraps rather than scrolls sideways. */}
        <div className="min-w-0 max-w-full">
          <h1 className="text-xl font-semibold [overflow-wrap:anywhere] sm:text-2xl">{heading}</h1>
          <p className="text-sm text-slate-600">
            {facts.join(" · ")}
            {profileHref ? <> · <a href={profileHref} className="text-brand-700 underline" rel="noreferrer noopener" target="_blank">profile</a></> : null}
          </p>
        </div>
        <TierBadge tier={c.tier} />
        <div className="flex flex-wrap gap-1">
          {c.niches.map((n) => <span key={n} className="rounded bg-slate-100 px-2 py-0.5 text-xs">{nicheName(n)}</span>)}
          {/* The file's own category, kept as written where it matched no niche. */}
          {c.categoryLabel ? <span className="rounded border border-slate-200 px-2 py-0.5 text-xs" title="Category from the imported file; it matches no niche" data-testid="category-label">{c.categoryLabel}</span> : null}
        </div>
      </header>
      {c.bio ? <p className="max-w-3xl text-sm text-slate-700">{c.bio}</p> : null}
      <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
        <CreatorMetrics creator={c} staleDays={alertSettings.staleDays} />
        <ScoreBreakdown score={profile.score}
          fitReasons={profile.fit?.reasons ?? null} briefName={profile.brief?.name ?? null} />
      </div>
      <CreatorHistory snapshots={profile.snapshots} current={{ capturedAt: c.metricsAsOf, followers: c.followers, engagementRate: c.engagementRate, tier: c.tier }} />
      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="sl-h" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="sl-h" className="font-semibold">In your shortlists</h2>
          {profile.shortlists.length ? (
            <ul className="mt-2 space-y-1 text-sm">
              {profile.shortlists.map((s) => (
                <li key={s.id}><Link href={`/shortlists/${s.id}`} className="text-brand-700 underline">{s.name}</Link> · {s.status}{s.note ? ` · “${s.note}”` : ""}</li>
              ))}
            </ul>
          ) : <p className="mt-2 text-sm text-slate-500">Not in any of {user.organizationName}’s shortlists yet.</p>}
          <ShortlistTargetProvider shortlists={lists}>
            <div className="mt-3 flex flex-wrap items-center gap-2 border-t border-slate-100 pt-3">
              <ShortlistTargetPicker />
              <AddToShortlistButton creatorId={c.id} handle={c.handle} />
            </div>
          </ShortlistTargetProvider>
        </section>
        <SimilarCreators items={profile.similar} />
      </div>
    </main>
  );
}
