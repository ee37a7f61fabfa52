// npm run bench:session: what re-reading the session's user by primary key costs each request
// (lib/queries/session-record.ts getSessionRecord, called once per request by lib/auth/session.ts): the
// app's own function, one statement on the app's pool, beside the same read through Prisma's client
// (what it was until 2026-12-07). Prints figures; asserts nothing.
import { prisma } from "../../lib/db/client";
import { getSessionRecord } from "../../lib/queries/session-record";

async function time(label: string, read: () => Promise<unknown>) {
  for (let i = 0; i < 200; i++) await read(); // warm-up
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < 2000; i++) {
    const t = process.hrtime.bigint();
    await read();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const cpu = process.cpuUsage(cpu0);
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.floor(p * (times.length - 1))]!.toFixed(3);
  const cpuPer = ((cpu.user + cpu.system) / 1000 / times.length).toFixed(3);
  console.log(`${label}: p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, p99 ${q(0.99)} ms, this process's CPU ${cpuPer} ms a read, over ${times.length} reads`);
}

async function main() {
  const user = await prisma.user.findFirst({ select: { id: true } });
  if (!user) throw new Error("No user: seed the database first (npm run db:seed).");
  const select = { id: true, email: true, name: true, role: true, sessionVersion: true, organizationId: true, organization: { select: { name: true } } } as const;
  await time("session re-check, getSessionRecord (one statement on the pool)", () => getSessionRecord(user.id));
  await time("the same read through Prisma's client", () => prisma.user.findUnique({ where: { id: user.id }, select }));
  await prisma.$disconnect();
  process.exit(0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
