// Prisma's schema engine compiled to WebAssembly, driven through the pg driver adapter.
// Prisma 7's CLI downloads a native engine that cannot be fetched on offline machines; the wasm
// build ships inside an npm package and speaks the same protocol, writing `_prisma_migrations`
// exactly as `prisma migrate deploy` would. See README "Migrations".
import { readFile, readdir, mkdir, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const SCHEMA_PATH = path.join(process.cwd(), "prisma", "schema.prisma");
const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");
const FILTERS = { externalTables: [], externalEnums: [] };

type Engine = {
  free(): void;
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout?: string }>;
};

type EngineModule = { SchemaEngine: { new: (...args: unknown[]) => Promise<unknown> } };
let wasmModule: Promise<EngineModule> | null = null;

/** Instantiates the wasm once per process: a second instantiation would orphan the first's state. */
function loadWasm(): Promise<EngineModule> {
  wasmModule ??= (async () => {
    const require = createRequire(import.meta.url);
    const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bg = await import(pathToFileURL(bgPath).href);
    const wasmBytes = await readFile(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(wasmBytes, { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return bg as EngineModule;
  })();
  return wasmModule;
}

async function loadEngine(connectionString: string, log: (msg: string) => void = () => {}) {
  const bg = await loadWasm();
  const schemaText = await readFile(SCHEMA_PATH, "utf8");
  const pool = catalogFriendlyPool(connectionString);
  const factory = new PrismaPg(pool);
  // PrismaPg's own shadow database would inherit the connection string (and so the main
  // database). Callers that need a shadow run the engine inside a scratch database instead.
  factory.connectToShadowDb = () => factory.connect();
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  const engine = (await bg.SchemaEngine.new(
    { datamodels: [["schema.prisma", schemaText]] },
    (line: string) => log(line),
    adapter,
  )) as Engine;
  const dispose = async () => {
    engine.free();
    await pool.end();
  };
  return { engine, schemaText, dispose };
}

/** Runs `fn` with a fresh engine and releases its connections afterwards. */
async function withEngine<T>(connectionString: string, fn: (engine: Engine, schemaText: string) => Promise<T>): Promise<T> {
  const { engine, schemaText, dispose } = await loadEngine(connectionString);
  try {
    return await fn(engine, schemaText);
  } finally {
    await dispose();
  }
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * The engine describes a schema by querying pg_catalog, whose `"char"` columns (OID 18) the pg
 * driver adapter does not map. Their values arrive as one-character strings, so reporting them
 * as text is exact.
 */
function catalogFriendlyPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 2 });
  const fixFields = (res: pg.QueryResult | undefined) => {
    for (const field of res?.fields ?? []) {
      if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    }
    return res;
  };
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args) => {
      const last = args[args.length - 1];
      if (typeof last === "function") {
        args[args.length - 1] = (err: unknown, res: pg.QueryResult) => last(err, fixFields(res));
        return query(...args);
      }
      const result = query(...args);
      return result instanceof Promise ? result.then(fixFields) : result;
    };
  });
  return pool;
}

async function readMigrationsList() {
  const names = existsSync(MIGRATIONS_DIR)
    ? (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: await readFile(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8") },
      },
    })),
  );
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/** Applies every migration in prisma/migrations not yet recorded in the database. Idempotent. */
export async function applyMigrations(connectionString: string): Promise<string[]> {
  const migrationsList = await readMigrationsList();
  return withEngine(connectionString, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList, filters: FILTERS });
    return result.appliedMigrationNames;
  });
}

/**
 * Runs `fn` against a scratch database created on the same server as `connectionString` and
 * dropped afterwards: the shadow database that replaying migrations needs.
 */
async function withScratchDatabase<T>(connectionString: string, fn: (url: string) => Promise<T>) {
  const name = `scout_shadow_${randomUUID().replace(/-/g, "")}`;
  const admin = new pg.Client({ connectionString });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(connectionString);
    url.pathname = `/${name}`;
    try {
      return await fn(url.toString());
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}

/**
 * SQL that turns the database state of the committed migrations into schema.prisma (empty if
 * none). Replays the migrations in a scratch (shadow) database on the same server.
 */
export async function diffMigrationsToSchema(connectionString: string): Promise<string> {
  return withScratchDatabase(connectionString, (scratchUrl) => diffMigrationsIn(scratchUrl));
}

async function diffMigrationsIn(connectionString: string): Promise<string> {
  const migrationsList = await readMigrationsList();
  return withEngine(connectionString, async (engine, schemaText) => {
  const from = migrationsList.migrationDirectories.length
    ? { tag: "migrations", ...migrationsList }
    : { tag: "empty" };
  const result = await engine.diff({
    from,
    to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schemaText }] },
    script: true,
    exitCode: null,
    filters: FILTERS,
  });
  return normaliseDiff(result.stdout ?? "");
  });
}

/** SQL that turns the live database at `connectionString` into schema.prisma (empty if none). */
export async function diffDatabaseToSchema(connectionString: string): Promise<string> {
  return withEngine(connectionString, async (engine, schemaText) => {
    const files = [{ path: "schema.prisma", content: schemaText }];
    // "schemaDatasource" is the database the engine is connected to (through the adapter).
    const result = await engine.diff({
      from: { tag: "schemaDatasource", files, configDir: process.cwd() },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters: FILTERS,
    });
    return normaliseDiff(result.stdout ?? "");
  });
}

function normaliseDiff(sql: string): string {
  return sql.includes("This is an empty migration") ? "" : sql.trim();
}

/** Writes prisma/migrations/<timestamp>_<name>/migration.sql from the schema change, if any. */
export async function createMigration(connectionString: string, name: string): Promise<string | null> {
  const sql = await diffMigrationsToSchema(connectionString);
  if (!sql) return null;
  const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "") || "migration";
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${slug}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql + "\n");
  const lock = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  if (!existsSync(lock)) {
    await writeFile(lock, '# Please do not edit this file manually\nprovider = "postgresql"\n');
  }
  return dir;
}
