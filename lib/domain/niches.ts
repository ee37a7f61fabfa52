// Controlled niche vocabulary and normalisation of the messy category labels found in exports.

export const NICHE_IDS = [
  "fashion", "beauty", "fitness", "food", "travel", "gaming", "tech", "music", "sports", "family",
  "pets", "lifestyle", "finance", "education", "entertainment", "art", "automotive", "health",
  "home", "business", "news", "other",
] as const;
export type NicheId = (typeof NICHE_IDS)[number];

export type Niche = { id: NicheId; label: string; synonyms: string[]; related: NicheId[] };

/**
 * Synonyms cover dirty labels from real exports (typos, platform category names). Matching is done on the
 * normalised form (see normaliseLabel), so case, accents and punctuation in synonyms do not matter.
 * "other" exists because source datasets use it; it has no related niches.
 */
export const NICHES: readonly Niche[] = [
  { id: "fashion", label: "Fashion", synonyms: ["fashion", "fasion", "style", "clothing", "clothing & outfits", "outfits", "ootd", "modeling", "model", "models", "accessories & jewellery", "jewellery", "jewelry", "luxury", "streetwear", "mode", "moda"], related: ["beauty", "lifestyle"] },
  { id: "beauty", label: "Beauty", synonyms: ["beauty", "skincare", "skin care", "makeup", "make up", "make-up", "cosmetics", "hair", "nails", "mua", "makeup artist", "grooming"], related: ["fashion", "health", "lifestyle"] },
  { id: "fitness", label: "Fitness", synonyms: ["fitness", "fitness & gym", "gym", "workout", "bodybuilding", "yoga", "crossfit", "trainers & coaches", "personal trainer", "running"], related: ["health", "sports"] },
  { id: "food", label: "Food & Drink", synonyms: ["food", "food & cooking", "food & drinks", "food and drink", "cooking", "recipes", "baking", "foodie", "restaurants", "drinks", "wine", "vegan"], related: ["health", "lifestyle", "travel"] },
  { id: "travel", label: "Travel", synonyms: ["travel", "travelling", "traveling", "nature & landscapes", "nature", "landscapes", "outdoors", "adventure", "hiking", "tourism"], related: ["lifestyle", "food", "art"] },
  { id: "gaming", label: "Gaming", synonyms: ["gaming", "video games", "videogames", "games", "gamer", "esports", "e-sports", "streaming games"], related: ["tech", "entertainment"] },
  { id: "tech", label: "Tech", synonyms: ["tech", "technology", "science & technology", "science", "computers & gadgets", "gadgets", "computers", "machinery & technologies", "software", "ai", "electronics"], related: ["gaming", "education", "business"] },
  { id: "music", label: "Music", synonyms: ["music", "music & dance", "dance", "musician", "singer", "dj", "rap", "hip hop"], related: ["entertainment"] },
  { id: "sports", label: "Sports", synonyms: ["sports", "sport", "sports with a ball", "football", "soccer", "basketball", "racing sports", "racing", "tennis", "athlete", "athletes"], related: ["fitness", "entertainment"] },
  { id: "family", label: "Family & Parenting", synonyms: ["family", "parenting", "family & parenting", "mom", "mum", "moms", "dad", "kids", "kids & toys", "toys", "baby", "motherhood"], related: ["lifestyle", "home", "education"] },
  { id: "pets", label: "Pets & Animals", synonyms: ["pets", "pet", "animals & pets", "animals", "dogs", "dog", "cats", "cat", "wildlife"], related: ["family", "lifestyle"] },
  { id: "lifestyle", label: "Lifestyle", synonyms: ["lifestyle", "daily vlogs", "vlogs", "vlog", "life", "blogger", "influencer"], related: ["fashion", "travel", "family", "home"] },
  { id: "finance", label: "Finance", synonyms: ["finance", "finance & economics", "economics", "investing", "money", "crypto", "personal finance", "stocks"], related: ["business", "education"] },
  { id: "education", label: "Education", synonyms: ["education", "educational", "learning", "literature & journalism", "literature", "books", "science education", "how to", "howto & style", "study"], related: ["tech", "finance", "family"] },
  { id: "entertainment", label: "Entertainment & Comedy", synonyms: ["entertainment", "comedy", "humor", "humour", "humor & fun & happiness", "fun", "shows", "cinema & actors/actresses", "cinema", "actors", "actresses", "actor", "movies", "film", "animation", "comics & sketches", "comics", "memes", "asmr", "mystery", "celebrity", "tv"], related: ["music", "gaming", "lifestyle"] },
  { id: "art", label: "Art & Design", synonyms: ["art", "art/artists", "artists", "artist", "design", "design/art", "photography", "photo", "illustration", "drawing", "painting", "architecture", "tattoo"], related: ["home", "fashion", "travel"] },
  { id: "automotive", label: "Automotive", synonyms: ["automotive", "autos & vehicles", "cars & motorbikes", "cars", "car", "motorbikes", "motorcycles", "vehicles", "auto"], related: ["tech", "sports"] },
  { id: "health", label: "Health & Wellness", synonyms: ["health", "wellness", "health & wellness", "health & self help", "self help", "self-help", "mental health", "nutrition", "medicine", "mindfulness"], related: ["fitness", "food", "beauty"] },
  { id: "home", label: "Home & Interior", synonyms: ["home", "interior", "interiors", "interior design", "home decor", "decor", "diy & life hacks", "diy", "life hacks", "gardening", "garden", "home & garden"], related: ["art", "family", "lifestyle"] },
  { id: "business", label: "Business & Careers", synonyms: ["business", "business & careers", "careers", "entrepreneur", "entrepreneurship", "management & marketing", "marketing", "shopping & retail", "shopping", "startups"], related: ["finance", "tech"] },
  { id: "news", label: "News & Politics", synonyms: ["news", "news & politics", "politics", "journalism", "current affairs"], related: ["education"] },
  { id: "other", label: "Other", synonyms: ["other", "others", "misc", "miscellaneous", "general", "various"], related: [] },
];

const NICHE_BY_ID: ReadonlyMap<NicheId, Niche> = new Map(NICHES.map((n) => [n.id, n]));

export function isNicheId(x: unknown): x is NicheId {
  return typeof x === "string" && (NICHE_IDS as readonly string[]).includes(x);
}

export function nicheLabel(id: NicheId): string {
  return NICHE_BY_ID.get(id)!.label;
}

/** A stored niche for people: the vocabulary's label ("Food & Drink"), or the value as stored when it is not in it. */
export function nicheName(id: string): string {
  return isNicheId(id) ? nicheLabel(id) : id;
}

/**
 * Normal form used for matching: accents removed, lower case, "&" -> "and", trailing numbers dropped
 * ("fashion 0.5" -> "fashion"), everything that is not a letter or digit becomes one space.
 */
export function normaliseLabel(raw: string): string {
  return raw
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[\s\-_.,:;/|()]*\d+(?:[.,]\d+)?[\s%)]*$/u, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const SYNONYM_INDEX: ReadonlyMap<string, NicheId> = (() => {
  const m = new Map<string, NicheId>();
  for (const n of NICHES) {
    for (const s of [n.id, n.label, ...n.synonyms]) {
      const k = normaliseLabel(s);
      if (k && !m.has(k)) m.set(k, n.id);
      const compact = k.replace(/ /g, "");
      if (compact && !m.has(compact)) m.set(compact, n.id);
    }
  }
  return m;
})();

/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), early exit above `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Allowed typo distance for a normalised label: none below 5 characters, 1 for 5-7, 2 from 8. */
export function typoTolerance(length: number): number {
  return length < 5 ? 0 : length < 8 ? 1 : 2;
}

/**
 * Map one raw label to a niche: exact synonym, then without a plural "s", then a unique closest synonym
 * within typoTolerance (ties between different niches -> null). Returns null when nothing matches.
 */
export function normalizeNiche(raw: string): NicheId | null {
  if (typeof raw !== "string") return null;
  const k = normaliseLabel(raw);
  if (!k) return null;
  const direct = SYNONYM_INDEX.get(k) ?? SYNONYM_INDEX.get(k.replace(/ /g, ""));
  if (direct) return direct;
  if (k.endsWith("s") && SYNONYM_INDEX.has(k.slice(0, -1))) return SYNONYM_INDEX.get(k.slice(0, -1))!;
  const tol = typoTolerance(k.length);
  if (tol === 0) return null;
  let best: NicheId | null = null;
  let bestD = tol + 1;
  let tie = false;
  for (const [syn, id] of SYNONYM_INDEX) {
    if (syn.length < 4) continue;
    const d = editDistance(k, syn, tol);
    if (d < bestD) {
      bestD = d;
      best = id;
      tie = false;
    } else if (d === bestD && id !== best) {
      tie = true;
    }
  }
  return best !== null && bestD <= tol && !tie ? best : null;
}

/**
 * Parse one or more labels into niche ids: each label is tried whole first ("Music & Dance" is a synonym);
 * otherwise it is split on , ; / | & and the word "and", and every part is normalised. Order of first
 * appearance is kept; duplicates and unknown parts are dropped.
 */
export function parseNiches(raw: string | readonly string[] | null | undefined): NicheId[] {
  if (raw === null || raw === undefined) return [];
  const labels = typeof raw === "string" ? [raw] : raw;
  const out: NicheId[] = [];
  const push = (id: NicheId | null) => {
    if (id && !out.includes(id)) out.push(id);
  };
  for (const label of labels) {
    if (typeof label !== "string" || !label.trim()) continue;
    const whole = normalizeNiche(label);
    if (whole) {
      push(whole);
      continue;
    }
    const parts = label.split(/[,;/|&+]|\band\b/i).map((p) => p.trim()).filter(Boolean);
    if (parts.length > 1) for (const p of parts) push(normalizeNiche(p));
  }
  return out;
}

/** Niches considered adjacent to `id` (half credit in fit scoring). Symmetric closure of `related`. */
export function relatedNiches(id: NicheId): NicheId[] {
  const out = new Set<NicheId>(NICHE_BY_ID.get(id)?.related ?? []);
  for (const n of NICHES) if (n.related.includes(id)) out.add(n.id);
  out.delete(id);
  return [...out];
}
