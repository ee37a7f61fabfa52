// Imports, presets and tier settings belong to the installation; who did what is recorded. The whole
// browser flow is driven through its route handlers as an ADMIN (upload, chunk, finish, preview with
// a preset saved, the dry run on the worker, commit), then the tier form's action.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";

process.env.NEXTAUTH_SECRET = "import-ownership-test-secret";
const uploads = await mkdtemp(path.join(tmpdir(), "scout-ownership-"));
process.env.SCOUT_IMPORT_DIR = uploads;
vi.mock("next/headers", () => import("../support/next-headers"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const { signInAs } = await import("../support/next-headers");
const { prisma } = await import("@/lib/db/client");
const { stopImportQueue } = await import("@/lib/import/queue");
const { closeImportPools } = await import("@/lib/queries/import-pool");
const { POST: createUpload } = await import("@/app/api/admin/imports/route");
const { PUT: putChunk } = await import("@/app/api/admin/imports/[id]/chunk/route");
const { POST: finish } = await import("@/app/api/admin/imports/[id]/finish/route");
const { POST: preview } = await import("@/app/api/admin/imports/[id]/preview/route");
const { POST: commit } = await import("@/app/api/admin/imports/[id]/commit/route");
const { updateTierThresholds } = await import("@/app/(app)/admin/actions");
const { commandLineLabel } = await import("@/scripts/import");

const P = `itown${Date.now().toString(36)}`;
const ADMIN = `${P}_admin`;
const LABEL = `Ida Admin <${P}@example.test>`;
const CSV = `handle,followers\n${P}_one,12000\n${P}_two,640000\n`;
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const call = (url: string, init: { method: string; body?: string; type?: string }) =>
  new NextRequest(new URL(url, "http://localhost"), { method: init.method, body: init.body, headers: init.type ? { "content-type": init.type } : {} });

beforeAll(async () => {
  await prisma.organization.create({ data: { id: `${P}_org`, name: "Own", slug: `${P}_org`, users: { create: { id: ADMIN, email: `${P}@example.test`, name: "Ida Admin", passwordHash: "x", role: "ADMIN" } } } });
  await signInAs({ sub: ADMIN });
});
afterAll(async () => {
  await stopImportQueue();
  await prisma.creator.deleteMany({ where: { handle: { startsWith: P } } });
  await prisma.importJob.deleteMany({ where: { createdById: ADMIN } });
  await prisma.mappingPreset.deleteMany({ where: { name: { startsWith: P } } });
  await prisma.instanceSettings.deleteMany({ where: { updatedBy: LABEL } });
  await prisma.organization.deleteMany({ where: { id: `${P}_org` } });
  await closeImportPools();
  await rm(uploads, { recursive: true, force: true });
});

async function waitForJob(id: string) {
  for (let i = 0; i < 300; i++) {
    const job = await prisma.importJob.findUniqueOrThrow({ where: { id }, select: { status: true } });
    if (job.status === "completed" || job.status === "failed") return job.status;
    await new Promise((r) => setTimeout(r, 100));
  }
  return "still running";
}

describe("who did what, on every path", () => {
  it("the browser flow records the admin on the upload, the dry run's preset and the real import", async () => {
    const created = await createUpload(call("/api/admin/imports", { method: "POST", body: JSON.stringify({ fileName: "own.csv", size: Buffer.byteLength(CSV) }), type: "application/json" }), ctx(""));
    expect(created.status).toBe(201);
    const { id } = await created.json();
    expect((await putChunk(call(`/api/admin/imports/${id}/chunk?offset=0`, { method: "PUT", body: CSV }), ctx(id))).status).toBe(200);
    expect((await finish(call(`/api/admin/imports/${id}/finish`, { method: "POST" }), ctx(id))).status).toBe(200);
    const mapping = { columns: { handle: "handle", followers: "followers" }, platform: { mode: "fixed", value: "youtube" } };
    const previewed = await preview(call(`/api/admin/imports/${id}/preview`, { method: "POST", body: JSON.stringify({ mapping, savePresetAs: `${P} preset` }), type: "application/json" }), ctx(id));
    expect(previewed.status).toBe(200);
    expect(await waitForJob(id)).toBe("completed");
    const committed = await commit(call(`/api/admin/imports/${id}/commit`, { method: "POST" }), ctx(id));
    expect(committed.status).toBe(202);
    const real = (await committed.json()).id as string;
    expect(await waitForJob(real)).toBe("completed");

    const jobs = await prisma.importJob.findMany({ where: { id: { in: [id, real] } }, select: { createdById: true, createdByLabel: true } });
    expect(jobs).toEqual([{ createdById: ADMIN, createdByLabel: LABEL }, { createdById: ADMIN, createdByLabel: LABEL }]);
    expect(await prisma.mappingPreset.findUnique({ where: { name: `${P} preset` }, select: { savedBy: true } })).toEqual({ savedBy: LABEL });
    expect(await prisma.creator.count({ where: { handle: { startsWith: P } } })).toBe(2);
  });

  it("the label outlives the account: the history still says who", async () => {
    const job = await prisma.importJob.findFirstOrThrow({ where: { createdById: ADMIN }, select: { id: true } });
    await prisma.user.update({ where: { id: ADMIN }, data: { email: `${P}-renamed@example.test` } });
    expect((await prisma.importJob.findUniqueOrThrow({ where: { id: job.id }, select: { createdByLabel: true } })).createdByLabel).toBe(LABEL);
    await prisma.user.update({ where: { id: ADMIN }, data: { email: `${P}@example.test` } });
  });

  it("the tier thresholds record who changed them", async () => {
    const state = await updateTierThresholds(undefined, { microMin: 10_000, microMax: 50_000, macroMin: 500_000, macroMax: 1_000_000 });
    expect(state.ok).toMatch(/^Saved\./);
    expect((await prisma.instanceSettings.findUniqueOrThrow({ where: { id: 1 }, select: { updatedBy: true } })).updatedBy).toBe(LABEL);
  });

  it("the command line records itself, with the shell account that ran it", () => {
    expect(commandLineLabel()).toMatch(/^command line( \(.+\))?$/);
  });
});
