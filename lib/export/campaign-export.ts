// A campaign report as a CSV or XLSX download (reports are small: built in memory). CSV cells are
// neutralised against formula injection; XLSX cells are typed and written as they are
// (lib/domain/shortlist/cells), as the list export does.
import { REPORT_HEADERS, reportRows, type CampaignReport } from "@/lib/domain/campaigns";
import { csvLine, xlsxCell, xlsxSheetName } from "@/lib/domain/shortlist";
import { exportFileName } from "./list-export";

export function reportCsv(report: CampaignReport): string {
  return "\uFEFF" + csvLine([...REPORT_HEADERS]) + reportRows(report).map((r) => csvLine(r)).join("");
}

export async function reportXlsx(report: CampaignReport, name: string): Promise<Uint8Array> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(xlsxSheetName(name));
  ws.addRow([...REPORT_HEADERS]).font = { bold: true };
  for (const r of reportRows(report)) ws.addRow(r.map(xlsxCell));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export function reportFileName(name: string, ext: "csv" | "xlsx"): string {
  return exportFileName(`${name} report`, ext);
}
