// The retention policy's pure parts: the env setting, the per-database folder name, and which files a
// plan may touch (the integration test runs the whole clean-up against PostgreSQL).
import { describe, expect, it } from "vitest";
import { databaseStorageKey } from "@/lib/import/files";
import { DEFAULT_RETENTION_DAYS, importRetentionDays, planCleanup } from "@/lib/import/retention";
import type { StoredFileRef } from "@/lib/queries/import-files";

const DAY = 24 * 3600_000;
const now = Date.parse("2026-03-10T12:00:00Z");
const ref = (storagePath: string, status: string, finishedDaysAgo: number | null, extra: Partial<StoredFileRef> = {}): StoredFileRef => ({
  id: storagePath, storagePath, status, createdAt: new Date(now - 30 * DAY), finishedAt: finishedDaysAgo === null ? null : new Date(now - finishedDaysAgo * DAY), queued: false, ...extra,
});

describe("import file retention policy", () => {
  it("reads SCOUT_IMPORT_RETENTION_DAYS, falling back to 7 days for anything but a positive number", () => {
    expect(importRetentionDays(undefined)).toBe(DEFAULT_RETENTION_DAYS);
    expect(DEFAULT_RETENTION_DAYS).toBe(7);
    expect(importRetentionDays("30")).toBe(30);
    expect(importRetentionDays("0.5")).toBe(0.5);
    for (const bad of ["", " ", "0", "-3", "week", "Infinity"]) expect(importRetentionDays(bad)).toBe(7);
  });

  it("names each database's upload folder after its host, port and name, safely", () => {
    expect(databaseStorageKey("postgresql://postgres:secret@127.0.0.1:54329/postgres?sslmode=disable")).toBe("127.0.0.1-54329-postgres");
    expect(databaseStorageKey("postgres://u@db.example.com/scout")).toBe("db.example.com-5432-scout");
    expect(databaseStorageKey("postgresql://u@h:5432/..%2F..%2Fetc")).toBe("h-5432-.._.._etc");
    expect(databaseStorageKey("not a url")).toBe("default");
  });

  it("deletes only .upload files inside the storage dir whose every import is done with them", () => {
    const plan = planCleanup(
      [
        ref("/srv/imports/db/a.upload", "completed", 8),
        ref("/srv/imports/db/a.upload", "completed", 9),
        ref("/srv/imports/db/b.upload", "completed", 8),
        ref("/srv/imports/db/b.upload", "running", null),
        ref("/srv/imports/db/c.upload", "failed", 8, { queued: true }),
        ref("/srv/imports/db/d.upload", "completed", 6),
        ref("/home/admin/list.csv", "completed", 90),
        ref("/srv/imports/../elsewhere/e.upload", "completed", 90),
        ref("/srv/imports/db/f.upload", "mystery", 90),
      ],
      [
        { path: "/srv/imports/db/a.upload", mtimeMs: now - 9 * DAY },
        { path: "/srv/imports/db/old.upload", mtimeMs: now - 2 * DAY },
        { path: "/srv/imports/db/new.upload", mtimeMs: now - 3600_000 },
        { path: "/srv/imports/db/moved-d.upload", mtimeMs: now - 2 * DAY },
      ],
      { root: "/srv/imports", now, retentionMs: 7 * DAY },
    );
    expect(plan).toEqual({ release: ["/srv/imports/db/a.upload"], expired: ["/srv/imports/db/a.upload"], orphans: ["/srv/imports/db/old.upload", "/srv/imports/db/moved-d.upload"] });
    // A file referred to under another path with the same name is not an orphan.
    const moved = planCleanup([ref("/old/cwd/.data/imports/db/x.upload", "running", null)], [{ path: "/srv/imports/db/x.upload", mtimeMs: now - 9 * DAY }], { root: "/srv/imports", now, retentionMs: 7 * DAY });
    expect(moved.orphans).toEqual([]);
  });
});
