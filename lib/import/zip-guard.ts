// Before an .xlsx (a ZIP archive) is inflated: what its central directory declares, so a "zip bomb"
// (a few hundred KB that inflate to gigabytes) is refused with a clear message instead of filling the
// memory or the disk. Real workbooks inflate 5-20 times; a worksheet of a million rows is a few
// hundred MB. A part that lies about its size is still bounded by the readers' own limits (a row's
// columns, a cell's length, the guards on the first batch).
import { open } from "node:fs/promises";
import { ImportFileError } from "./detect";

/** One part may inflate to at most this, and every part together to at most twice it. */
export const MAX_PART_BYTES = 1 << 30;
/** Above this size a part may inflate at most MAX_RATIO times its compressed size. */
const RATIO_FLOOR = 64 << 20;
const MAX_RATIO = 200;

type Part = { name: string; compressed: number; size: number };

/** The parts the archive's central directory lists (names and sizes), or null when it has none readable. */
export async function zipParts(path: string): Promise<Part[] | null> {
  const fh = await open(path, "r");
  try {
    const { size } = await fh.stat();
    const tailLen = Math.min(size, 65_557);
    const tail = Buffer.alloc(tailLen);
    await fh.read(tail, 0, tailLen, size - tailLen);
    let at = -1;
    for (let i = tailLen - 22; i >= 0; i--) if (tail.readUInt32LE(i) === 0x06054b50) { at = i; break; }
    if (at < 0) return null;
    const count = tail.readUInt16LE(at + 10);
    const cdSize = tail.readUInt32LE(at + 12);
    const cdOffset = tail.readUInt32LE(at + 16);
    if (cdOffset + cdSize > size || cdSize > 64 << 20) return null;
    const cd = Buffer.alloc(cdSize);
    await fh.read(cd, 0, cdSize, cdOffset);
    const parts: Part[] = [];
    for (let p = 0, n = 0; n < count && p + 46 <= cd.length; n++) {
      if (cd.readUInt32LE(p) !== 0x02014b50) return null;
      const nameLen = cd.readUInt16LE(p + 28);
      const extra = cd.readUInt16LE(p + 30);
      const comment = cd.readUInt16LE(p + 32);
      parts.push({ name: cd.toString("utf8", p + 46, p + 46 + nameLen), compressed: cd.readUInt32LE(p + 20), size: cd.readUInt32LE(p + 24) });
      p += 46 + nameLen + extra + comment;
    }
    return parts;
  } finally {
    await fh.close();
  }
}

/** Throws ImportFileError when the workbook would inflate beyond what a spreadsheet of creators needs. */
export async function checkWorkbookSize(path: string): Promise<void> {
  const parts = await zipParts(path);
  if (!parts) throw new ImportFileError("This spreadsheet could not be read: its table of contents (the ZIP directory) is missing or damaged.");
  let total = 0;
  for (const p of parts) {
    total += p.size;
    const mb = (p.size / 1048576).toFixed(0);
    if (p.size > MAX_PART_BYTES || (p.size > RATIO_FLOOR && p.size > p.compressed * MAX_RATIO)) {
      throw new ImportFileError(`This spreadsheet would expand to ${mb} MB from ${Math.max(1, Math.round(p.compressed / 1024))} KB in “${p.name.slice(0, 80)}”: that is no list of creators (a “zip bomb”?), so it is not read.`);
    }
  }
  if (total > 2 * MAX_PART_BYTES) throw new ImportFileError(`This spreadsheet would expand to ${(total / 1048576).toFixed(0)} MB: too large to import. Save it as CSV, or split it.`);
}
