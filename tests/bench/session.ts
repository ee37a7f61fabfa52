// npm run bench:session: what re-reading the session's user by primary key costs each request
// (lib/queries/users.ts getSessionRecord, called once per request by lib/auth/session.ts).
// Prints figures; asserts nothing.
import { prisma } from "../../lib/db/client";

async function main() {
  const user = await prisma.user.findFirst({ select: { id: true } });
  if (!user) throw new Error("No user: seed the database first (npm run db:seed).");
  const select = { id: true, email: true, name: true, role: true, sessionVersion: true, organizationId: true, organization: { select: { name: true } } } as const;
  for (let i = 0; i < 200; i++) await prisma.user.findUnique({ where: { id: user.id }, select }); // warm-up
  const times: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const t = process.hrtime.bigint();
    await prisma.user.findUnique({ where: { id: user.id }, select });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.floor(p * (times.length - 1))]!.toFixed(3);
  console.log(`session re-check (user by primary key, with organisation name): p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, p99 ${q(0.99)} ms over ${times.length} reads`);
  await prisma.$disconnect();
  process.exit(0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
