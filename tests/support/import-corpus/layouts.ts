// Layouts of creator lists as discovery tools export them and people type them: which columns, in
// which language, in which value style; each with the mapping a person would choose. Built to differ
// from the shared datasets, never copied from them. `build` writes the file's text from a seed.
import type { FieldId } from "@/lib/import/mapping";
import type { Platform } from "@/lib/domain/types";
import { CATEGORIES, COUNTRIES, COUNTRY_CODES, bigCount, bio, channelId, displayName, handle, int, percent, pick, price, profileUrl, rng, styled, type NumberStyle, type Rng } from "./values";

type Row = { i: number; h: string; name: string; followers: number; r: Rng; platform: Platform };
type Col = { header: string; field?: FieldId; value: (row: Row) => string };
export type Layout = {
  name: string;
  platform: Platform;
  /** Whether the person passes the platform (a list with no platform cue, as with --platform). */
  tellPlatform: boolean;
  format: "csv" | "tsv" | "json";
  columns: Col[];
  /** Lines above the header (titles, notes). */
  junk?: string[];
  /** For JSON: the element for one row (nested objects and arrays allowed); keys are the expected columns. */
  element?: (row: Row) => unknown;
  /** For JSON: the flattened column name of each expected field. */
  jsonFields?: Partial<Record<FieldId, string>>;
  /** Columns that must never get these fields (a rank is no follower count, a statistic no price). */
  never?: Partial<Record<FieldId, string[]>>;
  /** The header says nothing ("who"): the mapping must be right, but may be flagged as a guess. */
  vague?: boolean;
  /** A column that names the platform on every row, as good as the platform itself. */
  platformColumn?: string;
};

const c = (header: string, value: (row: Row) => string, field?: FieldId): Col => ({ header, value, field });
const H = (header: string, at = false) => c(header, (w) => (at ? `@${w.h}` : w.h), "handle");
const N = (header: string) => c(header, (w) => w.name, "displayName");
const F = (header: string, style: NumberStyle = "plain") => c(header, (w) => styled(w.followers, style), "followers");
const cnt = (header: string, field: FieldId | undefined, frac: [number, number], style: NumberStyle = "plain") =>
  c(header, (w) => styled(Math.max(1, Math.round(w.followers * (frac[0] + w.r() * (frac[1] - frac[0])))), style), field);
const posts = (header: string, style: NumberStyle = "plain") => c(header, (w) => styled(int(w.r, 12, 4_800), style), "posts");
const ER = (header: string, style: "pct" | "fraction" | "pctComma" = "pct") => c(header, (w) => percent(w.r, style), "engagementRate");
const CAT = (header: string, field: FieldId | undefined = "niche") => c(header, (w) => pick(w.r, CATEGORIES), field);
const CTRY = (header: string, codes = false) => c(header, (w) => (codes ? pick(w.r, COUNTRY_CODES) : pick(w.r, COUNTRIES)), "country");
const rank = (header: string) => c(header, (w) => String(w.i + 1));
const stat = (header: string) => c(header, (w) => `${(w.r() * 60).toFixed(1)}%`);
const small = (header: string) => c(header, (w) => String(int(w.r, 3, 10)));
const URL_ = (header: string, p: Platform, field: FieldId | undefined = "profileUrl") => c(header, (w) => profileUrl(p, w.h), field);
const MAIL = (header: string) => c(header, (w) => `${w.h.replace(/\./g, "")}@${pick(w.r, ["gmail.com", "agency.io", "mgmt.co"])}`, "contactEmail");
const LANG = (header: string) => c(header, (w) => pick(w.r, ["en", "es", "pt", "de", "fr", "ja", "ko"]), "language");
const PRICE = (header: string, style: "usd" | "eur" | "plain" | "brl" = "usd") => c(header, (w) => price(w.r, style), "price");
const BIO = (header: string) => c(header, (w) => bio(w.r), "bio");

export const LAYOUTS: Layout[] = [
  { name: "modash-like instagram", platform: "instagram", tellPlatform: false, format: "csv", columns: [N("Full name"), H("Username"), URL_("Profile URL", "instagram"), F("Followers"), ER("Engagement rate"), cnt("Avg. likes", "avgLikes", [0.005, 0.05]), cnt("Avg. comments", "avgComments", [0.0002, 0.002]), CTRY("Country"), MAIL("Email")] },
  { name: "hypeauditor-like instagram with rank and audience stats", platform: "instagram", tellPlatform: true, format: "csv", columns: [rank("Rank"), H("Account", true), N("Name"), CAT("Category"), F("Subscribers", "compact"), c("Audience Country", (w) => pick(w.r, COUNTRIES)), stat("Audience country share"), cnt("Authentic engagement", undefined, [0.01, 0.03], "compact"), cnt("Engagement avg.", "avgEngagements", [0.01, 0.05], "compact"), c("Quality score", (w) => String(int(w.r, 40, 99)))], never: { followers: ["Rank", "Quality score"], country: ["Audience country share"] } },
  { name: "upfluence-like tiktok", platform: "tiktok", tellPlatform: false, format: "csv", columns: [N("Influencer name"), H("TikTok username"), F("Followers", "en"), cnt("Average views", "avgViews", [0.05, 0.6], "en"), cnt("Average likes", "avgLikes", [0.01, 0.08], "en"), ER("Engagement Rate"), MAIL("Contact email"), PRICE("Estimated price", "usd"), CTRY("Country")] },
  { name: "creatoriq-like youtube with totals and averages", platform: "youtube", tellPlatform: false, format: "csv", columns: [N("Channel Title"), URL_("Channel URL", "youtube"), H("Channel handle", true), F("Subscriber Count", "en"), cnt("Total Views", undefined, [20, 300], "en"), cnt("Average Views per Video", "avgViews", [0.02, 0.4], "en"), cnt("Total Likes", undefined, [1, 20], "en"), cnt("Avg Likes", "avgLikes", [0.001, 0.02], "en"), posts("Video Count"), CTRY("Country", true), LANG("Language")], never: { avgViews: ["Total Views"], avgLikes: ["Total Likes"] } },
  { name: "grin-like roster, two name columns", platform: "instagram", tellPlatform: true, format: "csv", columns: [c("First Name", (w) => w.name.split(" ")[0]!), c("Last Name", (w) => w.name.split(" ")[1] ?? "Lee"), H("Instagram Handle", true), F("Instagram Followers", "en"), MAIL("Email"), PRICE("Rate", "usd"), c("Status", (w) => pick(w.r, ["Active", "Prospect", "Declined"]))] },
  { name: "hand-typed sheet", platform: "instagram", tellPlatform: true, vague: true, format: "csv", columns: [H("who", true), F("followers", "compact"), c("notes", (w) => pick(w.r, ["great fit", "slow to reply", "", "asked for rates"])), PRICE("fee", "plain")] },
  { name: "hand-typed sheet with junk line above header", platform: "tiktok", tellPlatform: true, format: "csv", junk: ["Creator shortlist - Q3 campaign,,,", ",,,"], columns: [H("Handle", true), N("Name"), F("Followers", "compactComma"), ER("ER", "pctComma")] },
  { name: "german agency export", platform: "instagram", tellPlatform: false, format: "csv", columns: [H("Instagram-Benutzername"), N("Anzeigename"), F("Abonnenten", "de"), cnt("Ø Likes", "avgLikes", [0.005, 0.05], "de"), cnt("Ø Kommentare", "avgComments", [0.0002, 0.002], "de"), ER("Engagement-Rate", "pctComma"), CAT("Kategorie"), CTRY("Land"), PRICE("Preis pro Beitrag", "eur")] },
  { name: "spanish tiktok export", platform: "tiktok", tellPlatform: false, format: "csv", columns: [N("Nombre"), H("Usuario de TikTok", true), F("Seguidores", "de"), cnt("Promedio de reproducciones", "avgViews", [0.05, 0.6], "de"), cnt("Me gusta (total)", undefined, [5, 50], "de"), ER("Tasa de engagement", "pctComma"), CTRY("País"), PRICE("Precio por publicación", "eur")], never: { avgLikes: ["Me gusta (total)"] } },
  { name: "portuguese youtube export", platform: "youtube", tellPlatform: false, format: "csv", columns: [N("Nome do canal"), H("Usuário", true), F("Inscritos", "de"), cnt("Média de visualizações", "avgViews", [0.02, 0.4], "de"), posts("Vídeos publicados"), CAT("Categoria"), CTRY("País"), PRICE("Preço", "brl")] },
  { name: "french instagram export", platform: "instagram", tellPlatform: false, format: "csv", columns: [H("Identifiant Instagram"), N("Nom complet"), F("Abonnés", "fr"), cnt("Moyenne de j'aime", "avgLikes", [0.005, 0.05], "fr"), ER("Taux d'engagement", "pctComma"), CAT("Catégorie"), CTRY("Pays"), MAIL("Courriel")] },
  { name: "korean tiktok export", platform: "tiktok", tellPlatform: true, format: "csv", columns: [N("이름"), H("아이디"), F("팔로워 수", "en"), cnt("평균 조회수", "avgViews", [0.05, 0.6], "en"), cnt("평균 좋아요", "avgLikes", [0.01, 0.08], "en"), CAT("카테고리"), CTRY("국가")] },
  { name: "japanese youtube export", platform: "youtube", tellPlatform: false, format: "csv", columns: [N("チャンネル名"), H("ハンドル", true), F("チャンネル登録者数", "plain"), cnt("平均再生回数", "avgViews", [0.02, 0.4]), posts("動画数"), CAT("ジャンル"), CTRY("国")] },
  { name: "twitch streamer list", platform: "twitch", tellPlatform: false, format: "csv", columns: [H("Twitch login"), N("Display name"), F("Followers", "en"), cnt("Avg viewers", undefined, [0.001, 0.02], "en"), c("Hours streamed", (w) => String(int(w.r, 20, 400))), LANG("Language"), URL_("Channel link", "twitch")], never: { avgViews: ["Avg viewers"] } },
  { name: "x accounts list", platform: "x", tellPlatform: false, format: "csv", columns: [H("Twitter handle", true), N("Name"), F("Followers", "compact"), c("Following", (w) => String(int(w.r, 50, 3_000)), "following"), posts("Tweets", "compact"), BIO("Bio"), CTRY("Location")] },
  { name: "url-only instagram list", platform: "instagram", tellPlatform: false, format: "csv", columns: [URL_("Profile", "instagram", "handle"), F("Followers", "en"), CAT("Niche")] },
  { name: "name glued to handle", platform: "tiktok", tellPlatform: true, format: "csv", columns: [c("Creator", (w) => `${w.name.replace(/\s*[|✨].*$/, "")} (@${w.h})`, "handle"), F("Followers", "compact"), cnt("Views/video", "avgViews", [0.05, 0.6], "compact")] },
  { name: "name and numeric id glued beside the handle", platform: "instagram", tellPlatform: true, format: "csv", columns: [c("Creator (ID)", (w) => `${w.name.replace(/\s*[|✨].*$/, "")} (${100_000 + w.i * 37})`), H("Insta handle"), F("Followers", "en"), cnt("Avg likes", "avgLikes", [0.005, 0.05], "en")], never: { handle: ["Creator (ID)"] } },
  { name: "rank beside followers, platform column", platform: "instagram", tellPlatform: false, platformColumn: "Platform", format: "csv", columns: [rank("#"), c("Platform", (w) => pick(w.r, ["Instagram", "instagram", "IG"])), H("Handle"), F("Follower count", "en"), c("Followers rank", (w) => String(w.i + 1)), c("Followers growth 30d", (w) => `+${(w.r() * 5).toFixed(1)}%`)], never: { followers: ["#", "Followers rank", "Followers growth 30d"] } },
  { name: "country statistics next to the country", platform: "youtube", tellPlatform: true, format: "csv", columns: [H("Channel handle"), N("Channel name"), F("Subscribers", "en"), CTRY("Country"), stat("Top country %"), small("Country rank"), small("Countries reached"), PRICE("Price per video", "usd")], never: { price: ["Countries reached", "Country rank", "Top country %"], country: ["Top country %"] } },
  { name: "tsv semicolon-free export with language codes", platform: "tiktok", tellPlatform: true, format: "tsv", columns: [H("username"), N("nickname"), F("followerCount"), c("followingCount", (w) => String(int(w.r, 10, 2_000)), "following"), c("heartCount", (w) => String(w.followers * int(w.r, 2, 30))), posts("videoCount"), LANG("language")], never: { avgLikes: ["heartCount"] } },
  { name: "camelCase api dump", platform: "instagram", tellPlatform: true, format: "csv", columns: [c("userId", (w) => String(1_000_000_000 + w.i * 7919)), H("userName"), N("fullName"), F("followersCount"), c("followsCount", (w) => String(int(w.r, 10, 2_000)), "following"), posts("mediaCount"), BIO("biography"), c("isVerified", (w) => (w.r() < 0.2 ? "true" : "false"))], never: { followers: ["userId"] } },
  { name: "json with nested objects and arrays", platform: "tiktok", tellPlatform: false, format: "json", columns: [], platformColumn: "links.0.type",
    element: (w) => ({ id: 7000 + w.i, profile: { username: w.h, nickname: w.name, region: pick(w.r, COUNTRY_CODES) }, stats: { followerCount: w.followers, videoCount: int(w.r, 10, 900), avgViews: Math.round(w.followers * 0.2) }, categories: [pick(w.r, CATEGORIES), pick(w.r, CATEGORIES)], links: [{ type: "tiktok", url: profileUrl("tiktok", w.h) }] }),
    jsonFields: { handle: "profile.username", followers: "stats.followerCount", displayName: "profile.nickname", avgViews: "stats.avgViews", posts: "stats.videoCount" } },
  { name: "json flat with compact strings", platform: "instagram", tellPlatform: true, format: "json", columns: [],
    element: (w) => ({ handle: `@${w.h}`, name: w.name, followers: styled(w.followers, "compact"), engagement_rate: percent(w.r, "fraction"), tags: [pick(w.r, CATEGORIES)] }),
    jsonFields: { handle: "handle", followers: "followers", displayName: "name", engagementRate: "engagement_rate" } },
  { name: "media kit sheet with rates and bios", platform: "instagram", tellPlatform: true, format: "csv", columns: [N("Talent"), H("IG"), F("IG followers", "compact"), BIO("About"), PRICE("Rate card (post)", "usd"), c("Story rate", (w) => price(w.r, "usd")), MAIL("Booking email")] },
  { name: "youtube stats with ids", platform: "youtube", tellPlatform: true, format: "csv", columns: [c("Channel ID", (w) => channelId(w.r), "handle"), N("Title"), F("Subscribers", "en"), cnt("Views", undefined, [20, 300], "en"), posts("Uploads"), c("Created", (w) => `20${int(w.r, 10, 22)}-0${int(w.r, 1, 9)}-1${int(w.r, 0, 9)}`)] },
  { name: "semicolon csv from a spanish spreadsheet", platform: "instagram", tellPlatform: true, format: "csv", columns: [H("Cuenta"), N("Nombre completo"), F("Seguidores", "de"), ER("Engagement (%)", "pctComma"), CTRY("Ubicación")] },
];

/** The expected column of each field the layout names. */
export function expectedColumns(l: Layout): Partial<Record<FieldId, string>> {
  if (l.format === "json") return l.jsonFields ?? {};
  return Object.fromEntries(l.columns.filter((x) => x.field).map((x) => [x.field!, x.header]));
}

function rowsOf(l: Layout, seed: number, n: number): Row[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => ({ i, r, platform: l.platform, h: handle(r, l.platform, i), name: displayName(r), followers: bigCount(r) }));
}

const quote = (v: string, d: string) => (v.includes(d) || v.includes('"') || v.includes("\n") ? `"${v.replace(/"/g, '""')}"` : v);

/** The file's text for `seed`: n data rows (the header and any junk lines above them). */
export function build(l: Layout, seed: number, n = 80): string {
  const rows = rowsOf(l, seed, n);
  if (l.format === "json") return JSON.stringify(rows.map((w) => l.element!(w)), null, 1);
  const d = l.format === "tsv" ? "\t" : l.name.startsWith("semicolon") ? ";" : ",";
  const lines = [...(l.junk ?? []), l.columns.map((x) => quote(x.header, d)).join(d)];
  for (const w of rows) lines.push(l.columns.map((x) => quote(x.value(w), d)).join(d));
  return lines.join("\n") + "\n";
}
