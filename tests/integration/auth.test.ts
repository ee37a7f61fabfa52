import bcrypt from "bcryptjs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { authOptions, LOCKED_ERROR, signInClock } from "@/lib/auth/options";
import { ACCOUNT_FREE_FAILURES, ADDRESS_FREE_FAILURES, MAX_DELAY_MS } from "@/lib/auth/throttle";
import { markPeerHeaderSetByServer, PEER_HEADER } from "@/lib/security/client-address";

type Authorize = (creds: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
const provider = authOptions.providers[0] as unknown as { options: { authorize: Authorize } };
const authorize: Authorize = (creds, req) => provider.options.authorize(creds, req);

const ORG = "org_it_auth";
const PASSWORD = "right-password";
const EMAIL = "it-auth@example.test";
const emails = { lock: "it-auth-lock@example.test", rotate: "it-auth-rotate@example.test", proxied: "it-auth-proxied@example.test", dos: "it-auth-dos@example.test", burst: "it-auth-burst@example.test", spray: "it-auth-spray@example.test", v6: "it-auth-v6@example.test", flood: "it-auth-flood@example.test" };

/** What server.ts hands next-auth: the socket peer, and whatever X-Forwarded-For the request carried. */
const from = (peer: string, forwardedFor?: string) => ({ headers: { [PEER_HEADER]: peer, ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) } });
const fail = (email: string, req: { headers: Record<string, string> }) => authorize({ email, password: "wrong" }, req);
const throttleRow = (key: string) => prisma.loginThrottle.findUnique({ where: { key } });

describe("sign-in against the real database", () => {
  beforeAll(async () => {
    markPeerHeaderSetByServer();
    const passwordHash = await bcrypt.hash(PASSWORD, 4);
    await prisma.organization.create({
      data: {
        id: ORG, name: "IT Auth Org", slug: "it-auth",
        users: { create: [{ email: EMAIL, passwordHash, role: "AGENCY" }, ...Object.values(emails).map((email) => ({ email, passwordHash, role: "MARKETER" as const }))] },
      },
    });
  });
  afterEach(() => {
    delete process.env.SCOUT_TRUSTED_PROXIES;
  });
  afterAll(async () => {
    await prisma.organization.delete({ where: { id: ORG } });
    await prisma.loginThrottle.deleteMany({ where: { key: { contains: "it-auth" } } });
    await prisma.loginThrottle.deleteMany({ where: { key: { startsWith: "address:" } } });
  });

  it("accepts the right password (email case-insensitive) and returns role and organisation", async () => {
    const user = await authorize({ email: EMAIL.toUpperCase(), password: PASSWORD }, from("192.0.2.1"));
    expect(user).toMatchObject({ email: EMAIL, role: "AGENCY", organizationId: ORG, organizationName: "IT Auth Org" });
  });

  it("refuses a wrong password and an unknown account the same way", async () => {
    expect(await fail(EMAIL, from("192.0.2.2"))).toBeNull();
    expect(await authorize({ email: "nobody-it-auth@example.test", password: "x" }, from("192.0.2.2"))).toBeNull();
  });

  it(`makes an address wait after ${ACCOUNT_FREE_FAILURES} failures on an account, even for the right password`, async () => {
    for (let i = 0; i < ACCOUNT_FREE_FAILURES; i++) expect(await fail(emails.lock, from("192.0.2.3"))).toBeNull();
    await expect(authorize({ email: emails.lock, password: PASSWORD }, from("192.0.2.3"))).rejects.toThrow(LOCKED_ERROR);
  });

  it("keeps counting when an untrusted peer rotates X-Forwarded-For", async () => {
    for (let i = 0; i < ACCOUNT_FREE_FAILURES; i++) expect(await fail(emails.rotate, from("198.51.100.20", `203.0.113.${i}`))).toBeNull();
    await expect(authorize({ email: emails.rotate, password: PASSWORD }, from("198.51.100.20", "203.0.113.200"))).rejects.toThrow(LOCKED_ERROR);
    expect(await throttleRow("address:198.51.100.20")).toMatchObject({ failures: ACCOUNT_FREE_FAILURES });
    expect(await prisma.loginThrottle.count({ where: { key: { startsWith: "address:203.0.113." } } })).toBe(0);
  });

  it("keeps counting when an IPv6 client takes a fresh address in its /64 for every attempt", async () => {
    for (let i = 0; i < ACCOUNT_FREE_FAILURES; i++) expect(await fail(emails.v6, from(`2001:db8:aa:bb::${i + 1}`))).toBeNull();
    await expect(authorize({ email: emails.v6, password: PASSWORD }, from("2001:db8:aa:bb:1234::9"))).rejects.toThrow(LOCKED_ERROR);
    expect(await authorize({ email: emails.v6, password: PASSWORD }, from("2001:db8:aa:bc::1"))).toMatchObject({ email: emails.v6 });
  });

  it("uses the client address a trusted proxy forwarded, so one client behind it cannot slow another", async () => {
    process.env.SCOUT_TRUSTED_PROXIES = "127.0.0.1, 10.0.0.0/8";
    // The client's own entry (left) is ignored; the proxy appended the address it saw (right).
    for (let i = 0; i < ACCOUNT_FREE_FAILURES; i++) expect(await fail(emails.proxied, from("10.1.2.3", `6.6.6.${i}, 198.51.100.7`))).toBeNull();
    await expect(authorize({ email: emails.proxied, password: PASSWORD }, from("10.1.2.3", "198.51.100.7"))).rejects.toThrow(LOCKED_ERROR);
    expect(await authorize({ email: emails.proxied, password: PASSWORD }, from("10.1.2.3", "198.51.100.8"))).toMatchObject({ email: emails.proxied });
    expect(await throttleRow("address:198.51.100.7")).toMatchObject({ failures: ACCOUNT_FREE_FAILURES });
    expect(await throttleRow("address:10.1.2.3")).toBeNull();
  });

  it("does not let an attacker keep the owner out: elsewhere the owner gets in at once, and the attacker's own wait is capped", async () => {
    // The clock is fixed, so the cap is checked exactly, whatever the machine's speed.
    const NOW = new Date("2031-03-04T05:06:07.000Z");
    const realNow = signInClock.now;
    signInClock.now = () => NOW;
    try {
      const attacker = from("203.0.113.66");
      const key = `account:${emails.dos}|203.0.113.66`;
      for (let i = 0; i < ACCOUNT_FREE_FAILURES + 10; i++) {
        expect(await fail(emails.dos, attacker)).toBeNull();
        if (i < ACCOUNT_FREE_FAILURES - 1) continue;
        // Hammering during the wait is refused and not counted; then the wait is moved into the past.
        await expect(fail(emails.dos, attacker)).rejects.toThrow(LOCKED_ERROR);
        await prisma.loginThrottle.update({ where: { key }, data: { lockedUntil: new Date(NOW.getTime() - 1) } });
      }
      await fail(emails.dos, attacker);
      const row = await throttleRow(key);
      expect(row!.failures).toBe(ACCOUNT_FREE_FAILURES + 11);
      expect(row!.lockedUntil!.getTime()).toBe(NOW.getTime() + MAX_DELAY_MS);
      expect(await authorize({ email: emails.dos, password: PASSWORD }, from("192.0.2.77"))).toMatchObject({ email: emails.dos });
    } finally {
      signInClock.now = realNow;
    }
  });

  it("slows one address trying many accounts, and a success does not reset that", async () => {
    const sprayer = from("203.0.113.99");
    for (let i = 0; i < ADDRESS_FREE_FAILURES - 1; i++) await fail(`nobody-${i}-it-auth@example.test`, sprayer);
    expect(await authorize({ email: emails.spray, password: PASSWORD }, sprayer)).toMatchObject({ email: emails.spray });
    await fail(`nobody-last-it-auth@example.test`, sprayer);
    await expect(authorize({ email: emails.spray, password: PASSWORD }, sprayer)).rejects.toThrow(LOCKED_ERROR);
  });

  it("compares at most the free allowance of a burst of 40 simultaneous attempts, and refuses the rest", async () => {
    const req = from("192.0.2.160");
    const results = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => authorize({ email: emails.flood, password: i % 7 === 6 ? PASSWORD : `wrong-${i}` }, req)));
    const compared = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r) => r.status === "rejected");
    expect(compared.length).toBeLessThanOrEqual(ACCOUNT_FREE_FAILURES);
    expect(compared.length).toBeGreaterThan(0);
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toMatchObject({ message: LOCKED_ERROR });
    // The next attempt, even with the right password, waits unless a right one got through and cleared the key.
    const wrongCompared = compared.filter((r) => (r as PromiseFulfilledResult<unknown>).value === null).length;
    if (wrongCompared === compared.length) await expect(authorize({ email: emails.flood, password: PASSWORD }, req)).rejects.toThrow(LOCKED_ERROR);
  });

  it("counts every attempt of a parallel burst", async () => {
    await Promise.all(Array.from({ length: 4 }, () => fail(emails.burst, from("192.0.2.150"))));
    expect(await throttleRow(`account:${emails.burst}|192.0.2.150`)).toMatchObject({ failures: 4 });
  });
});
