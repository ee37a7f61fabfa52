// The layers are held by ESLint (eslint.config.mjs), not by a README: each snippet below is linted
// as if it were a file in that folder, with the repo's own config, and must (or must not) be refused.
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });
const LAYER_RULES = new Set(["no-restricted-imports", "@typescript-eslint/no-restricted-imports"]);

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath });
  return result!.messages.filter((m) => m.ruleId && LAYER_RULES.has(m.ruleId)).map((m) => m.message);
}

type Case = [file: string, code: string];

const REFUSED: Case[] = [
  // lib/domain is pure: only lib/domain (and zod).
  ["lib/domain/fixture.ts", `import { prisma } from "@/lib/db/client";`],
  ["lib/domain/fixture.ts", `import { searchCreators } from "@/lib/queries/search";`],
  ["lib/domain/fixture.ts", `import { searchCreators } from "../queries/search";`],
  ["lib/domain/plan/fixture.ts", `import { searchCreators } from "../../queries/search";`],
  ["lib/domain/plan/fixture.ts", `import { prisma } from "@/lib/db/client";`],
  ["lib/domain/fixture.ts", `import { parseSearchQueryStrict } from "@/lib/validation/search";`],
  ["lib/domain/fixture.ts", `import { readFile } from "node:fs/promises";`],
  ["lib/domain/fixture.ts", `import { NextResponse } from "next/server";`],
  // Only lib/queries and lib/db touch the database.
  ["lib/import/fixture.ts", `import { prisma } from "@/lib/db/client";`],
  ["lib/import/fixture.ts", `import pg from "pg";`],
  ["lib/import/fixture.ts", `import type { Prisma } from "@/lib/db/generated/client";`],
  ["lib/import/fixture.ts", `import { insertRecords } from "../db/bulk";`],
  // The job queue opens its own connections: it is database code too.
  ["lib/import/fixture.ts", `import PgBoss from "pg-boss";`],
  ["app/api/fixture/route.ts", `import PgBoss from "pg-boss";`],
  ["lib/search/fixture.ts", `import { Prisma } from "@/lib/db/generated/client";`],
  ["lib/http/fixture.ts", `import { PrismaClient } from "@prisma/client";`],
  ["lib/auth/fixture.ts", `import { prisma } from "../db/client";`],
  ["app/api/fixture/route.ts", `import { prisma } from "@/lib/db/client";`],
  ["app/(app)/fixture/page.tsx", `import { prisma } from "../../../lib/db/client";`],
  ["app/(app)/fixture/actions.ts", `import { PrismaPg } from "@prisma/adapter-pg";`],
  ["proxy.ts", `import pg from "pg";`],
  // Components render what the page gives them.
  ["components/fixture/list.tsx", `import { searchCreators } from "@/lib/queries/search";`],
  ["components/fixture/list.tsx", `import { listShortlistsForOrg } from "../../lib/queries/shortlists";`],
  ["components/fixture/list.tsx", `import { prisma } from "@/lib/db/client";`],
  ["components/fixture/list.tsx", `import { createShortlistAction } from "@/app/(app)/shortlists/actions";`],
  ["components/fixture/list.tsx", `import { GET } from "../../app/api/creators/route";`],
];

const ALLOWED: Case[] = [
  ["lib/domain/fixture.ts", `import { z } from "zod";\nimport { TIERS } from "./types";\nimport { tierFor } from "@/lib/domain/tiers";`],
  // A folder inside lib/domain reaches its siblings with "../".
  ["lib/domain/plan/fixture.ts", `import { TIERS } from "../types";\nimport { pick } from "./pool";`],
  ["lib/queries/fixture.ts", `import { prisma } from "@/lib/db/client";\nimport { Prisma } from "@/lib/db/generated/client";\nimport pg from "pg";`],
  ["lib/db/fixture.ts", `import pg from "pg";\nimport { PrismaPg } from "@prisma/adapter-pg";`],
  ["lib/import/fixture.ts", `import { getImportJob } from "@/lib/queries/import-jobs";\nimport { resolveDatabaseUrl } from "@/lib/db/url";`],
  ["lib/queries/fixture.ts", `import PgBoss from "pg-boss";`],
  ["app/api/fixture/route.ts", `import { route } from "@/lib/http";\nimport { searchCreators } from "@/lib/queries/search";`],
  ["components/fixture/list.tsx", `import type { SearchRow } from "@/lib/queries/search";\nimport { Button } from "@/components/ui/button";\nimport { formatCompact } from "@/lib/domain/format";`],
  ["scripts/fixture.ts", `import pg from "pg";\nimport { prisma } from "../lib/db/client";`],
  ["tests/integration/fixture.test.ts", `import { prisma } from "@/lib/db/client";`],
  ["prisma/seed/fixture.ts", `import pg from "pg";`],
];

describe("ESLint holds the layers", () => {
  // Loading the config and its plugins takes seconds on a busy machine: once, before the cases.
  beforeAll(() => eslint.calculateConfigForFile("lib/domain/fixture.ts"), 60_000);

  it.each(REFUSED)("refuses in %s: %s", async (file, code) => {
    expect(await layerErrors(file, code)).toHaveLength(1);
  }, 30_000);

  it.each(ALLOWED)("allows in %s: %s", async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  }, 30_000);
});
