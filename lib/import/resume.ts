// An import that outlives a database restart, for every process that runs imports (the app's worker,
// a separate worker process, the command line): when the database goes away mid-file, wait for it to
// answer again and resume the same job from its last committed batch (each batch and the job's
// progress commit together, so nothing is lost or doubled). Where it does not come back in time, the
// caller gets ImportDatabaseDownError, whose message says how to continue.
import { databaseAnswers, isDatabaseUnavailable, waitForDatabase } from "@/lib/queries/db-availability";
import { failImportJob, getImportJob } from "@/lib/queries/import-jobs";
import { runImport, type ImportCounts, type RunOptions } from "./pipeline";

/** SCOUT_IMPORT_DB_WAIT_SECONDS: how long an import waits for the database to come back (default 300). */
export function databaseWaitMs(value = process.env.SCOUT_IMPORT_DB_WAIT_SECONDS): number {
  const n = Number(value);
  return (Number.isFinite(n) && n > 0 ? n : 300) * 1000;
}

/** Restarts in a row after which a job is left to its caller: a database that keeps dropping it is not "back". */
const MAX_RESUMES = 20;

export class ImportDatabaseDownError extends Error {
  constructor(readonly jobId: string, readonly committedRows: number | null, cause: unknown) {
    const rows = committedRows === null ? "" : ` ${committedRows.toLocaleString("en-US")} rows were saved in whole batches and are kept.`;
    super(`the database stopped answering during import ${jobId} and did not come back in time.${rows} Continue it with: npm run import -- --resume ${jobId}`, { cause });
    this.name = "ImportDatabaseDownError";
  }
}

export type ResumeOptions = RunOptions & {
  waitMs?: number;
  onWait?: (message: string) => void;
  /**
   * Runs once the database answers again, before the job resumes: a worker claims its job's lock again
   * here (the restart ended the session that held it) and throws when the job is no longer its own.
   */
  beforeResume?: () => Promise<void>;
};

export async function runImportToEnd(jobId: string, options: ResumeOptions = {}): Promise<ImportCounts> {
  const waitMs = options.waitMs ?? databaseWaitMs();
  for (let resumes = 0; ; resumes++) {
    try {
      if (resumes > 0) await options.beforeResume?.();
      return await runImport(jobId, options);
    } catch (err) {
      if (!isDatabaseUnavailable(err) || options.signal?.aborted) throw err;
      if (resumes >= MAX_RESUMES && (await databaseAnswers())) throw err;
      options.onWait?.(`the database stopped answering (${(err as Error).message}); waiting up to ${Math.round(waitMs / 1000)} s for it to come back, then resuming from the last saved batch`);
      if (!(await waitForDatabase(waitMs, options.signal))) {
        if (options.signal?.aborted) throw err;
        throw new ImportDatabaseDownError(jobId, null, err);
      }
    }
  }
}

/** After giving up on the database: mark the job failed with a clear message if it can be reached now. */
export async function failAfterDatabaseLoss(e: ImportDatabaseDownError): Promise<string> {
  const job = await getImportJob(e.jobId).catch(() => null);
  const rows = job ? ` ${job.lastCommittedRow.toLocaleString("en-US")} rows were saved in whole batches and are kept.` : "";
  const message = `The database stopped answering during this import and did not come back in time.${rows} Retry it to continue from its last saved batch.`;
  if (job) await failImportJob(e.jobId, message).catch(() => {});
  return job ? message.replace("Retry it", `Run npm run import -- --resume ${e.jobId} (or Retry in the app)`) : e.message;
}
