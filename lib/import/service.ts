// The browser flow's steps, called by the thin route handlers under app/api/admin/imports.
import { stat } from "node:fs/promises";
import { NotFoundError } from "@/lib/domain/errors";
import { findCampaignOrThrow } from "@/lib/queries/campaigns/access";
import { getTierThresholds } from "@/lib/queries/settings";
import { holdingImportFiles } from "@/lib/queries/import-files";
import { createImportJob, getImportJob, resetImportJob, updateImportJob, type Db } from "@/lib/queries/import-jobs";
import { saveMappingPreset } from "@/lib/queries/imports";
import { analyzeResultsFile, MAX_RESULTS_FILE_BYTES, RESULT_FIELDS, RESULT_FIELD_LABELS, type ResultColumns } from "./campaign-results";
import { runResultsJob } from "./campaign-results/run";
import { ImportFileError, ImportTooLargeError } from "./detect";
import { cleanFileName, sha256File } from "./files";
import type { ImportMapping } from "./mapping";
import { analyzeFile, previewRows } from "./preview";
import { enqueueImport } from "./queue";
import { appendChunk, checkDeclaredSize, uploadPath } from "./upload";

/** Who acts: recorded on the imports they start and the presets they save. */
export type ImportActor = { id: string; label: string };

/** What the upload is for: the catalog (default), or the results of one of the actor's organisation's campaigns. */
export type ImportTarget = { kind: "creators" } | { kind: "campaign-results"; campaignId: string; organizationId: string };

export async function createUpload(fileName: string, size: number, actor: ImportActor, target: ImportTarget = { kind: "creators" }) {
  checkDeclaredSize(size);
  if (target.kind === "campaign-results") {
    // Another organisation's campaign reads as one that does not exist (404).
    await findCampaignOrThrow(target.organizationId, target.campaignId);
    if (size > MAX_RESULTS_FILE_BYTES) throw new ImportTooLargeError(`The file is ${(size / 1048576).toFixed(1)} MB; campaign results files are at most ${MAX_RESULTS_FILE_BYTES / 1048576} MB. Split it.`);
  }
  const job = await createImportJob({
    fileName: cleanFileName(fileName), fileHash: "", fileSize: size, storagePath: "", format: "pending", createdById: actor.id, createdByLabel: actor.label, dryRun: true,
    kind: target.kind, campaignId: target.kind === "campaign-results" ? target.campaignId : null,
  });
  const file = await uploadPath(job.id);
  await updateImportJob(job.id, { storagePath: file });
  return { id: job.id };
}

async function uploadJob(id: string, db?: Db) {
  const job = await getImportJob(id, db);
  if (!job || !job.dryRun || job.storagePath === "") throw new NotFoundError("No such upload.");
  // Cleared by the retention clean-up (lib/import/retention.ts) when it deleted the file.
  if (!job.storagePath) throw new ImportFileError(`The uploaded file "${job.fileName}" is no longer kept on the server; upload it again.`);
  return { ...job, storagePath: job.storagePath };
}

export async function receiveChunk(id: string, offset: number, body: ReadableStream<Uint8Array> | null) {
  const job = await uploadJob(id);
  if (job.format !== "pending") throw new ImportFileError("This upload is already complete.");
  const received = await appendChunk(job.storagePath, offset, Number(job.fileSize), body);
  return { received, size: Number(job.fileSize) };
}

/** After the last chunk: check the size, fingerprint the file, read its columns and suggest a mapping. */
export async function finishUpload(id: string) {
  const job = await uploadJob(id);
  const size = (await stat(job.storagePath).catch(() => null))?.size ?? 0;
  if (size !== Number(job.fileSize)) throw new ImportFileError(`Only ${size} of ${job.fileSize} bytes arrived; upload the file again.`);
  try {
    if (job.kind === "campaign-results") {
      const results = await analyzeResultsFile(job.storagePath, job.fileName);
      if (!results.sample.length) throw new ImportFileError(`"${job.fileName}" has a header row (${results.header.length} columns) but no posts.`);
      await updateImportJob(id, { fileHash: await sha256File(job.storagePath), shape: results.sniffed });
      return { kind: "campaign-results" as const, ...results, fields: RESULT_FIELDS.map((f) => ({ id: f, label: RESULT_FIELD_LABELS[f] })) };
    }
    const analysis = await analyzeFile(job.storagePath, job.fileName);
    // Said now, at upload, rather than after the admin has mapped columns for nothing.
    if (!analysis.sample.length) throw new ImportFileError(`"${job.fileName}" has a header row (${analysis.header.length} columns) but no data rows.`);
    // The file's shape, read once here, is kept with the job: every later step reads the file with it.
    await updateImportJob(id, { fileHash: await sha256File(job.storagePath), shape: analysis.sniffed });
    return { kind: "creators" as const, ...analysis };
  } catch (err) {
    if (err instanceof ImportFileError) await updateImportJob(id, { status: "failed", error: err.message });
    throw err;
  }
}

/**
 * A campaign results file's dry run with the chosen columns: every row checked, as the import will,
 * at once (at most 10 MB, 20,000 posts); the outcome (which posts would be created or updated, or
 * each wrong row by line) is kept on the job.
 */
export async function startResultsPreview(id: string, columns: ResultColumns) {
  const job = await uploadJob(id);
  if (job.kind !== "campaign-results") throw new ImportFileError("This upload is a creator list: send its mapping.");
  if (job.format === "pending") throw new ImportFileError("The upload is not finished yet.");
  await resetImportJob(id, { columns });
  return runResultsJob(id);
}

/** First rows as stored, and a dry run over the whole file in the background. */
export async function startPreview(id: string, mapping: ImportMapping, savePresetAs: string | undefined, actor: ImportActor) {
  const job = await uploadJob(id);
  if (job.kind !== "creators") throw new ImportFileError("This upload is campaign results: send its columns.");
  if (job.format === "pending") throw new ImportFileError("The upload is not finished yet.");
  // Resetting a dry run the worker is still on would mix two mappings' counts in one job.
  if (job.status === "running" || job.status === "queued") {
    const pct = job.totalRows ? ` (${Math.round((job.processedRows / job.totalRows) * 100)}%)` : "";
    throw new ImportFileError(`The dry run of the previous mapping is still running${pct}. Wait for it to finish, then preview again.`);
  }
  const { mapping: withNumbers, ...preview } = await previewRows(job.storagePath, job.fileName, mapping, await getTierThresholds(), 10, job.shape);
  if (preview.problems.length) return { ...preview, queued: false };
  // A preset is for other files: it keeps the columns (and how the handle column is read), never this
  // file's number readings or the admin's one-off "Import anyway".
  if (savePresetAs) await saveMappingPreset(savePresetAs, { columns: mapping.columns, platform: mapping.platform, ...(mapping.handleFrom ? { handleFrom: mapping.handleFrom } : {}) }, actor.label);
  // Queued under the file lock, after checking again that the file is still kept and no dry run started meanwhile.
  await holdingImportFiles(async (db) => {
    const current = await uploadJob(id, db);
    if (current.status === "running" || current.status === "queued") throw new ImportFileError("A dry run of this file has just started. Wait for it to finish, then preview again.");
    await resetImportJob(id, withNumbers, db);
  });
  await enqueueImport(id);
  return { ...preview, queued: true };
}

/** The real import: a new job over the same stored file and mapping, run in the background. */
export async function startCommit(id: string, actor: ImportActor, asOf: Date | null = null) {
  // Under the file lock, so that the retention clean-up either sees this queued job or has already
  // deleted the file (and uploadJob says so).
  const job = await holdingImportFiles(async (db) => {
    const dry = await uploadJob(id, db);
    if (dry.status !== "completed" || !dry.mapping) throw new ImportFileError("Run the preview to the end before importing.");
    const made = await createImportJob({
      fileName: dry.fileName, fileHash: dry.fileHash, fileSize: Number(dry.fileSize), storagePath: dry.storagePath, format: dry.format, shape: dry.shape, createdById: actor.id, createdByLabel: actor.label,
      mapping: dry.mapping as object, platform: dry.platform, dryRun: false, totalRows: dry.totalRows, status: "queued", asOf, kind: dry.kind === "campaign-results" ? "campaign-results" : "creators", campaignId: dry.campaignId,
    }, db);
    return { ...made, kind: dry.kind };
  });
  // Campaign results are written at once, in one transaction (nothing half-written); creators in batches by the worker.
  if (job.kind === "campaign-results") {
    const out = await runResultsJob(job.id);
    if (!out.ok) throw new ImportFileError("fileError" in out ? out.fileError : `${out.errors.length} of ${out.rows} rows are wrong, nothing was imported: ${out.errors.slice(0, 3).map((e) => `line ${e.line}: ${e.messages.join(" ")}`).join("; ")}`);
    return { id: job.id, campaignId: out.campaign.id, created: out.created, updated: out.updated };
  }
  await enqueueImport(job.id);
  return { id: job.id };
}
