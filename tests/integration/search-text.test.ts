// The scan's free-text tests (lib/search/scan/trgm.ts) against PostgreSQL's own: lower(), ILIKE
// '%text%' and pg_trgm's `<%`, on random strings drawn to differ from any dataset: several scripts,
// mixed case, digits, punctuation, marks, emoji, and queries that are typos of the text's words.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { readTextRules } from "@/lib/queries/search/catalog-sync";
import { pgLower, wordSimilar, wordTrigrams, type TextRules } from "@/lib/search/scan/trgm";
import { createRng, type Rng } from "../../prisma/seed/random";

const ALPHABETS = [
  "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
  "0123456789",
  "äöüßÄÖÜéÉèçÇñÑøØåÅłŁİıŞşĞğ",
  "αβγδεζηθικλμνξοπρσςτυφχψωΑΒΓΔΣΩ",
  "абвгдежзийклмнопрстуфхцчшщыэюяАБВГДЖЯ",
  "가나다라마바사아자차카타파하먹방브이로그",
  "日本語中文字漢ひらがなカタカナ",
  "٠١٢٣٤٥٦٧٨٩عربيةابتث",
  "\u0301\u0308\u0363\u0364\u093f\u0947",
  " .,_-@#&!?'’/\t",
  "😀✨🔥💄",
];

function word(rng: Rng): string {
  const a = rng.pick(ALPHABETS.slice(0, 9));
  return Array.from({ length: rng.int(1, 9) }, () => rng.pick(Array.from(a))).join("");
}
function text(rng: Rng): string {
  const parts: string[] = [];
  for (let k = rng.int(1, 5); k > 0; k--) parts.push(word(rng), rng.pick(Array.from(rng.pick(ALPHABETS.slice(9)))));
  return parts.join("");
}
/** A query drawn from the text (a word, a piece, a typo of a word) or unrelated. */
function queryFor(rng: Rng, t: string): string {
  const chars = Array.from(t);
  const from = rng.int(0, chars.length - 1);
  const piece = chars.slice(from, from + rng.int(1, 8)).join("");
  switch (rng.int(0, 3)) {
    case 0:
      return piece;
    case 1: {
      const c = Array.from(piece);
      c.splice(rng.int(0, c.length), rng.int(0, 1), rng.pick(Array.from(ALPHABETS[0]!)));
      return c.join("").toLowerCase();
    }
    case 2:
      return piece.toUpperCase();
    default:
      return word(rng);
  }
}

let db: pg.Client;
let rules: TextRules;
beforeAll(async () => {
  db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  const pool = { query: db.query.bind(db) } as unknown as Parameters<typeof readTextRules>[0];
  rules = await readTextRules(pool);
});
afterAll(async () => {
  await db.end();
});

describe("free text as PostgreSQL tests it", () => {
  it("lower(), ILIKE and <% agree with the database on 4,000 random pairs", async () => {
    const rng = createRng(20261207);
    const pairs = Array.from({ length: 4_000 }, () => {
      const t = text(rng);
      return [t, queryFor(rng, t)] as const;
    });
    const { rows } = await db.query<{ lower: string; ilike: boolean; similar: boolean }>(
      `SELECT lower(t) AS lower, t ILIKE '%' || replace(replace(replace(q, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' AS ilike, q <% t AS similar
         FROM unnest($1::text[], $2::text[]) AS p(t, q)`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    );
    let similar = 0;
    let ilike = 0;
    pairs.forEach(([t, q], k) => {
      const r = rows[k]!;
      expect(pgLower(t, rules), t).toBe(r.lower);
      expect(pgLower(t, rules).includes(pgLower(q, rules)), `${t} ILIKE %${q}%`).toBe(r.ilike);
      expect(wordSimilar(wordTrigrams(q, rules), wordTrigrams(t, rules)), `${q} <% ${t}`).toBe(r.similar);
      if (r.similar) similar++;
      if (r.ilike) ilike++;
    });
    // The draw must hold both answers of each test.
    expect(similar).toBeGreaterThan(400);
    expect(similar).toBeLessThan(3_600);
    expect(ilike).toBeGreaterThan(400);
  });

  it("agrees on words split by marks, underscores and case that lower() folds per character", async () => {
    const pairs = [
      ["Ab Σx 한국어 ٣٤ a_b", "a_b"], ["é\u0301e", "ee"], ["x\u0363y", "xy"], ["İstanbul", "istanbul"], ["ΣΑΣ ΟΔΟΣ", "οδοσ"],
      ["glow.daily", "glwo"], ["anna_smith", "ana"], ["먹방 브이로그", "브이로"], ["Crème ROUTINE", "creme"], ["a", "a"], ["ok", "okk"],
    ];
    const { rows } = await db.query<{ similar: boolean; ilike: boolean }>(
      `SELECT q <% t AS similar, t ILIKE '%' || q || '%' AS ilike FROM unnest($1::text[], $2::text[]) AS p(t, q)`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    );
    pairs.forEach(([t, q], k) => {
      expect(wordSimilar(wordTrigrams(q!, rules), wordTrigrams(t!, rules)), `${q} <% ${t}`).toBe(rows[k]!.similar);
      expect(pgLower(t!, rules).includes(pgLower(q!, rules)), `${t} ILIKE %${q}%`).toBe(rows[k]!.ilike);
    });
  });
});
