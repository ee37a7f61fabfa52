// An import that outlives a database restart, for every process that runs imports (the app's worker,
// a separate worker process, the command line): when the database goes away mid-file, wait for it to
// answer again and resume the same job from its last committed batch (each batch and the job's
// progress commit together, so nothing is lost or doubled). Where it does not come back in time, the
// caller gets ImportDatabaseDownError, whose message says how to continue.
import { databaseAnswers, isDatabaseUnavailable, waitForDatabase } from "@/lib/queries/db-availability";
import { failImportJob, getImportJob } from "@/lib/queries/import-jobs";
import { ImportFileError } from "./detect";
import { errorReason } from "./error-reason";
import { ImportReleasedError, runImport, type ImportCounts, type RunOptions } from "./pipeline";

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
  /**
   * Nothing retries this run (the command line): an error that waiting cannot mend (a value or a rule
   * the database refuses, a bug) marks the job failed with its reason and throws ImportStoppedError.
   * Without it the job stays resumable for the caller's own retries (the queue's worker).
   */
  failOnError?: boolean;
};

/** The job was marked failed by an error that is not the file's and not the database's absence; the message says what was kept. */
export class ImportStoppedError extends Error {
  constructor(readonly jobId: string, message: string, cause: unknown) {
    super(message, { cause });
    this.name = "ImportStoppedError";
  }
}

/** Marks the job failed with `reason`, saying what its whole batches kept; the message for the history (and its retry). */
export async function failImport(jobId: string, reason: string): Promise<string> {
  const job = await getImportJob(jobId).catch(() => null);
  const rows = job ? ` ${job.lastCommittedRow.toLocaleString("en-US")} rows were saved in whole batches and are kept.` : "";
  const message = `${reason}.${rows} Retry it to continue from its last saved batch.`;
  if (job) await failImportJob(jobId, message).catch(() => {});
  return message;
}

/** For a person at the command line: the job's message, with the command that continues it. */
export const withResumeCommand = (message: string, jobId: string) => message.replace("Retry it", `Run npm run import -- --resume ${jobId} (or Retry in the app)`);

export async function runImportToEnd(jobId: string, options: ResumeOptions = {}): Promise<ImportCounts> {
  const waitMs = options.waitMs ?? databaseWaitMs();
  for (let resumes = 0; ; resumes++) {
    try {
      if (resumes > 0) await options.beforeResume?.();
      return await runImport(jobId, options);
    } catch (err) {
      if (!isDatabaseUnavailable(err) || options.signal?.aborted) {
        if (options.failOnError && !(err instanceof ImportFileError || err instanceof ImportReleasedError || options.signal?.aborted)) {
          throw new ImportStoppedError(jobId, await failImport(jobId, `The import stopped on an error: ${errorReason(err)}`), err);
        }
        throw err;
      }
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
  const reachable = (await getImportJob(e.jobId).catch(() => null)) !== null;
  if (!reachable) return e.message;
  return withResumeCommand(await failImport(e.jobId, "The database stopped answering during this import and did not come back in time"), e.jobId);
}
