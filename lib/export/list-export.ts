// A list as a CSV or XLSX download, streamed: rows are written batch by batch as the query hands
// them over (CSV by hand, XLSX through exceljs's streaming WorkbookWriter), so the writers never hold
// a second copy of the list. CSV cells are neutralised against formula injection; XLSX cells are typed
// (text is a string cell, never a formula) and written as they are (lib/domain/shortlist/cells).
import { PassThrough, Readable } from "node:stream";
import { csvLine, EXPORT_COLUMNS, EXPORT_HEADERS, exportValues, xlsxCell, xlsxSheetName, type ListRow } from "@/lib/domain/shortlist";

export type RowBatches = () => AsyncGenerator<ListRow[]>;

/** UTF-8 with a byte-order mark, so Excel reads accents right; CRLF records (RFC 4180). */
export function csvStream(batches: RowBatches): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  let it: AsyncGenerator<ListRow[]> | null = null;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(enc.encode("\uFEFF" + csvLine(EXPORT_HEADERS)));
    },
    async pull(controller) {
      it ??= batches();
      const next = await it.next();
      if (next.done) return controller.close();
      controller.enqueue(enc.encode(next.value.map((r) => csvLine(exportValues(r))).join("")));
    },
    async cancel() {
      await it?.return(undefined);
    },
  });
}

export function xlsxStream(batches: RowBatches, sheetName = "Shortlist"): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  void (async () => {
    try {
      const ExcelJS = (await import("exceljs")).default;
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
      const ws = wb.addWorksheet(xlsxSheetName(sheetName));
      ws.columns = EXPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.kind === "number" ? 14 : 22 }));
      ws.getRow(1).font = { bold: true };
      ws.getRow(1).commit();
      for await (const batch of batches()) {
        // Text cells are strings, never formulas: no CSV apostrophe (it would show in the cell).
        for (const r of batch) ws.addRow(exportValues(r).map(xlsxCell)).commit();
      }
      ws.commit();
      await wb.commit();
    } catch (err) {
      console.error(err);
      out.destroy(err as Error);
    }
  })();
  return Readable.toWeb(out) as unknown as ReadableStream<Uint8Array>;
}

/** "Skincare launch picks" -> "skincare-launch-picks"; an empty result reads "shortlist". */
export function exportFileName(listName: string, ext: "csv" | "xlsx"): string {
  const slug = listName.normalize("NFKD").replace(/[^\w\s-]/g, "").trim().toLowerCase().replace(/[\s_-]+/g, "-").slice(0, 60);
  return `${slug || "shortlist"}.${ext}`;
}

export const EXPORT_CONTENT_TYPE = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;
