import { describe, expect, it } from "vitest";
import { countryCode } from "@/lib/import/text";

describe("countryCode", () => {
  it("maps country names to today's ISO code, never a withdrawn one", () => {
    // ICU also names DD (East Germany), FX, UK, SU, YU... after today's countries.
    expect(countryCode("Germany")).toBe("DE");
    expect(countryCode("France")).toBe("FR");
    expect(countryCode("United Kingdom")).toBe("GB");
    expect(countryCode("Russia")).toBe("RU");
    expect(countryCode("Serbia")).toBe("RS");
    expect(countryCode("Vietnam")).toBe("VN");
    expect(countryCode("Myanmar (Burma)")).toBe("MM");
  });

  it("accepts codes and common aliases, and refuses what is not a country", () => {
    expect(countryCode("uk")).toBe("GB");
    expect(countryCode("us")).toBe("US");
    expect(countryCode("United States")).toBe("US");
    expect(countryCode("CÃ´te d'Ivoire")).toBe("CI");
    expect(countryCode("FX")).toBeNull();
    expect(countryCode("DD")).toBeNull();
    expect(countryCode("Atlantis")).toBeNull();
  });
});
