// Text clean-up for values from real exports: mojibake (UTF-8 read as latin-1, "CÃ´te d'Ivoire")
// and country names or codes to ISO 3166-1 alpha-2.

/** Repairs text that was UTF-8 decoded as latin-1/Windows-1252 once; leaves everything else alone. */
export function fixMojibake(s: string): string {
  if (!/[ÃÂâ][\u0080-\u00ff\u2018-\u203a\u0152-\u017e]/.test(s)) return s;
  const bytes = Buffer.from(s, "latin1");
  const repaired = bytes.toString("utf8");
  return repaired.includes("\ufffd") ? s : repaired;
}

const fold = (s: string) =>
  s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[’'`]/g, "'").replace(/[^a-z' ]+/g, " ").replace(/\s+/g, " ").trim();

let byName: Map<string, string> | null = null;

/**
 * Codes ICU names that are not current ISO 3166-1 countries: withdrawn codes it maps to today's
 * country ("Germany" would otherwise be East Germany's DD, "France" FX, "United Kingdom" UK), and groupings.
 */
const NOT_COUNTRIES = new Set(["AN", "BU", "CS", "DD", "DY", "FX", "HV", "NH", "RH", "SU", "TP", "UK", "VD", "YD", "YU", "ZR", "EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"]);

function countryNames(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  const names = new Intl.DisplayNames(["en"], { type: "region" });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        name = undefined;
      }
      if (name && name !== code && !NOT_COUNTRIES.has(code)) byName.set(fold(name), code);
    }
  }
  const aliases: Record<string, string> = {
    usa: "US", "united states of america": "US", america: "US", uk: "GB", "great britain": "GB", england: "GB", scotland: "GB",
    "south korea": "KR", korea: "KR", "north korea": "KP", russia: "RU", "russian federation": "RU", uae: "AE", "ivory coast": "CI",
    "cote d'ivoire": "CI", "czech republic": "CZ", turkey: "TR", turkiye: "TR", vietnam: "VN", "hong kong": "HK", taiwan: "TW", iran: "IR",
    holland: "NL", "the netherlands": "NL", brasil: "BR", espana: "ES", deutschland: "DE", mexico: "MX",
  };
  for (const [k, v] of Object.entries(aliases)) byName.set(k, v);
  return byName;
}

let codes: Set<string> | null = null;

/** "United States" / "us" / "Côte d'Ivoire" / "CÃ´te d'Ivoire" -> "US" / "US" / "CI" / "CI"; null when unknown. */
export function countryCode(raw: string | null): string | null {
  if (!raw) return null;
  const s = fixMojibake(raw).trim();
  if (/^[A-Za-z]{2}$/.test(s)) {
    const code = s.toUpperCase();
    codes ??= new Set(countryNames().values());
    return code === "UK" ? "GB" : codes.has(code) ? code : null;
  }
  return countryNames().get(fold(s)) ?? null;
}
