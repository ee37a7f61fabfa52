// XLSX, streamed: one worksheet's rows as text cells, never evaluating a formula.
import { cellText, HEADER_LOOKAHEAD, HEADER_SCAN_ROWS, pickHeader, type RawRow } from "./cells";
import { ImportFileError } from "./detect";

/** The worksheet an XLSX import reads, and all of the workbook's sheets, for the admin to be told. */
export type SheetChoice = {
  name: string | null;
  names: string[];
  /** The sheet and header row an earlier read of the same file chose (kept with the job): taken as they are. */
  want?: { sheet?: string; headerLine?: number };
};

const READ_ATTEMPTS = 3;

/**
 * The rows of ONE worksheet: the first, in workbook order, with a header row among its first rows
 * (a leading "Notes" or cover sheet is passed over). `choice` says which. Styles are read so that
 * date cells come back as dates, not as Excel's day numbers. Rows are padded to the header's width:
 * a spreadsheet row simply ends at its last filled cell.
 */
export async function* xlsxRows(path: string, choice: SheetChoice): AsyncGenerator<RawRow> {
  for (let attempt = 1; ; attempt++) {
    let yielded = false;
    try {
      for await (const row of sheetRows(path, choice)) {
        yielded = true;
        yield row;
      }
      return;
    } catch (err) {
      if (err instanceof ImportFileError) throw err;
      // exceljs's streaming reader now and then looks up a sheet's name before it has read the
      // workbook part ("Cannot read properties of undefined (reading 'sheets')", a few reads in a
      // hundred of the same file); reading the file again succeeds. Nothing has been handed on yet.
      if (!yielded && attempt < READ_ATTEMPTS && err instanceof TypeError && /reading 'sheets'/.test(err.message)) continue;
      throw new ImportFileError(`This spreadsheet could not be read: ${(err as Error).message}`);
    }
  }
}

async function* sheetRows(path: string, choice: SheetChoice): AsyncGenerator<RawRow> {
  const ExcelJS = (await import("exceljs")).default;
  let reader;
  try {
    reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: "cache", hyperlinks: "ignore", styles: "cache", worksheets: "emit", entries: "ignore" });
  } catch {
    throw new ImportFileError("This spreadsheet could not be opened: it is not a valid .xlsx file.");
  }
  let width = 0;
  const toRow = (row: { number: number; values: unknown }): RawRow => {
    // exceljs's row.values is sparse (a blank cell is a hole); .map would keep the holes, Array.from fills them.
    const cells = Array.from(((row.values as unknown[]) ?? []).slice(1), cellText);
    while (cells.length < width) cells.push("");
    return { line: row.number, cells };
  };
  for await (const sheet of reader) {
    choice.names = ((reader as unknown as { model?: { sheets?: { name: string }[] } }).model?.sheets ?? []).map((s) => s.name);
    const rows = sheet[Symbol.asyncIterator]();
    const head: RawRow[] = [];
    while (head.length < HEADER_SCAN_ROWS + HEADER_LOOKAHEAD) {
      const next = await rows.next();
      if (next.done) break;
      head.push(toRow(next.value));
    }
    // The same choice openTable makes from these rows (a preamble above the header is passed over),
    // or the sheet and header row this job's file was read with before.
    const want = choice.want;
    const at = !want
      ? pickHeader(head.map((r) => r.cells))
      : want.sheet !== undefined && want.sheet !== ((sheet as unknown as { name?: string }).name ?? "") ? -1
        : head.findIndex((r) => r.line === want.headerLine);
    if (at < 0) {
      // The reader reaches the next sheet only past this one's rows.
      for (let next = await rows.next(); !next.done; next = await rows.next());
      continue;
    }
    choice.name = (sheet as unknown as { name?: string }).name ?? "";
    width = head[at]!.cells.length;
    for (const r of head) while (r.cells.length < width) r.cells.push("");
    yield* head;
    for (let next = await rows.next(); !next.done; next = await rows.next()) yield toRow(next.value);
    return;
  }
}
