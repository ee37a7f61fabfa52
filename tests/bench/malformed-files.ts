// The generator behind `npm run bench:malformed`: hostile and broken import files, from a seeded
// random source (the same seed gives the same files). Each file's handles start with its own prefix
// (m<index>_), so what an import wrote can be counted per file. Nothing here is copied from a real file.
import { once } from "node:events";
import { crc32, createDeflateRaw } from "node:zlib";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createRng, type Rng } from "../../prisma/seed/random";

export type Kind =
  | "truncated" | "mixed-encoding" | "huge-field" | "ragged" | "binary" | "zip-bomb" | "wide-header" | "deep-json"
  | "open-quote" | "nul-late" | "control" | "empty" | "corrupt-xlsx" | "bad-json" | "formula-and-controls";

export type MalformedFile = { path: string; name: string; kind: Kind; prefix: string; rows: number };


const HEADER = ["handle", "followers", "avg likes", "category", "country", "bio"];
function csvRows(r: Rng, prefix: string, n: number, start = 0): string[] {
  const out: string[] = [];
  for (let i = start; i < start + n; i++) out.push(`${prefix}${i},${r.int(500, 5_000_000)},${r.int(5, 90_000)},${r.pick(["beauty", "food", "gaming", "travel"])},${r.pick(["US", "DE", "Brazil", "KR"])},"bio, ""quoted"" ${i}"`);
  return out;
}
const csv = (r: Rng, prefix: string, n: number) => [HEADER.join(","), ...csvRows(r, prefix, n)].join("\n") + "\n";

type Entry = { name: string; parts: () => Iterable<Buffer>; declaredSize?: number };

/** Deflates `parts` as one stream (never the whole entry in memory): its body, CRC and size. */
async function deflate(parts: Iterable<Buffer>): Promise<{ body: Buffer; crc: number; size: number }> {
  const d = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  d.on("data", (b: Buffer) => out.push(b));
  let crc = 0;
  let size = 0;
  for (const p of parts) {
    crc = crc32(p, crc);
    size += p.length;
    if (!d.write(p)) await once(d, "drain");
  }
  d.end();
  await once(d, "end");
  return { body: Buffer.concat(out), crc, size };
}

/** A ZIP archive with `entries` (deflated), as .xlsx files are; `declaredSize` lets an entry lie about its size. */
export async function zip(entries: Entry[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const { body, crc, size: real } = await deflate(e.parts());
    const name = Buffer.from(e.name);
    const size = Math.min(e.declaredSize ?? real, 0xffffffff);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14); local.writeUInt32LE(body.length, 18); local.writeUInt32LE(size, 22); local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16); central.writeUInt32LE(body.length, 20); central.writeUInt32LE(size, 24); central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
const text = (s: string) => () => [Buffer.from(s)];

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WB_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

let bombCache: Buffer[] | null = null;
/** Zip bombs named .xlsx: a worksheet that inflates to ~1 GiB of rows, one of a single 512 MiB cell, and one whose sizes lie. */
async function bombs(): Promise<Buffer[]> {
  if (bombCache) return bombCache;
  const row = (i: number) => `<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>b${i % 10}</t></is></c><c r="B${i}"><v>1000</v></c></row>`;
  const head = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>handle</t></is></c><c r="B1" t="inlineStr"><is><t>followers</t></is></c></row>`;
  const chunk = Buffer.from(Array.from({ length: 1000 }, (_, i) => row(2 + (i % 9))).join(""));
  function* many() {
    yield Buffer.from(head);
    for (let n = Math.ceil((1 << 30) / chunk.length); n > 0; n--) yield chunk;
    yield Buffer.from("</sheetData></worksheet>");
  }
  const mb = Buffer.alloc(1 << 20, 0x61);
  function* cell() {
    yield Buffer.from(head + `<row r="2"><c r="A2" t="inlineStr"><is><t>`);
    for (let n = 0; n < 512; n++) yield mb;
    yield Buffer.from(`</t></is></c></row></sheetData></worksheet>`);
  }
  const book = (sheet: () => Iterable<Buffer>, declared?: number) => zip([
    { name: "[Content_Types].xml", parts: text(CONTENT_TYPES) }, { name: "_rels/.rels", parts: text(RELS) },
    { name: "xl/workbook.xml", parts: text(WORKBOOK) }, { name: "xl/_rels/workbook.xml.rels", parts: text(WB_RELS) },
    { name: "xl/worksheets/sheet1.xml", parts: sheet, declaredSize: declared },
  ]);
  bombCache = [await book(many), await book(cell), await book(many, 1000)];
  return bombCache;
}

function deepJson(depth: number): string {
  return `[{"handle":"x","followers":1,"meta":${"{\"a\":".repeat(depth)}1${"}".repeat(depth)}}]`;
}

let wideMade = 0;

/** One file of `kind` (index i decides its variant), written under `dir`. */
async function one(dir: string, r: Rng, kind: Kind, i: number): Promise<MalformedFile> {
  const prefix = `m${i}_`;
  const rows = r.int(30, 400);
  let name = `f${i}.csv`;
  let data: Buffer | string;
  switch (kind) {
    case "control": data = csv(r, prefix, rows); break;
    case "truncated": { const full = Buffer.from(csv(r, prefix, rows)); data = full.subarray(0, r.int(1, full.length - 1)); break; }
    case "mixed-encoding": {
      const lines = csv(r, prefix, rows).split("\n");
      data = Buffer.concat(lines.map((l, k) => k % 3 === 1 ? Buffer.from(l.replace("bio", "bío café"), "latin1") : k % 7 === 2 ? Buffer.from(l, "utf16le") : Buffer.from(l.replace("bio", "bio ☕ 日本")))
        .flatMap((b) => [b, Buffer.from("\n")]));
      break;
    }
    case "huge-field": {
      const big = "x".repeat(r.int(1, 4) << 20);
      data = `${HEADER.join(",")}\n${prefix}0,1000,10,food,US,"${big}"\n${csvRows(r, prefix, rows, 1).join("\n")}\n`;
      break;
    }
    case "ragged": data = [HEADER.join(","), ...csvRows(r, prefix, rows).map((l) => l.split(",").slice(0, r.int(1, 9)).join(",") + ",x".repeat(r.int(0, 3)))].join("\n"); break;
    case "binary": {
      const magic = r.pick([[0x89, 0x50, 0x4e, 0x47], [0x25, 0x50, 0x44, 0x46], [0x7f, 0x45, 0x4c, 0x46], [0xff, 0xd8, 0xff]]);
      data = Buffer.concat([Buffer.from(magic), Buffer.from(Array.from({ length: r.int(100, 200_000) }, () => r.int(0, 255)))]);
      name = `f${i}.${r.pick(["csv", "json", "tsv", "xlsx"])}`;
      break;
    }
    case "zip-bomb": data = (await bombs())[i % 3]!; name = `f${i}.xlsx`; break;
    case "wide-header": {
      const cols = !wideMade++ || i % 50 === 0 ? 10_000_000 : r.int(5_000, 200_000); // the first one (and every 50th index) 10 million
      data = `${Array.from({ length: cols }, (_, k) => (k < 2 ? ["handle", "followers"][k] : `c${k % 100}`)).join(",")}\n${prefix}0,1000\n`;
      break;
    }
    case "deep-json": data = deepJson(i % 4 === 0 ? 100_000 : r.int(50, 20_000)); name = `f${i}.json`; break;
    case "bad-json": data = r.pick([`[{"handle":"${prefix}0","followers":1},`, `{"handle":"x"}`, `[1,2,3]`, `[{"handle":"${prefix}0","followers":"1"}] trailing`, `[{"a":"\\u0000"}]`]); name = `f${i}.json`; break;
    case "open-quote": {
      const n = r.int(100, 14_000);
      // No quote anywhere after it, so nothing closes it: the field runs to the end of the file.
      const after = csvRows(r, prefix, r.int(10, 500), n + 1).map((l) => l.replaceAll('"', ""));
      data = [HEADER.join(","), ...csvRows(r, prefix, n), `${prefix}${n},"1000,10,food,US,unclosed`, ...after].join("\n") + "\n";
      break;
    }
    case "nul-late": {
      const n = Math.max(rows, 2_000); // well past the first 64 KB
      const lines = csvRows(r, prefix, n);
      for (let k = 1_200; k < n; k += r.int(50, 300)) lines[k] = lines[k]!.replace(",food,", ",fo\u0000od,").replace("bio,", "b\u0000io,");
      lines[n - 1] = `${prefix}nul\u0000handle,1000,10,food,US,x`;
      data = [HEADER.join(","), ...lines].join("\n") + "\n";
      break;
    }
    case "empty": data = r.pick(["", "\ufeff", "\n\n\n", "handle,followers\n", ",,,\n,,,\n", "\ufeff\ufeff"]); break;
    case "corrupt-xlsx": {
      const good = await zip([{ name: "[Content_Types].xml", parts: text(CONTENT_TYPES) }, { name: "xl/workbook.xml", parts: text(WORKBOOK) }]);
      data = r.next() < 0.5 ? good : good.subarray(0, r.int(10, good.length - 5));
      name = `f${i}.xlsx`;
      break;
    }
    case "formula-and-controls":
      data = [HEADER.join(","), ...csvRows(r, prefix, rows).map((l, k) => (k % 5 === 0 ? l.replace(/^m/, "=m").replace("bio", "\u0007\u001b[31mbio") : l))].join("\n");
      break;
  }
  const path = join(dir, name);
  await writeFile(path, data);
  return { path, name, kind, prefix, rows };
}

/** Shares of the corpus per kind (the heavy ones few), for `count` files. */
const MIX: [Kind, number][] = [
  ["truncated", 0.12], ["mixed-encoding", 0.1], ["huge-field", 0.04], ["ragged", 0.1], ["binary", 0.1], ["zip-bomb", 0.009], ["wide-header", 0.04],
  ["deep-json", 0.05], ["open-quote", 0.08], ["nul-late", 0.06], ["control", 0.1], ["empty", 0.06], ["corrupt-xlsx", 0.05], ["bad-json", 0.05], ["formula-and-controls", 0.041],
];

export async function generateMalformed(dir: string, count: number, seed: number): Promise<MalformedFile[]> {
  const r = createRng(seed);
  const kinds: Kind[] = [];
  for (const [k, share] of MIX) for (let n = Math.max(1, Math.round(share * count)); n > 0; n--) kinds.push(k);
  while (kinds.length < count) kinds.push("control");
  kinds.length = count;
  const out: MalformedFile[] = [];
  for (let i = 0; i < count; i++) out.push(await one(dir, r, kinds[i]!, i));
  return out;
}

// `tsx tests/bench/malformed-files.ts DIR COUNT SEED`: writes the files (in a process of its own, so
// that generating them never counts in the importer's memory) and prints them as JSON lines.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, count, seed] = process.argv.slice(2);
  generateMalformed(dir!, Number(count), Number(seed)).then((files) => {
    for (const f of files) process.stdout.write(`${JSON.stringify(f)}\n`);
  });
}
