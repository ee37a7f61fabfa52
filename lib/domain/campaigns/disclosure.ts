// Disclosure check: does a sponsored post's caption say it is an ad? The FTC asks for "#ad",
// "#sponsored" or the platforms' "Paid partnership" label; other markets use their own words
// (Germany #anzeige/#werbung, Spain #publicidad, France #pub/#sponsorisé, Scandinavia #annonse/
// #reklame, Poland #reklama, Japan 広告/PR, Korea 광고, ...). Pure; docs/campaigns.md lists them.

/** Hashtags (without #) that disclose, compared case-insensitively and without accents. */
export const DISCLOSURE_TAGS = [
  "ad", "ads", "advert", "advertisement", "sponsored", "paidpartnership", "paidpartner", "brandpartner",
  "anzeige", "werbung", "unbezahltewerbung", "bezahltepartnerschaft", // de
  "publicidad", "publi", "patrocinado", "colaboracion", "publicidade", "parceriapaga", // es, pt
  "pub", "sponsorise", "partenariat", "partenariatremunere", "collaborationcommerciale", "annonce", // fr, da
  "pubblicita", "adv", "sponsorizzato", // it
  "reklama", "wspolpraca", "współpraca", "reklam", "reklame", "annonse", "samarbeid", "sponsrad", "mainos", "yhteistyossa", // pl, tr, sv, no, da, fi
  "advertentie", "gesponsord", "reclame", // nl
  "реклама", "партнерство", // ru, uk (both write реклама)
  "広告", "pr", "プロモーション", "タイアップ", // ja
  "광고", "협찬", "유료광고", // ko
  "广告", "廣告", "赞助", "贊助", "合作", // zh
  "quangcao", "iklan", "โฆษณา", "विज्ञापन", // vi, id/ms, th, hi
] as const;

/** Phrases that disclose anywhere in a caption (the platforms' labels, in English and a few languages). */
export const DISCLOSURE_PHRASES = [
  "paid partnership", "sponsored by", "advertisement", "werbung", "anzeige", "publicité", "publicidad", "pubblicità",
  "bezahlte partnerschaft", "partenariat rémunéré", "colaboración pagada", "parceria paga", "プロモーション", "유료 광고", "유료광고", "광고",
] as const;

const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
const TAGS = new Set(DISCLOSURE_TAGS.map(fold));
const PHRASES = DISCLOSURE_PHRASES.map(fold);

/** Hashtags of a caption, folded: "#Sponsorisé" -> "sponsorise". */
export function captionHashtags(caption: string): string[] {
  return [...fold(caption).matchAll(/[#＃]([\p{L}\p{N}_]+)/gu)].map((m) => m[1]!);
}

export type DisclosureVerdict = "disclosed" | "missing" | "unknown";

/** "unknown" without a caption (nothing to check), else whether any disclosing tag or phrase is there. */
export function checkDisclosure(caption: string | null | undefined): { verdict: DisclosureVerdict; found?: string } {
  if (caption === null || caption === undefined || !caption.trim()) return { verdict: "unknown" };
  const tag = captionHashtags(caption).find((t) => TAGS.has(t));
  if (tag) return { verdict: "disclosed", found: `#${tag}` };
  const text = ` ${fold(caption)} `;
  const phrase = PHRASES.find((p) => text.includes(p));
  return phrase ? { verdict: "disclosed", found: phrase.trim() } : { verdict: "missing" };
}
