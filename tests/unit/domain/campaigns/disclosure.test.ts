import { describe, expect, it } from "vitest";
import { checkDisclosure } from "@/lib/domain/campaigns";

describe("checkDisclosure", () => {
  it.each([
    "Loving this serum #ad",
    "New routine! #Sponsored by @brand",
    "Paid partnership with Glow",
    "Meine Pflege #Anzeige",
    "Tolles Produkt #werbung",
    "Mi rutina #publicidad",
    "Ma routine #sponsorisé",
    "Ma routine #pub",
    "Moja rutyna #reklama",
    "新しいセラム #広告",
    "새 세럼 #광고",
    "Min rutine #annonce",
  ])("finds a disclosure in %j", (caption) => {
    expect(checkDisclosure(caption).verdict).toBe("disclosed");
  });
  it.each(["Loving this serum", "Road trip: best roadside adventures #travel", "#adventure awaits", "#padel time"])("flags %j as missing", (caption) => {
    expect(checkDisclosure(caption).verdict).toBe("missing");
  });
  it("says nothing without a caption", () => {
    expect(checkDisclosure(undefined).verdict).toBe("unknown");
    expect(checkDisclosure("   ").verdict).toBe("unknown");
  });
});
