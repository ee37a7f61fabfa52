// The shared public datasets (../shared/datasets next to the repository; not part of it). A git
// worktree one level deeper finds them one folder further up. Tests that read them skip only when
// neither place has them.
import { existsSync } from "node:fs";
import { resolve } from "node:path";

const repoRoot = resolve(__dirname, "../..");

export const DATASETS_DIR: string | null =
  [resolve(repoRoot, "../shared/datasets"), resolve(repoRoot, "../../shared/datasets")].find((d) => existsSync(d)) ?? null;

export const datasetPath = (name: string): string | null => (DATASETS_DIR ? resolve(DATASETS_DIR, name) : null);
