// The session cookie's token, decoded as next-auth's own decode does (next-auth/jwt: jose's
// jwtDecrypt of a "dir" / A256GCM JWE, 15 s of clock tolerance), with one difference: the key is
// derived from the secret (HKDF-SHA256, next-auth's info string) once per secret, not on every
// request. Under load that derivation was 1.6% of a server process's CPU (docs/performance.md,
// eleventh round). The guard and the proxy pass it to getToken as `decode`.
import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams } from "next-auth/jwt";

/** next-auth's key for `secret` and `salt` (its getDerivedEncryptionKey), derived once. */
const keys = new Map<string, Uint8Array>();
function keyFor(secret: string | Buffer, salt: string): Uint8Array {
  // next-auth's HKDF (@panva/hkdf) refuses an empty secret; node's would derive a key anyone can.
  if (!secret || secret.length === 0) throw new Error("No secret to derive the session key from.");
  const id = `${salt}\u0000${typeof secret === "string" ? `s:${secret}` : `b:${secret.toString("base64")}`}`;
  let key = keys.get(id);
  if (!key) {
    // A process holds one secret (NEXTAUTH_SECRET); a few at most in tests.
    if (keys.size >= 8) keys.clear();
    const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`;
    key = new Uint8Array(hkdfSync("sha256", secret, salt, info, 32));
    keys.set(id, key);
  }
  return key;
}

/** next-auth's decode, key derived once: throws on a token that is forged, tampered with or expired. */
export async function decodeSessionToken({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, keyFor(secret, salt), { clockTolerance: 15 });
  return payload as JWT;
}
