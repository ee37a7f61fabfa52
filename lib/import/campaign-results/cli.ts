// npm run import -- FILE --kind campaign-results --campaign ID [--map url=Col,...] [--dry-run]: a
// campaign's results file from a shell, through the same job and writer as the wizard (run.ts): one
// JSON line of counts on stdout; each wrong row by line on stderr and exit 1, nothing written.
import { ImportFileError } from "../detect";
import { cleanFileName, sha256File } from "../files";
import { openTable } from "../read";
import { createImportJob } from "@/lib/queries/import-jobs";
import { findCampaignById } from "@/lib/queries/campaigns/access";
import { parseResultMapArg } from "./columns";
import { checkResultColumns, suggestedResultColumns, MAX_RESULTS_FILE_BYTES } from "./read";
import { runResultsJob } from "./run";

export type ResultsCliArgs = { file: string; size: number; campaign: string; map?: string; dryRun: boolean; createdByLabel: string };
type Io = { out: (line: string) => void; err: (text: string) => void };

export async function importResultsFile(a: ResultsCliArgs, io: Io): Promise<number> {
  if (a.size > MAX_RESULTS_FILE_BYTES) throw new ImportFileError(`the file is ${(a.size / 1048576).toFixed(1)} MB; campaign results files are at most ${MAX_RESULTS_FILE_BYTES / 1048576} MB: split it`);
  const campaign = await findCampaignById(a.campaign).catch(() => {
    throw new ImportFileError(`no campaign with id ${a.campaign} (the id is in the campaign page's address, /campaigns/ID)`);
  });
  const fileName = cleanFileName(a.file.split("/").pop() ?? a.file);
  const table = await openTable(a.file, fileName);
  await table.rows.return(undefined);
  let columns = suggestedResultColumns(table.header).columns;
  if (a.map) {
    const named = parseResultMapArg(a.map, table.header);
    if ("error" in named) throw new ImportFileError(named.error);
    const taken = new Set(Object.values(named.columns));
    columns = { ...Object.fromEntries(Object.entries(columns).filter(([f, c]) => !(f in named.columns) && !taken.has(c!))), ...named.columns };
  }
  const problems = checkResultColumns(columns, table.header);
  if (problems.length) throw new ImportFileError(`${problems.join(" ")} Name the columns with --map url=COLUMN,creator=COLUMN,...`);
  io.err(`${fileName} → “${campaign.name}”: ${Object.entries(columns).map(([f, c]) => `${f} ← “${c}”`).join(", ")}${a.dryRun ? " (dry run: nothing is written)" : ""}\n`);
  const job = await createImportJob({
    fileName, fileHash: await sha256File(a.file), fileSize: a.size, storagePath: a.file, format: table.sniffed.format, shape: table.sniffed, createdById: null,
    createdByLabel: a.createdByLabel, mapping: { columns }, dryRun: a.dryRun, status: "queued", kind: "campaign-results", campaignId: campaign.id,
  });
  const out = await runResultsJob(job.id);
  if (!out.ok) {
    if ("fileError" in out) throw new ImportFileError(out.fileError);
    for (const e of out.errors) io.err(`line ${e.line}: ${e.messages.join(" ")}\n`);
    throw new ImportFileError(`${out.errors.length} of ${out.rows} rows are wrong (listed above): nothing was imported. Fix them and run the command again.`);
  }
  io.out(JSON.stringify({ job: job.id, kind: "campaign-results", campaign: campaign.id, rows: out.rows, created: out.created, updated: out.updated, dryRun: a.dryRun }));
  return 0;
}
