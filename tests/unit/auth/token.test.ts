// The session token's decode (lib/auth/token.ts) must accept and refuse exactly what next-auth's own
// decode does: it only derives the key once instead of per request.
import { hkdfSync } from "node:crypto";
import { EncryptJWT } from "jose";
import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken } from "@/lib/auth/token";

const SECRET = "a-test-secret-of-some-length";

describe("decodeSessionToken", () => {
  it("reads what next-auth issued, as next-auth reads it, again and again", async () => {
    const token = await encode({ token: { sub: "user-1", sv: 3 }, secret: SECRET, maxAge: 3600 });
    const theirs = await decode({ token, secret: SECRET });
    for (let k = 0; k < 3; k++) {
      const ours = await decodeSessionToken({ token, secret: SECRET });
      expect(ours).toEqual(theirs);
      expect(ours).toMatchObject({ sub: "user-1", sv: 3 });
    }
  });

  it("keeps one key per secret: tokens of two secrets each read with their own, and not with the other's", async () => {
    const other = "another-secret-entirely";
    const a = await encode({ token: { sub: "a", sv: 1 }, secret: SECRET });
    const b = await encode({ token: { sub: "b", sv: 1 }, secret: other });
    expect(await decodeSessionToken({ token: a, secret: SECRET })).toMatchObject({ sub: "a" });
    expect(await decodeSessionToken({ token: b, secret: other })).toMatchObject({ sub: "b" });
    await expect(decodeSessionToken({ token: a, secret: other })).rejects.toThrow();
    await expect(decodeSessionToken({ token: b, secret: SECRET })).rejects.toThrow();
  });

  it("refuses a tampered token, as next-auth does", async () => {
    const token = await encode({ token: { sub: "user-1", sv: 1 }, secret: SECRET });
    const parts = token.split(".");
    const body = parts[3]!;
    parts[3] = (body[0] === "A" ? "B" : "A") + body.slice(1);
    const tampered = parts.join(".");
    await expect(decode({ token: tampered, secret: SECRET })).rejects.toThrow();
    await expect(decodeSessionToken({ token: tampered, secret: SECRET })).rejects.toThrow();
  });

  it("refuses an expired token beyond the 15 s tolerance, and accepts one within it, as next-auth does", async () => {
    const expired = await encode({ token: { sub: "user-1", sv: 1 }, secret: SECRET, maxAge: -60 });
    await expect(decode({ token: expired, secret: SECRET })).rejects.toThrow();
    await expect(decodeSessionToken({ token: expired, secret: SECRET })).rejects.toThrow();
    const justExpired = await encode({ token: { sub: "user-1", sv: 1 }, secret: SECRET, maxAge: -5 });
    expect(await decode({ token: justExpired, secret: SECRET })).toMatchObject({ sub: "user-1" });
    expect(await decodeSessionToken({ token: justExpired, secret: SECRET })).toMatchObject({ sub: "user-1" });
  });

  it("derives a salted key as next-auth does", async () => {
    const token = await encode({ token: { sub: "user-1", sv: 1 }, secret: SECRET, salt: "some-salt" });
    expect(await decodeSessionToken({ token, secret: SECRET, salt: "some-salt" })).toEqual(await decode({ token, secret: SECRET, salt: "some-salt" }));
    await expect(decodeSessionToken({ token, secret: SECRET })).rejects.toThrow();
  });

  it("refuses every token when the secret is empty, as next-auth does: that key would be anyone's", async () => {
    // What an attacker could forge if an empty secret were used: the key HKDF gives for "".
    const publicKey = new Uint8Array(hkdfSync("sha256", "", "", "NextAuth.js Generated Encryption Key", 32));
    const forged = await new EncryptJWT({ sub: "user-1", sv: 1 })
      .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
      .setIssuedAt()
      .setExpirationTime("1h")
      .encrypt(publicKey);
    await expect(decode({ token: forged, secret: "" })).rejects.toThrow();
    await expect(decodeSessionToken({ token: forged, secret: "" })).rejects.toThrow();
  });

  it("has no token to read when the cookie is absent", async () => {
    expect(await decodeSessionToken({ token: undefined, secret: SECRET })).toBeNull();
  });
});
