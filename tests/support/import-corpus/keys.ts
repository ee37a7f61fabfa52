// Generated exports keyed on platform IDs rather than handles (issue 20): a column of YouTube channel
// IDs (bare, inside their address, or glued after the channel's name) beside a column of links to the
// same creators on another platform; a category column in other languages and scripts; engagement
// rates of which some are implausible. Headers in one of three languages. Everything comes from the
// seed; nothing is copied from a real file. `truth` says what each row holds, for the checks.
import type { FieldId } from "@/lib/import/mapping";
import type { Platform } from "@/lib/domain/types";
import { FOREIGN_GENRES, bigCount, channelId, displayName, handle, pick, profileUrl, rng, styled } from "./values";

export type KeyStyle = "bare" | "url" | "glued";
const HEADERS = {
  ko: { name: "채널명", id: "채널 ID", subs: "구독자 수", genre: "장르", er: "참여율" },
  en: { name: "Channel name", id: "Channel ID", subs: "Subscribers", genre: "Genre", er: "Engagement rate" },
  ja: { name: "チャンネル名", id: "チャンネルID", subs: "登録者数", genre: "ジャンル", er: "エンゲージメント率" },
} as const;
const LINK_HEADER: Record<string, string> = { instagram: "Instagram", tiktok: "TikTok", x: "X (Twitter)" };

export type KeyFile = {
  name: string;
  text: string;
  /** The columns a person would map, and the other platform's link column. */
  columns: Partial<Record<FieldId, string>>;
  linkColumn: string;
  linkPlatform: Platform;
  /** Per data row (file order): the channel ID, the channel's name, the category cell, whether its rate is implausible. */
  truth: { id: string; name: string; genre: string; implausibleRate: boolean; highRate: boolean }[];
};

/** One generated file: key style, header language and the other platform come from the seed. */
export function keyFile(style: KeyStyle, seed: number, { n = 60, links = true } = {}): KeyFile {
  const r = rng(seed);
  const lang = pick(r, ["ko", "en", "ja"] as const);
  const h = HEADERS[lang];
  const linkPlatform = pick(r, ["instagram", "tiktok", "x"] as const);
  const link = LINK_HEADER[linkPlatform]!;
  const keep = (cells: string[]) => (links ? cells : cells.filter((_, k) => k !== 3));
  const lines = [keep([h.name, h.id, h.subs, link, h.genre, h.er]).join(",")];
  const truth: KeyFile["truth"] = [];
  // A few rows (at least one) have a rate no account of that size has: 250% to 1,500%.
  const odd = new Set(Array.from({ length: 1 + Math.floor(r() * 3) }, () => Math.floor(r() * n)));
  // And a few (at least one) a rate that is possible but far above what any account of 20,000 or more reaches: 30% to 95%.
  const high = new Set(Array.from({ length: 1 + Math.floor(r() * 3) }, () => Math.floor(r() * n)).filter((i) => !odd.has(i)));
  for (let i = 0; i < n; i++) {
    const id = channelId(r);
    const name = displayName(r).replace(/[|✨,]/g, "").trim();
    const key = style === "bare" ? id : style === "url" ? `https://www.youtube.com/channel/${id}` : pick(r, [`${name}@${id}`, `${name} (${id})`]);
    const genre = pick(r, FOREIGN_GENRES);
    const rate = odd.has(i) ? 250 + r() * 1250 : high.has(i) ? 30 + r() * 65 : 0.5 + r() * 8;
    lines.push(keep([name, key, styled(bigCount(r, 20_000, 5_000_000), "plain"), profileUrl(linkPlatform, handle(r, linkPlatform, i)), genre, `${rate.toFixed(2)}%`]).join(","));
    truth.push({ id, name, genre, implausibleRate: odd.has(i), highRate: high.has(i) });
  }
  return {
    name: `youtube ${style} channel IDs, ${lang} headers${links ? `, ${linkPlatform} links` : ""} (seed ${seed})`,
    text: lines.join("\n") + "\n",
    columns: { displayName: h.name, handle: h.id, followers: h.subs, niche: h.genre, engagementRate: h.er },
    linkColumn: link,
    linkPlatform,
    truth,
  };
}
