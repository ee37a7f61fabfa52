// npm run bench:shortlist [-- --items N] [-- --runs R] [-- --memory] [-- --page-lists 5000,20000] [-- --catalog C]: in a scratch
// database with the real schema, seeds demo creators (C, default as many as the largest list), then times what a big list costs:
// - the list page's data (lib/queries/shortlist listPage: totals over every item in SQL, and the one
//   page of 100 rows it shows, in the page's sort) on lists of 5,000 and 20,000 creators (--page-lists),
//   for the default order, the score with a brief (computed per row in SQL) and the last page by price;
//   beside it, the old read of every row with totals summed in JavaScript (listItemRows + shortlistTotals,
//   what the API's GET still does);
// - the CSV and XLSX exports of an N-creator list (default 5,000) streamed to nowhere: time to the
//   first byte, total time, size; with --memory, how far the live heap grew while streaming.
// Each figure R times (default 3), each run printed. Prints figures; asserts nothing.
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { createTestDatabase, dropTestDatabase } from "../support/test-db";

const argOf = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const items = argOf("--items", 5_000);
const catalog = argOf("--catalog", 0);
const pageListsArg = process.argv.indexOf("--page-lists");
const pageLists = pageListsArg > 0 ? process.argv[pageListsArg + 1]!.split(",").map(Number) : [5_000, 20_000];
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
  await seed(db.url, { count: Math.max(catalog, items, ...pageLists), reset: false, snapshots: false, seed: 20261121, quiet: true });
  const { prisma, pool } = await import("../../lib/db/client");
  const q = await import("../../lib/queries/shortlist");
  const { shortlistTotals } = await import("../../lib/domain/shortlist");
  const { csvStream, xlsxStream } = await import("../../lib/export/list-export");
  const { LIST_PAGE_SIZE } = await import("../../lib/validation/shortlist");
  /** A list with a brief holding the first n creators (every tenth with an agreed price). */
  async function makeList(n: number, purpose: string) {
    const creators = await prisma.creator.findMany({ select: { id: true }, take: n, orderBy: { id: "asc" } });
    const l = await prisma.shortlist.create({ data: { organizationId: "org_acme", name: `Bench ${purpose} ${n}`, briefId: "brief_acme_skincare" }, select: { id: true } });
    await prisma.shortlistItem.createMany({ data: creators.map((c, i) => ({ shortlistId: l.id, creatorId: c.id, status: "candidate" as const, agreedPrice: i % 10 === 0 ? 400 : null })) });
    await prisma.$executeRawUnsafe(`ANALYZE "ShortlistItem"`);
    return { id: l.id, count: creators.length };
  }
  const load = () => loadavg().map((x) => x.toFixed(1)).join(" ");
  console.log(`${(await prisma.creator.count()).toLocaleString("en-US")} creators in the catalog; Node ${process.version}; ${cpus().length} cores; load average ${load()}`);
  for (const n of pageLists) {
    const l = await makeList(n, "page");
    const lastPage = Math.ceil(l.count / LIST_PAGE_SIZE);
    const cases = [
      { what: "default (newest added), page 1", s: { sort: "added" as const, order: "desc" as const, page: 1 } },
      { what: "score with the brief, page 1", s: { sort: "score" as const, order: "desc" as const, page: 1 } },
      { what: `price, last page (${lastPage})`, s: { sort: "price" as const, order: "asc" as const, page: lastPage } },
    ];
    console.log(`list page, ${l.count.toLocaleString("en-US")} creators (load average ${load()}):`);
    for (const c of cases) {
      const times: string[] = [];
      for (let r = 1; r <= runs; r++) {
        const t0 = performance.now();
        const { totals, rows } = await q.listPage("org_acme", l.id, c.s, LIST_PAGE_SIZE);
        times.push(ms(performance.now() - t0));
        if (totals.count !== l.count || rows.length === 0) throw new Error(`listPage read ${totals.count} / ${rows.length}`);
      }
      console.log(`  ${c.what}: ${times.join(", ")}`);
    }
    const old: string[] = [];
    for (let r = 1; r <= runs; r++) {
      const t0 = performance.now();
      shortlistTotals(await q.listItemRows("org_acme", l.id));
      old.push(ms(performance.now() - t0));
    }
    console.log(`  every row read, totals in JavaScript (listItemRows + shortlistTotals): ${old.join(", ")}`);
  }
  const list = await makeList(items, "export");
  console.log(`exports: ${list.count.toLocaleString("en-US")} creators on one list; ${runs} runs; load average ${load()}`);
  for (let r = 1; r <= runs; r++) {
    const csv = await drain(csvStream((await q.openListExport("org_acme", list.id)).rows));
    const xlsx = await drain(xlsxStream((await q.openListExport("org_acme", list.id)).rows));
    console.log(
      `run ${r}: CSV first byte ${ms(csv.first)}, all ${ms(csv.total)}, ${mb(csv.bytes)}${memory ? `, live heap +${mb(csv.heapPeak)}` : ""} · ` +
        `XLSX first byte ${ms(xlsx.first)}, all ${ms(xlsx.total)}, ${mb(xlsx.bytes)}${memory ? `, live heap +${mb(xlsx.heapPeak)}` : ""}`,
    );
  }
  await prisma.$disconnect();
  await pool.end();
} finally {
  await dropTestDatabase(db.name);
}
process.exit(0);
