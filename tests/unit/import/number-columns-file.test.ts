// What the rest of a file says about its price column, end to end without a database: generated
// agency sheets whose prices are grouped by a dot ("4.841 €") and whose header names the currency.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRng } from "@/prisma/seed/random";
import type { ImportMapping } from "@/lib/import/mapping";
import { numberReadingsSchema } from "@/lib/validation/number-readings";
import { importRows as importFile } from "../../support/import-files";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "scout-numfile-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const importRows = (name: string, body: string, mapping: ImportMapping) => importFile(dir, name, body, mapping);

const dotted = (n: number) => String(n).replace(/\B(?=([0-9]{3})+$)/g, ".");

describe("a Spanish agency sheet", () => {
  const rng = createRng(7);
  const r01 = () => rng.next();
  const rows = Array.from({ length: 40 }, (_, i) => ({
    handle: `agencia_${i}`,
    followers: 10_001 + Math.floor(r01() * 900_000),
    rate: (1 + r01() * 8).toFixed(2).replace(".", ","),
    price: 1_000 + Math.floor(r01() * 30_000),
  }));
  const body = ["Usuario;Seguidores;Tasa de interacción;Tarifa (€)", ...rows.map((r) => `${r.handle};${dotted(r.followers)};${r.rate} %;${dotted(r.price)} €`)].join("\n");
  const mapping: ImportMapping = { columns: { handle: "Usuario", followers: "Seguidores", engagementRate: "Tasa de interacción", price: "Tarifa (€)" }, platform: { mode: "fixed", value: "instagram" } };

  it("stores each price as the thousands it says, in euros", async () => {
    const { verdicts } = await importRows("agencia.csv", body, mapping);
    expect(verdicts.map((v) => (v.ok ? v.creator.importedPrice : v.reason))).toEqual(rows.map((r) => ({ low: r.price, high: r.price, currency: "EUR" })));
  });
});

describe("a price column whose header names the currency", () => {
  const body = ["Handle;Followers;ER;Prix (EUR)", "emma;6.820;6,02;7306,39", "yuki;162.907;8,43;$3921,67", "haru;31.699;3,94;"].join("\n");
  const mapping: ImportMapping = { columns: { handle: "Handle", followers: "Followers", engagementRate: "ER", price: "Prix (EUR)" }, platform: { mode: "fixed", value: "instagram" } };

  it("stores cells that name no currency in the header's, and keeps a cell's own", async () => {
    const { verdicts, mapping: resolved } = await importRows("eu.csv", body, mapping);
    expect(verdicts.map((v) => (v.ok ? v.creator.importedPrice : v.reason))).toEqual([
      { low: 7306.39, high: 7306.39, currency: "EUR" },
      { low: 3921.67, high: 3921.67, currency: "USD" },
      null,
    ]);
    // The job keeps the reading, currency included, for the dry run, the import and a resume.
    expect(numberReadingsSchema.parse(resolved.numbers)).toEqual(resolved.numbers);
    expect(resolved.numbers?.price).toEqual({ decimal: ",", currency: "EUR" });
  });

  it("reads ¥, ₹, R$, £ and ₩ in a header", async () => {
    for (const [sign, code] of [["¥", "JPY"], ["₹", "INR"], ["R$", "BRL"], ["£", "GBP"], ["₩", "KRW"], ["KRW", "KRW"]] as const) {
      const { verdicts } = await importRows(`h${code}.csv`, [`Handle,Followers,Price (${sign})`, "a,5000,250"].join("\n"), { columns: { handle: "Handle", followers: "Followers", price: `Price (${sign})` }, platform: { mode: "fixed", value: "instagram" } });
      expect(verdicts[0]).toMatchObject({ ok: true, creator: { importedPrice: { currency: code } } });
    }
  });
});
