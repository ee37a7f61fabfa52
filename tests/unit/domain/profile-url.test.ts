import { describe, expect, it } from "vitest";
import { profileUrlFor } from "@/lib/domain/profile-url";

describe("profileUrlFor", () => {
  it("gives each platform's standard profile address", () => {
    expect(profileUrlFor("instagram", "anna.fit")).toBe("https://www.instagram.com/anna.fit/");
    expect(profileUrlFor("tiktok", "anna.fit")).toBe("https://www.tiktok.com/@anna.fit");
    expect(profileUrlFor("youtube", "annafit")).toBe("https://www.youtube.com/@annafit");
    expect(profileUrlFor("x", "anna_fit")).toBe("https://x.com/anna_fit");
    expect(profileUrlFor("twitch", "anna_fit")).toBe("https://www.twitch.tv/anna_fit");
  });

  it("has no guess for other platforms and escapes what a handle should not contain", () => {
    expect(profileUrlFor("other", "anna")).toBeNull();
    expect(profileUrlFor("x", "a/b?c")).toBe("https://x.com/a%2Fb%3Fc");
  });
});
