import bcrypt from "bcryptjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { authOptions, LOCKED_ERROR } from "@/lib/auth/options";
import { THROTTLE_MAX_FAILURES } from "@/lib/auth/throttle";

type Authorize = (creds: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
const provider = authOptions.providers[0] as unknown as { options: { authorize: Authorize } };
const authorize: Authorize = (creds, req) => provider.options.authorize(creds, req);

const ORG = "org_it_auth";
const EMAIL = "it-auth@example.test";
const LOCK_EMAIL = "it-auth-lock@example.test";

describe("sign-in against the real database", () => {
  beforeAll(async () => {
    const passwordHash = await bcrypt.hash("right-password", 4);
    await prisma.organization.create({
      data: {
        id: ORG, name: "IT Auth Org", slug: "it-auth",
        users: { create: [{ email: EMAIL, passwordHash, role: "AGENCY" }, { email: LOCK_EMAIL, passwordHash, role: "MARKETER" }] },
      },
    });
  });
  afterAll(async () => {
    await prisma.organization.delete({ where: { id: ORG } });
    await prisma.loginThrottle.deleteMany({ where: { key: { contains: "it-auth" } } });
  });

  it("accepts the right password (email case-insensitive) and returns role and organisation", async () => {
    const user = await authorize({ email: EMAIL.toUpperCase(), password: "right-password" }, { headers: { "x-forwarded-for": "10.0.0.1" } });
    expect(user).toMatchObject({ email: EMAIL, role: "AGENCY", organizationId: ORG, organizationName: "IT Auth Org" });
  });

  it("refuses a wrong password and an unknown account the same way", async () => {
    expect(await authorize({ email: EMAIL, password: "wrong" }, { headers: { "x-forwarded-for": "10.0.0.2" } })).toBeNull();
    expect(await authorize({ email: "nobody-it-auth@example.test", password: "x" }, { headers: { "x-forwarded-for": "10.0.0.2" } })).toBeNull();
  });

  it(`locks an account after ${THROTTLE_MAX_FAILURES} failures, even for the right password`, async () => {
    const req = { headers: { "x-forwarded-for": "10.0.0.3" } };
    for (let i = 0; i < THROTTLE_MAX_FAILURES; i++) {
      expect(await authorize({ email: LOCK_EMAIL, password: `wrong-${i}` }, req)).toBeNull();
    }
    await expect(authorize({ email: LOCK_EMAIL, password: "right-password" }, { headers: { "x-forwarded-for": "10.9.9.9" } })).rejects.toThrow(LOCKED_ERROR);
  });
});
