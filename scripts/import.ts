// npm run import -- FILE [--platform instagram|tiktok|youtube|x|twitch|other] [--mapping PRESET] [--dry-run]
// The browser flow's pipeline from a shell: progress on stderr, one JSON line of counts on stdout.
// Exit status 1 only when the file as a whole cannot be imported (rows can still be rejected).
import { stat } from "node:fs/promises";
import { userInfo } from "node:os";
import path from "node:path";
import { PLATFORMS, type Platform } from "../lib/domain/types";
import { ImportFileError } from "../lib/import/detect";
import { cleanFileName, sha256File } from "../lib/import/files";
import { checkMapping, importMappingSchema, suggestMapping, type ImportMapping } from "../lib/import/mapping";
import { runImport } from "../lib/import/pipeline";
import { openTable } from "../lib/import/read";
import { closeImportPools } from "../lib/queries/import-writer";
import { createImportJob, getMappingPresetByName } from "../lib/queries/imports";

type Args = { file: string; platform?: Platform; preset?: string; dryRun: boolean };
const USAGE = "usage: npm run import -- FILE [--platform instagram|tiktok|youtube|x|twitch|other] [--mapping PRESET] [--dry-run]";

export function parseImportArgs(argv: string[]): Args {
  let file: string | undefined;
  let platform: Platform | undefined;
  let preset: string | undefined;
  let dryRun = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--platform") {
      const p = argv[++i];
      if (!p || !(PLATFORMS as readonly string[]).includes(p)) throw new ImportFileError(`--platform must be one of ${PLATFORMS.join(", ")}`);
      platform = p as Platform;
    } else if (a === "--mapping") {
      preset = argv[++i];
      if (!preset) throw new ImportFileError("--mapping needs the name of a saved mapping preset");
    } else if (a === "--dry-run") dryRun = true;
    else if (a.startsWith("--")) throw new ImportFileError(`unknown option ${a}\n${USAGE}`);
    else if (!file) file = a;
    else throw new ImportFileError(`only one file at a time\n${USAGE}`);
  }
  if (!file) throw new ImportFileError(USAGE);
  return { file, platform, preset, dryRun };
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

async function main(): Promise<number> {
  const args = parseImportArgs(process.argv.slice(2));
  const file = path.resolve(args.file);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new ImportFileError(`${args.file}: no such file`);
  const fileName = cleanFileName(path.basename(file));
  const table = await openTable(file, fileName);
  await table.rows.return(undefined);
  let mapping: ImportMapping;
  if (args.preset) {
    const preset = await getMappingPresetByName(args.preset);
    if (!preset) throw new ImportFileError(`no mapping preset named "${args.preset}"`);
    mapping = importMappingSchema.parse(preset.mapping);
    if (args.platform) mapping = { ...mapping, platform: { mode: "fixed", value: args.platform } };
  } else {
    const s = suggestMapping(table.header, args.platform);
    if (!s.mapping) throw new ImportFileError(`cannot tell which platform these creators are on: pass --platform (headers: ${table.header.join(", ")})`);
    mapping = s.mapping;
  }
  const problems = checkMapping(mapping, table.header);
  if (problems.length) throw new ImportFileError(`${problems.join(" ")} (headers: ${table.header.join(", ")}); save a mapping preset in the admin screen and pass --mapping`);
  console.error(`${fileName}: ${table.sniffed.format}, ${table.sniffed.encoding}, delimiter ${JSON.stringify(table.sniffed.delimiter)}; mapping ${JSON.stringify(mapping.columns)} platform ${JSON.stringify(mapping.platform)}`);
  const job = await createImportJob({
    fileName, fileHash: await sha256File(file), fileSize: info.size, storagePath: file, format: table.sniffed.format, createdById: null, createdByLabel: commandLineLabel(),
    mapping, platform: mapping.platform.mode === "fixed" ? mapping.platform.value : null, dryRun: args.dryRun, status: "queued",
  });
  const counts = await runImport(job.id, (p) => {
    const rate = p.elapsedMs ? Math.round((p.processed / p.elapsedMs) * 1000) : 0;
    process.stderr.write(`\r${p.processed.toLocaleString("en-US")} rows · ${rate.toLocaleString("en-US")} rows/s   `);
  });
  process.stderr.write("\n");
  console.log(JSON.stringify(counts));
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main()
    .then(async (code) => {
      await closeImportPools();
      process.exit(code);
    })
    .catch(async (err) => {
      console.error(err instanceof ImportFileError ? `import failed: ${err.message}` : err);
      await closeImportPools().catch(() => {});
      process.exit(1);
    });
}
