// npm run import -- FILE [--platform P] [--mapping PRESET | --map field=Column,... | --accept-suggested]
//                        [--handle-from name] [--force] [--dry-run] [--as-of YYYY-MM-DD]
// npm run import -- FILE --kind campaign-results --campaign ID [--map url=Col,...] [--dry-run]
//                                     a campaign's results (lib/import/campaign-results/cli.ts)
// npm run import -- --resume JOB     continues a stopped or failed import from its last committed batch
// The browser flow's pipeline from a shell: progress on stderr, one JSON line of counts on stdout.
// It imports only with a confident or confirmed mapping: otherwise it prints the proposal and exits 2,
// writing nothing. Exit status 1 when the file as a whole cannot be imported or a guard stops it
// (rows can still be rejected one by one).
import { stat } from "node:fs/promises";
import { userInfo } from "node:os";
import path from "node:path";
import { parseAsOf } from "../lib/domain/as-of";
import { PLATFORMS, type Platform } from "../lib/domain/types";
import { refreshInsights } from "../lib/insights/refresh";
import { ImportFileError, type Sniffed } from "../lib/import/detect";
import { cleanFileName, sha256File } from "../lib/import/files";
import { formatProposal, parseMapArg } from "../lib/import/cli-mapping";
import { HANDLE_SOURCES, PROFILE_ROWS, checkMapping, importMappingSchema, suggestMapping, type HandleSource, type ImportMapping } from "../lib/import/mapping";
import { resolveNumberReadings } from "../lib/import/number-columns";
import { type ProgressEvent } from "../lib/import/pipeline";
import { openTable } from "../lib/import/read";
import { ImportReleasedError } from "../lib/import/pipeline";
import { errorReason } from "../lib/import/error-reason";
import { ImportDatabaseDownError, ImportStoppedError, failAfterDatabaseLoss, runImportToEnd, withResumeCommand } from "../lib/import/resume";
import { beginShutdown, shutdownSignal } from "../lib/server/shutdown";
import { closeImportPools } from "../lib/queries/import-pool";
import { createImportJob, getImportJob, requeueImportJob } from "../lib/queries/import-jobs";
import { getMappingPresetByName } from "../lib/queries/imports";
import { importResultsFile } from "../lib/import/campaign-results/cli";
import { runResultsJob } from "../lib/import/campaign-results/run";

type Args = { file: string; kind: "creators" | "campaign-results"; campaign?: string; resume?: string; platform?: Platform; preset?: string; map?: string; acceptSuggested: boolean; handleFrom?: HandleSource; force: boolean; dryRun: boolean; asOf?: Date };
const USAGE = "usage: npm run import -- FILE [--platform instagram|tiktok|youtube|x|twitch|other] [--mapping PRESET | --map field=Column,... | --accept-suggested] [--handle-from name] [--force] [--dry-run] [--as-of YYYY-MM-DD (when the metrics were measured; default now)]\n       npm run import -- FILE --kind campaign-results --campaign ID [--map url=COLUMN,creator=COLUMN,...] [--dry-run]\n       npm run import -- --resume JOB";

export function parseImportArgs(argv: string[]): Args {
  const args: Omit<Args, "file"> & { file?: string } = { kind: "creators", acceptSuggested: false, force: false, dryRun: false };
  const value = (i: number, what: string) => {
    const v = argv[i];
    if (!v || v.startsWith("--")) throw new ImportFileError(`${argv[i - 1]} needs ${what}\n${USAGE}`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--platform") {
      const p = value(++i, "a platform");
      if (!(PLATFORMS as readonly string[]).includes(p)) throw new ImportFileError(`--platform must be one of ${PLATFORMS.join(", ")}`);
      args.platform = p as Platform;
    } else if (a === "--mapping") args.preset = value(++i, "the name of a saved mapping preset");
    else if (a === "--map") args.map = value(++i, "field=Column pairs, e.g. handle=Username,followers=Followers");
    else if (a === "--handle-from") {
      const h = value(++i, "handle or name");
      if (!(HANDLE_SOURCES as readonly string[]).includes(h)) throw new ImportFileError(`--handle-from must be one of ${HANDLE_SOURCES.join(", ")}`);
      args.handleFrom = h as HandleSource;
    } else if (a === "--accept-suggested") args.acceptSuggested = true;
    else if (a === "--force") args.force = true;
    else if (a === "--as-of") {
      const d = parseAsOf(value(++i, "the date the metrics were measured, YYYY-MM-DD"));
      if (!d.ok) throw new ImportFileError(`--as-of: ${d.reason}`);
      args.asOf = d.date;
    }
    else if (a === "--dry-run") args.dryRun = true;
    else if (a === "--kind") {
      const k = value(++i, "creators or campaign-results");
      if (k !== "creators" && k !== "campaign-results") throw new ImportFileError("--kind must be creators or campaign-results");
      args.kind = k;
    } else if (a === "--campaign") args.campaign = value(++i, "the campaign's id (from its page's address, /campaigns/ID)");
    else if (a === "--resume") args.resume = value(++i, "the id of the import to continue");
    else if (a.startsWith("--")) throw new ImportFileError(`unknown option ${a}\n${USAGE}`);
    else if (!args.file) args.file = a;
    else throw new ImportFileError(`only one file at a time\n${USAGE}`);
  }
  if (args.resume) {
    if (args.file || args.preset || args.map || args.platform || args.acceptSuggested || args.handleFrom || args.force || args.dryRun || args.asOf) {
      throw new ImportFileError(`--resume takes only the import's id: it continues with the file and mapping the import started with\n${USAGE}`);
    }
    return { ...args, file: "" } as Args;
  }
  if (!args.file) throw new ImportFileError(USAGE);
  if (args.kind === "campaign-results") {
    if (!args.campaign) throw new ImportFileError(`--kind campaign-results needs --campaign ID\n${USAGE}`);
    if (args.preset || args.platform || args.acceptSuggested || args.handleFrom || args.force || args.asOf) throw new ImportFileError("campaign results take only --campaign, --map and --dry-run");
  } else if (args.campaign) throw new ImportFileError("--campaign is for --kind campaign-results");
  if (args.preset && args.map) throw new ImportFileError("use either --mapping or --map, not both");
  return args as Args;
}

/** Thrown when the mapping is a guess nobody confirmed: the proposal is the message, the exit status 2. */
export class UnconfirmedMappingError extends ImportFileError {}

/** The mapping to import with: a preset, explicit --map, or a suggestion that is confident or accepted. */
export async function chooseMapping(args: Args, fileName: string, header: string[], rows: string[][], read?: Sniffed): Promise<ImportMapping> {
  let mapping: ImportMapping;
  if (args.preset) {
    const preset = await getMappingPresetByName(args.preset);
    if (!preset) throw new ImportFileError(`no mapping preset named "${args.preset}"`);
    mapping = importMappingSchema.parse(preset.mapping);
    if (args.platform) mapping = { ...mapping, platform: { mode: "fixed", value: args.platform } };
  } else {
    const s = suggestMapping(header, { rows, platform: args.platform });
    if (args.map) {
      const explicit = parseMapArg(args.map, header);
      const taken = new Set(Object.values(explicit));
      const rest = Object.fromEntries(Object.entries(s.columns).filter(([f, c]) => !(f in explicit) && !taken.has(c)));
      if (!s.platform) throw new ImportFileError(`cannot tell which platform these creators are on: pass --platform\n${formatProposal(fileName, s, read)}`);
      mapping = { columns: { ...rest, ...explicit }, platform: s.platform };
    } else if (s.mapping && (s.confident || args.acceptSuggested)) mapping = s.mapping;
    else throw new UnconfirmedMappingError(`the suggested mapping is not confident enough to import without you; nothing was written.\n${formatProposal(fileName, s, read)}`);
  }
  if (args.handleFrom) mapping = { ...mapping, handleFrom: args.handleFrom };
  if (args.force) mapping = { ...mapping, force: true };
  return mapping;
}

/** The history's "started by" for the CLI, which has no signed-in user: the shell account that ran it. */
export function commandLineLabel(): string {
  let name = "";
  try {
    name = userInfo().username;
  } catch {
    // a uid with no passwd entry (some containers)
  }
  return name ? `command line (${name})` : "command line";
}

/** Where the command writes: stdout gets the one JSON line of counts, stderr everything for a person. */
export type CommandIo = { out: (line: string) => void; err: (text: string) => void };
const PROCESS_IO: CommandIo = { out: (l) => process.stdout.write(`${l}\n`), err: (t) => process.stderr.write(t) };

const progress = (io: CommandIo) => (p: ProgressEvent) => {
  const rate = p.elapsedMs ? Math.round((p.processed / p.elapsedMs) * 1000) : 0;
  io.err(`\r${p.processed.toLocaleString("en-US")} rows · ${rate.toLocaleString("en-US")} rows/s   `);
};

/** Runs the job to its end through database restarts (it waits, then resumes), printing progress. */
async function run(jobId: string, dryRun: boolean, io: CommandIo): Promise<number> {
  io.err(`import ${jobId}\n`);
  const counts = await runImportToEnd(jobId, { onProgress: progress(io), signal: shutdownSignal(), failOnError: true, onWait: (m) => io.err(`\nimport ${jobId}: ${m}\n`) });
  io.err("\n");
  // What the rows say (implausible rates, categories that match no niche…): the wizard's summary, for a person.
  const flags = (await getImportJob(jobId))?.flags;
  if (Array.isArray(flags)) for (const f of flags) io.err(`${dryRun ? "dry run" : "import"}: ${String(f)}\n`);
  io.out(JSON.stringify({ job: jobId, ...counts }));
  // No worker runs here: alerts and the dashboard summary are refreshed in this process.
  if (!dryRun) {
    const r = await refreshInsights();
    io.err(`${r.alertsAdded} new alert(s); dashboard summary refreshed\n`);
  }
  return 0;
}

async function resume(jobId: string, io: CommandIo): Promise<number> {
  const job = await getImportJob(jobId);
  if (!job) throw new ImportFileError(`no import with id ${jobId}`);
  if (job.status === "completed") throw new ImportFileError(`import ${jobId} is already complete (${job.processedRows.toLocaleString("en-US")} rows)`);
  if (!job.storagePath) throw new ImportFileError(`the file of import ${jobId} is no longer kept; import the file again`);
  if (job.kind === "campaign-results") {
    // Written at once or not at all: resuming is running it again.
    const out = await runResultsJob(jobId);
    if (!out.ok) throw new ImportFileError("fileError" in out ? out.fileError : `${out.errors.length} of ${out.rows} rows are wrong: nothing was imported`);
    io.out(JSON.stringify({ job: jobId, kind: job.kind, campaign: out.campaign.id, rows: out.rows, created: out.created, updated: out.updated }));
    return 0;
  }
  await requeueImportJob(jobId);
  io.err(`resuming ${job.fileName} after row ${job.lastCommittedRow.toLocaleString("en-US")}\n`);
  return run(jobId, job.dryRun, io);
}

async function main(argv: string[], io: CommandIo): Promise<number> {
  const args = parseImportArgs(argv);
  if (args.resume) return resume(args.resume, io);
  const file = path.resolve(args.file);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new ImportFileError(`${args.file}: no such file`);
  if (args.kind === "campaign-results") return importResultsFile({ file, size: info.size, campaign: args.campaign!, map: args.map, dryRun: args.dryRun, createdByLabel: commandLineLabel() }, io);
  const fileName = cleanFileName(path.basename(file));
  // The file's one read before the import: its shape, header and first rows, for the mapping and the
  // number readings; both are kept with the job, so the import reads the file with them.
  const table = await openTable(file, fileName);
  const rows: string[][] = [];
  try {
    for await (const r of table.rows) {
      rows.push(r.cells);
      if (rows.length >= PROFILE_ROWS) break;
    }
  } finally {
    await table.rows.return(undefined);
  }
  const chosen = await chooseMapping(args, fileName, table.header, rows, table.sniffed);
  const problems = checkMapping(chosen, table.header);
  if (problems.length) throw new ImportFileError(`${problems.join(" ")} (headers: ${table.header.join(", ")}); save a mapping preset in the admin screen and pass --mapping`);
  const mapping: ImportMapping = { ...chosen, numbers: resolveNumberReadings(chosen, table.header, rows).numbers };
  io.err(`${fileName}: ${table.sniffed.format}, ${table.sniffed.encoding}, delimiter ${JSON.stringify(table.sniffed.delimiter)}; mapping ${JSON.stringify(mapping.columns)} platform ${JSON.stringify(mapping.platform)}\n`);
  const job = await createImportJob({
    fileName, fileHash: await sha256File(file), fileSize: info.size, storagePath: file, format: table.sniffed.format, shape: table.sniffed, createdById: null,
    createdByLabel: commandLineLabel(), mapping, platform: mapping.platform.mode === "fixed" ? mapping.platform.value : null, dryRun: args.dryRun, status: "queued",
    asOf: args.asOf ?? null,
  });
  return run(job.id, args.dryRun, io);
}

/** One line for a person, never a stack trace: what happened and what to do. */
async function explain(err: unknown): Promise<string> {
  if (err instanceof UnconfirmedMappingError) return `import stopped: ${err.message}`;
  if (err instanceof ImportFileError) return `import failed: ${err.message}`;
  if (err instanceof ImportStoppedError) return `import failed: ${withResumeCommand(err.message, err.jobId)}`;
  if (err instanceof ImportDatabaseDownError) return `import interrupted: ${await failAfterDatabaseLoss(err)}`;
  if (err instanceof ImportReleasedError) return `import paused: stopped at a batch boundary after row ${err.committedRows.toLocaleString("en-US")} (the command was asked to stop). Continue it with: npm run import -- --resume JOB (the id printed above)`;
  const e = err as { message?: string; code?: string };
  if (e?.code === "ECONNREFUSED" || /ECONNREFUSED|Can't reach database/.test(e?.message ?? "")) {
    return "import failed: cannot reach the database (is PostgreSQL running, and DATABASE_URL right?); nothing was written.";
  }
  return `import failed: ${errorReason(err)}`;
}

/**
 * The command, callable in-process (the malformed-file bench runs it for a thousand files): its exit
 * status, 0 imported, 1 the file or the database stopped it, 2 the mapping needs a person. Every
 * failure is one line on stderr, never a stack trace (SCOUT_DEBUG=1 adds it).
 */
export async function importCommand(argv: string[], io: CommandIo = PROCESS_IO): Promise<number> {
  try {
    return await main(argv, io);
  } catch (err) {
    io.err(`\n${await explain(err)}\n`);
    if (process.env.SCOUT_DEBUG) io.err(`${(err as Error)?.stack ?? err}\n`);
    return err instanceof UnconfirmedMappingError ? 2 : 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Ctrl-C or SIGTERM: the import stops at its next batch boundary (whole batches stay), then exits 1.
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.once(sig, () => void beginShutdown(sig, 60_000));
  importCommand(process.argv.slice(2)).then(async (code) => {
    await closeImportPools().catch(() => {});
    process.exit(code);
  });
}
