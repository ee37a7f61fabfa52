// One creator as a file row describes it, after normalisation (lib/import/normalize.ts) and before the
// catalog merges it (lib/queries/import-writer.ts). Here, below both, so that neither imports the other.
import type { NicheId } from "./niches";
import type { Platform } from "./types";

export type ObservedCreator = {
  platform: Platform;
  handle: string;
  displayName: string | null;
  bio: string | null;
  profileUrl: string | null;
  contactEmail: string | null;
  country: string | null;
  language: string | null;
  niches: NicheId[];
  /** The file's category as written when it matched no niche (kept as the creator's own label). */
  categoryLabel?: string | null;
  followers: number;
  following: number | null;
  posts: number | null;
  avgLikes: number | null;
  avgComments: number | null;
  avgViews: number | null;
  avgShares: number | null;
  importedRate: number | null;
  importedPrice: { low: number; high: number; currency: string } | null;
  /** The row's own as-of date (a mapped date column); null: the import's. */
  asOf?: Date | null;
};

/** The catalog's key of a creator: one row per (platform, handle). */
export function creatorKey(c: { platform: string; handle: string }): string {
  return `${c.platform}\u0000${c.handle}`;
}
