// The shared public datasets (../shared/datasets next to the repository; not part of it). A git
// worktree one level deeper finds them one folder further up. Tests that read them skip only when
// neither place has them AND this is not CI: on a bare clone a skip is right, but in CI (CI set) a
// dataset that is missing (the folder, or one file renamed) makes the test run and fail with what is
// missing, so a skip can never hide a broken dataset test there.
import { existsSync } from "node:fs";
import { resolve } from "node:path";

const repoRoot = resolve(__dirname, "../..");

export const DATASETS_DIR: string | null =
  [resolve(repoRoot, "../shared/datasets"), resolve(repoRoot, "../../shared/datasets")].find((d) => existsSync(d)) ?? null;

/** Whether this run is CI, where a dataset test must run. */
export const IN_CI = !!process.env.CI && process.env.CI !== "false" && process.env.CI !== "0";

export const datasetPath = (name: string): string | null => {
  const p = DATASETS_DIR ? resolve(DATASETS_DIR, name) : null;
  return p && existsSync(p) ? p : null;
};

/** For `it.skipIf(...)`: skip only when the dataset is missing and this is not CI. */
export const skipWithoutDataset = (name: string): boolean => !datasetPath(name) && !IN_CI;

/** The dataset's path; throws (in CI, where the test was not skipped) naming what is missing. */
export function requireDataset(name: string): string {
  const p = datasetPath(name);
  if (p) return p;
  throw new Error(`Dataset ${name} is missing (looked in ${DATASETS_DIR ?? "../shared/datasets and ../../shared/datasets: neither exists"}). CI runs every dataset test: restore it, or unset CI on a bare clone.`);
}
