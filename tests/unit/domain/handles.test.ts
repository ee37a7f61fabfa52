import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkHandle, cleanHandle, creatorHeading, formatHandle, handleFromUrl, looksLikeHandle, nameKey, urlPlatform } from "@/lib/domain/handles";
import { profileUrlFor } from "@/lib/domain/profile-url";
import type { Platform } from "@/lib/domain/types";

const SOCIAL: Platform[] = ["instagram", "tiktok", "youtube", "x", "twitch"];
// Characters every platform allows, and the length every platform accepts (Twitch 4+, X up to 15).
const safeHandle = fc.stringMatching(/^[a-z][a-z0-9_]{3,14}$/);

describe("handles, checked per platform", () => {
  it("a handle every platform allows passes on every platform, with or without @ or as its profile URL", () => {
    fc.assert(fc.property(safeHandle, fc.constantFrom(...SOCIAL), (h, p) => {
      expect(checkHandle(p, h)).toEqual({ ok: true, handle: h });
      expect(checkHandle(p, `@${h.toUpperCase()}`)).toEqual({ ok: true, handle: h });
      expect(checkHandle(p, profileUrlFor(p, h)!)).toEqual({ ok: true, handle: h });
      expect(urlPlatform(profileUrlFor(p, h)!)).toBe(p);
    }));
  });

  it("a value with a space inside is never a handle, on any platform", () => {
    fc.assert(fc.property(safeHandle, safeHandle, fc.constantFrom(...SOCIAL, "other" as const), (a, b, p) => {
      const r = checkHandle(p, `${a} ${b}`);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(/it has spaces/);
    }));
  });

  it("follows each platform's length and character rules", () => {
    expect(looksLikeHandle("x", "a".repeat(15))).toBe(true);
    expect(looksLikeHandle("x", "a".repeat(16))).toBe(false);
    expect(looksLikeHandle("x", "anna.fit")).toBe(false); // no "." on X
    expect(looksLikeHandle("instagram", "anna.fit")).toBe(true);
    expect(looksLikeHandle("instagram", "anna..fit")).toBe(false);
    expect(looksLikeHandle("instagram", "a".repeat(31))).toBe(false);
    expect(looksLikeHandle("tiktok", "a")).toBe(false);
    expect(looksLikeHandle("tiktok", "anna.")).toBe(false);
    expect(looksLikeHandle("twitch", "abc")).toBe(false);
    expect(looksLikeHandle("twitch", "_abcd")).toBe(false);
    expect(looksLikeHandle("youtube", "Kanal-Müller")).toBe(true); // YouTube handles take letters of any script
    expect(looksLikeHandle("youtube", "UCX6OQ3DkcsbYNE6H8uQQuVA")).toBe(true); // a channel id
    expect(looksLikeHandle("instagram", "Fashion & Style")).toBe(false);
  });

  it("explains a rejection in words, with the rule", () => {
    expect(checkHandle("tiktok", "Ana Ruiz")).toEqual({ ok: false, reason: '"Ana Ruiz" is not a TikTok handle: it has spaces (a TikTok handle is 2-24 characters: letters, digits, "." and "_", no spaces)' });
    expect(checkHandle("instagram", "   ")).toEqual({ ok: false, reason: "handle is empty" });
  });

  it("reads the handle out of a name glued to it, and out of profile URLs", () => {
    expect(cleanHandle("Ana Ruiz (@ana.ruiz)")).toBe("ana.ruiz");
    expect(cleanHandle("Ana Ruiz | @Ana_Ruiz")).toBe("ana_ruiz");
    expect(cleanHandle("met @a and @b")).toBe("met @a and @b"); // two @-words: no guess
    expect(handleFromUrl("https://www.youtube.com/channel/UC123/videos")).toEqual({ platform: "youtube", handle: "UC123" });
    expect(handleFromUrl("https://www.instagram.com/p/Cx1/")).toBeNull(); // a post, not a profile
    expect(handleFromUrl("https://example.com/anna")).toBeNull();
  });

  it("channel names used as keys: two names that differ beyond case and spacing never share a key", () => {
    const fold = (s: string) => s.normalize("NFC").replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim().toLowerCase();
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 40 }), fc.string({ minLength: 1, maxLength: 40 }), (a, b) => {
      const ka = nameKey(a);
      if (ka !== null && fold(a) !== fold(b)) expect(nameKey(b)).not.toBe(ka);
    }));
    expect(nameKey("Crème  Brûlée TV")).toBe(nameKey("crème brûlée tv"));
    expect(nameKey("Crème Brûlée TV")).not.toBe(nameKey("Creme Brulee TV"));
  });
});

describe("a handle as people read it", () => {
  const id = "UCw-RU_ze4dAKdeJWdtAKmoA"; // a channel ID: UC, 21 characters, and one of A/Q/g/w
  it("a name gets its @; a YouTube channel ID never does", () => {
    expect(formatHandle("anna.b")).toBe("@anna.b");
    expect(formatHandle(id)).toBe(id);
    expect(formatHandle(id)).not.toMatch(/^@/);
  });
  it("a creator keyed on a channel ID is headed by its name when it has one, else by the bare ID", () => {
    expect(creatorHeading({ handle: id, displayName: "Kim's Kitchen" })).toBe("Kim's Kitchen");
    expect(creatorHeading({ handle: id, displayName: null })).toBe(id);
    expect(creatorHeading({ handle: id, displayName: "  " })).toBe(id);
    expect(creatorHeading({ handle: "anna.b", displayName: "Anna B" })).toBe("@anna.b");
  });
});
