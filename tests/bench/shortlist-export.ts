// npm run bench:shortlist [-- --items N] [-- --runs R] [-- --memory]: in a scratch database with the real schema,
// seeds N demo creators (default 5,000) onto one list, then times what a big list costs: reading
// the list page's rows and totals, and the CSV and XLSX exports streamed to nowhere (time to the
// first byte, total time, size; with --memory, how far the live heap grew while streaming; the
// export reads and sorts the whole list as the page does, so it grows with the list). Prints figures;
// asserts nothing.
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { createTestDatabase, dropTestDatabase } from "../support/test-db";

const argOf = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const items = argOf("--items", 5_000);
const runs = argOf("--runs", 3);
// --memory: collect garbage every 4th chunk and report the live heap's growth (slows the exports down).
const memory = process.argv.includes("--memory");
const ms = (n: number) => `${Math.round(n)} ms`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Reads a download to the end; heap growth is measured from a collected heap (run with --expose-gc). */
async function drain(stream: ReadableStream<Uint8Array>) {
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  let first = 0;
  let bytes = 0;
  let heapPeak = heap0;
  let chunks = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!first) first = performance.now() - t0;
    bytes += value.byteLength;
    // The live set, not garbage V8 has yet to collect: collect, then measure (every 4th chunk).
    if (memory && ++chunks % 4 === 0 && global.gc) {
      global.gc();
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    }
  }
  return { first, total: performance.now() - t0, bytes, heapPeak: heapPeak - heap0 };
}

const db = await createTestDatabase("scout_bench_sl");
try {
  process.env.DATABASE_URL = db.url;
  const { seed } = await import("../../prisma/seed/index");
  await seed(db.url, { count: items, reset: false, snapshots: false, seed: 20261121, quiet: true });
  const { prisma, pool } = await import("../../lib/db/client");
  const q = await import("../../lib/queries/shortlist");
  const { shortlistTotals } = await import("../../lib/domain/shortlist");
  const { csvStream, xlsxStream } = await import("../../lib/export/list-export");
  const creators = await prisma.creator.findMany({ select: { id: true }, take: items });
  const list = await prisma.shortlist.create({ data: { organizationId: "org_acme", name: "Bench list", briefId: "brief_acme_skincare" }, select: { id: true } });
  await prisma.shortlistItem.createMany({ data: creators.map((c, i) => ({ shortlistId: list.id, creatorId: c.id, status: "candidate" as const, agreedPrice: i % 10 === 0 ? 400 : null })) });
  console.log(`${creators.length.toLocaleString("en-US")} creators on one list; ${runs} runs; Node ${process.version}; ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)}`);
  for (let r = 1; r <= runs; r++) {
    const t0 = performance.now();
    const rows = await q.listItemRows("org_acme", list.id);
    const totals = shortlistTotals(rows);
    const page = performance.now() - t0;
    const csv = await drain(csvStream((await q.openListExport("org_acme", list.id)).rows));
    const xlsx = await drain(xlsxStream((await q.openListExport("org_acme", list.id)).rows));
    console.log(
      `run ${r}: page rows+totals ${ms(page)} (${totals.count} creators) · ` +
        `CSV first byte ${ms(csv.first)}, all ${ms(csv.total)}, ${mb(csv.bytes)}${memory ? `, live heap +${mb(csv.heapPeak)}` : ""} · ` +
        `XLSX first byte ${ms(xlsx.first)}, all ${ms(xlsx.total)}, ${mb(xlsx.bytes)}${memory ? `, live heap +${mb(xlsx.heapPeak)}` : ""}`,
    );
  }
  await prisma.$disconnect();
  await pool.end();
} finally {
  await dropTestDatabase(db.name);
}
process.exit(0);
