// The words header rows use for each field, in the languages creator lists come in. A general
// vocabulary per field, never the header of one known file: the content of a column has the last
// word (see content.ts), so a term here only has to say what a column claims to be.
// `strong` terms name the field; `weak` ones can name it or something else ("channel", "name").
// A term ending in "*" matches a word that starts with it (German compounds: "abonnentenzahl").
// Terms in Korean or Japanese match inside the header, which is not split into words.
import type { FieldId } from "./schema";

export type FieldWords = { strong: string[]; weak?: string[]; not?: string[] };

/** Words that make a number column an average, a total, a rank or a share, in any field. */
export const AVG_WORDS = ["avg", "average", "mean", "per", "ø", "durchschnitt*", "schnitt", "promedio", "media", "medio", "moyenne", "moyen", "moy", "평균", "平均"];
export const TOTAL_WORDS = ["count", "total", "totals", "sum", "lifetime", "gesamt*", "insgesamt", "summe", "totale", "totais", "cumul*", "총", "누적", "合計", "累計", "総"];
export const RANK_WORDS = ["rank", "ranking", "position", "pos", "rang", "platz", "posicion", "puesto", "classement", "순위", "順位", "ランキング"];
export const SHARE_WORDS = ["%", "percent", "pct", "share", "ratio", "anteil", "porcentaje", "porcentagem", "part", "비율", "割合"];
const CHANGE_WORDS = ["growth", "gain", "change", "delta", "new", "increase", "wachstum", "zuwachs", "crecimiento", "crescimento", "croissance", "증가", "増加", "fake", "suspicious", "quality", "authentic", "real"];
/** Words for money in the languages creator lists come in: a "Preis pro Post" is no posts count. */
const PRICE_WORDS = ["price", "cost", "fee", "preis*", "kosten", "honorar", "precio", "tarifa", "tarif", "costo", "preco", "prix", "budget", "cpp", "가격", "단가", "비용", "料金", "価格", "単価"];
/** The audience's country or language is not the creator's ("Audience location", "Top audience country"). */
const AUDIENCE_WORDS = ["audience", "follower*", "viewer*", "publikum", "zielgruppe", "audiencia", "publico", "seguidores", "오디언스", "視聴者", "オーディエンス"];
/** Live-stream viewers (Twitch "Avg viewers", "Peak viewers") are not views per post. */
const LIVE_WORDS = ["viewer*", "concurrent", "ccv", "peak", "live", "zuschauer", "espectadores", "spectateurs", "시청자", "視聴者"];
const RATE_WORDS = ["rate", "er", "quote", "tasa", "taxa", "taux", "률", "율", "率"];

export const HEADER_WORDS: Record<FieldId, FieldWords> = {
  handle: {
    strong: ["handle", "username", "user name", "channel id", "user handle", "screen name", "login", "account", "account name", "ig handle", "insta handle", "tiktok handle", "profile handle", "benutzername", "nutzername", "konto", "usuario", "nombre de usuario", "cuenta", "nome de usuario", "identifiant", "pseudo", "nom d utilisateur", "compte", "아이디", "사용자명", "사용자 이름", "계정", "핸들", "ユーザー名", "ユーザーネーム", "アカウント", "ハンドル"],
    weak: ["ig", "insta", "instagram", "tiktok", "twitter", "twitch", "youtube", "channel", "creator", "influencer", "youtuber", "tiktoker", "streamer", "instagrammer", "profile", "perfil", "profil", "user", "id", "insta name", "kanal", "canal", "채널", "チャンネル", "name"],
    not: ["display", "full", "real", "first", "last", "email", "url", "link", "category", "type", "country", "id number"],
  },
  displayName: {
    strong: ["display name", "full name", "name", "nickname", "channel name", "channel title", "title", "creator name", "influencer name", "real name", "anzeigename", "vollstandiger name", "nombre", "nombre completo", "nome", "nome completo", "nom", "nom complet", "이름", "채널명", "채널 이름", "닉네임", "名前", "表示名", "チャンネル名", "氏名", "ニックネーム"],
    not: ["user", "username", "handle", "account", "file", "category", "country", "brand", "campaign", "email"],
  },
  followers: {
    strong: ["follower*", "subscriber*", "subs", "fans", "audience size", "abonnent*", "seguidor*", "suscriptor*", "inscrito*", "abonne*", "팔로워", "구독자", "フォロワー", "登録者"],
    weak: ["audience", "community"],
    not: [...CHANGE_WORDS, ...SHARE_WORDS, "following", "rate", "er"],
  },
  following: {
    strong: ["following", "followees", "followee", "follows", "following count", "folgt", "gefolgt", "siguiendo", "seguidos", "seguindo", "abonnements", "팔로잉", "フォロー中", "フォロー数"],
    not: [...CHANGE_WORDS, ...SHARE_WORDS],
  },
  posts: {
    strong: ["posts", "post count", "media count", "uploads", "videos", "video count", "number of posts", "tweets", "beitrage", "publicaciones", "publicacoes", "publications", "videos publicados", "게시물", "포스트", "동영상 수", "投稿数", "投稿", "動画数"],
    weak: ["media", "content", "beitrag*"],
    not: ["like", "view", "comment", "share", "engagement", "rate", "per", "avg", "average", "url", "link", "last", "date", "recent", "type", ...PRICE_WORDS],
  },
  avgLikes: { strong: ["likes", "like", "hearts", "gefallt mir", "me gusta", "curtidas", "j aime", "mentions j aime", "좋아요", "いいね"], not: [...SHARE_WORDS, ...RATE_WORDS, "ratio", "to"] },
  avgComments: { strong: ["comments", "comment", "kommentare", "comentarios", "commentaires", "댓글", "コメント"], not: [...SHARE_WORDS, ...RATE_WORDS] },
  avgViews: { strong: ["views", "view", "plays", "video views", "aufrufe", "reproducciones", "vistas", "visualizacoes", "vues", "조회수", "조회", "再生数", "再生", "視聴"], not: [...SHARE_WORDS, ...RATE_WORDS, "through", ...LIVE_WORDS] },
  avgShares: { strong: ["shares", "reposts", "retweets", "geteilt", "compartidos", "compartilhamentos", "partages", "공유", "シェア"], not: [...SHARE_WORDS.filter((w) => w !== "share"), ...RATE_WORDS, "audience", "country", "market"] },
  avgEngagements: { strong: ["engagements", "engagement", "interactions", "interaktionen", "interacciones", "interacoes", "인게이지먼트", "エンゲージメント"], not: [...RATE_WORDS, ...SHARE_WORDS, "score"] },
  engagementRate: {
    strong: ["engagement rate", "eng rate", "er", "engagement %", "engagementrate", "engagement quote", "interaktionsrate", "tasa de engagement", "tasa de interaccion", "taxa de engajamento", "taux d engagement", "참여율", "인게이지먼트율", "エンゲージメント率"],
    weak: ["engagement", "interaction rate"],
    not: [...CHANGE_WORDS.filter((w) => w !== "authentic" && w !== "real"), "score"],
  },
  niche: { strong: ["category", "categories", "niche", "niches", "topic", "topics", "vertical", "genre", "kategorie", "categoria", "categorie", "thema", "tema", "sujet", "카테고리", "분야", "장르", "カテゴリ", "カテゴリー", "ジャンル"], weak: ["interests", "tags"], not: ["2", "second", "secondary", "sub", "rank"] },
  niche2: { strong: ["category 2", "niche 2", "secondary category", "second category", "subcategory", "sub category", "kategorie 2", "categoria 2", "categorie 2"], not: ["rank"] },
  country: { strong: ["country", "country code", "land", "pais", "pays", "location", "국가", "나라", "国", "国家", "地域"], weak: ["region", "market", "ort", "ubicacion", "localizacao"], not: [...SHARE_WORDS, ...RANK_WORDS, ...AUDIENCE_WORDS, "language", "count"] },
  language: { strong: ["language", "lang", "language code", "sprache", "idioma", "lingua", "langue", "언어", "言語"], not: [...SHARE_WORDS, ...AUDIENCE_WORDS] },
  bio: { strong: ["bio", "biography", "description", "about", "beschreibung", "descripcion", "descricao", "biographie", "소개", "自己紹介", "説明"] },
  profileUrl: { strong: ["profile url", "url", "link", "profile link", "channel url", "channel link", "permalink", "perfil url", "enlace", "lien", "링크", "リンク"], weak: ["profile", "website", "web"] },
  contactEmail: { strong: ["email", "e mail", "mail", "contact email", "business email", "kontakt", "correo", "correo electronico", "courriel", "이메일", "メール", "メールアドレス"], weak: ["contact"] },
  price: {
    strong: ["price", "price per post", "rate card", "cost", "cost per post", "fee", "preis", "kosten", "honorar", "precio", "tarifa", "costo", "preco", "prix", "tarif", "가격", "단가", "비용", "料金", "価格", "単価"],
    weak: ["rate", "budget", "cpp"],
    not: ["engagement", "eng", "er", "growth", "conversion", "click", "completion", "view", "like", "comment", "follower", "retention", "%", "percent", "pct", "cpm", "cpv", "cpe"],
  },
  asOf: {
    strong: ["as of", "as of date", "measured on", "measured at", "snapshot date", "data date", "date collected", "collected at", "collection date", "scraped at", "scrape date", "last updated", "updated at", "stichtag", "fecha de datos"],
    weak: ["date", "datum", "fecha"],
    not: ["created", "joined", "join", "birth", "born", "signup", "first", "post", "upload", "published", "campaign", "contract"],
  },
};

export const PLATFORM_HEADER_WORDS = ["platform", "network", "social network", "channel type", "site", "plattform", "netzwerk", "plataforma", "plateforme", "red social", "rede social", "reseau", "플랫폼", "プラットフォーム", "媒体", "sns"];

/** Number fields where a bare word ("Likes") is probably an average, and "total" means a different column. */
export const AVERAGE_FIELDS: readonly FieldId[] = ["avgLikes", "avgComments", "avgViews", "avgShares", "avgEngagements"];
