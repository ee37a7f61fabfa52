// The numeric columns of one file: each column's reading is resolved once, from the same first rows
// for the preview, the dry run, the import and the CLI, and then every value of the column is read
// with it and checked against what is possible for its field (lib/domain/plausibility.ts). Pure; the
// file's first rows are read by withNumberReadings (preview.ts).
import { detectCurrency, metricValue, parseCount, parseDecimal, parseRate, type ParsedMetric } from "@/lib/domain/metrics";
import { implausibility, implausibleAverage, readValue, resolveColumnReading, type ColumnReading, type MetricKind } from "@/lib/domain/plausibility";
import type { DecimalMark } from "@/lib/domain/number-format";
import { IMPORT_FIELDS, type FieldId, type ImportMapping } from "./mapping/schema";

/** Rows read to resolve the readings: the first 1,000, the sample the preview's column profile reads. */
export const NUMBER_SAMPLE_ROWS = 1000;

export const NUMERIC_FIELDS = {
  followers: "followers", following: "following", posts: "posts", avgLikes: "average", avgComments: "average", avgShares: "average",
  avgEngagements: "average", avgViews: "views", engagementRate: "rate", price: "price",
} as const satisfies Partial<Record<FieldId, MetricKind>>;
export type NumericField = keyof typeof NUMERIC_FIELDS;

export type NumberReadings = Partial<Record<NumericField, ColumnReading>>;

const LABEL = Object.fromEntries(IMPORT_FIELDS.map((f) => [f.id, f.label])) as Record<FieldId, string>;
const ROW_LABEL: Record<NumericField, string> = {
  followers: "followers", following: "following", posts: "posts", avgLikes: "average likes", avgComments: "average comments",
  avgViews: "average views", avgShares: "average shares", avgEngagements: "average engagements", engagementRate: "engagement rate", price: "price",
};

/**
 * The readings of the mapped numeric columns, from rows of cells under `header`, and a note per column
 * where the choice mattered. The price is resolved last, with what the rest of the file says: the
 * decimal mark its other columns were decided on, the currency its header names, the rows' followers.
 */
export function resolveNumberReadings(mapping: ImportMapping, header: readonly string[], rows: readonly (readonly string[])[]): { numbers: NumberReadings; notes: string[] } {
  const numbers: NumberReadings = {};
  const notes: string[] = [];
  const decided = new Set<DecimalMark>();
  const column = (field: NumericField) => {
    const col = mapping.columns[field];
    return col === undefined ? -1 : header.indexOf(col);
  };
  const fields = (Object.entries(NUMERIC_FIELDS) as [NumericField, MetricKind][]).filter(([f]) => f !== "price");
  for (const [field, kind] of fields) {
    const i = column(field);
    if (i < 0) continue;
    const r = resolveColumnReading(kind, LABEL[field], rows.map((row) => row[i] ?? ""));
    numbers[field] = r.reading;
    if (r.decided) decided.add(r.reading.decimal);
    if (r.note) notes.push(r.note);
  }
  const p = column("price");
  if (p >= 0) {
    const f = column("followers");
    const followers = f < 0 ? undefined : rows.map((row) => readNumberCell("followers", row[f] ?? "", numbers.followers).value);
    const fileDecimal = decided.size === 1 ? [...decided][0] : undefined;
    const currency = detectCurrency(header[p]) ?? undefined;
    const r = resolveColumnReading("price", LABEL.price, rows.map((row) => row[p] ?? ""), { fileDecimal, currency, followers });
    numbers.price = r.reading;
    if (r.note) notes.push(r.note);
  }
  return { numbers, notes };
}

// Creator's counts are int4 and prices numeric(12,2): a value beyond them is refused on its row
// rather than failing its whole batch in the database.
const MAX_STORED = 2_147_483_647;
const MAX_PRICE = 9_999_999_999.99;

const PLAIN_DIGITS = /^[0-9]{1,15}$/;

function parseAuto(kind: MetricKind, cell: string): ParsedMetric {
  if (kind === "rate") return parseRate(cell);
  if (kind === "price") return parseDecimal(cell);
  return parseCount(cell);
}

/**
 * One cell of a numeric field: its value, or null with the reason the row is refused. A value the
 * column's reading cannot read (a stray "1,234.5" in a decimal-comma column) is read by itself, as
 * one value would be; either way it must then be possible for the field.
 */
export function readNumberCell(field: NumericField, cell: string, reading: ColumnReading | undefined): { value: number | null; problem?: string } {
  const kind = NUMERIC_FIELDS[field];
  // Plain digits, most cells of most files, read the same under every reading (but a bare rate's percent).
  let r: ParsedMetric = kind !== "rate" && PLAIN_DIGITS.test(cell) ? { kind: "value", value: Number(cell) } : reading ? readValue(kind, cell, reading) : parseAuto(kind, cell);
  if (r.kind === "invalid" && reading) {
    const auto = parseAuto(kind, cell);
    if (auto.kind === "value") r = auto;
  }
  if (r.kind === "missing") return { value: null };
  // Text with no digit at all ("lots") reads better as "not a number" than as a bad unit.
  if (r.kind === "invalid") return { value: null, problem: `${ROW_LABEL[field]}: ${/[0-9]/.test(cell) ? r.reason : `not a number: "${cell.trim().slice(0, 60)}"`}` };
  const v = r.value;
  const why = implausibility(kind, v, kind === "price" ? (detectCurrency(cell) ?? reading?.currency ?? "USD") : undefined);
  // A rate is shown as the percentage it reads as ("1,276%"), not as the stored fraction.
  const shown = kind === "rate" ? `${(v * 100).toLocaleString("en-US", { maximumFractionDigits: 2 })}%` : v.toLocaleString("en-US");
  if (why) return { value: null, problem: `${ROW_LABEL[field]} "${cell.trim().slice(0, 40)}" reads as ${shown}: ${why}, not possible` };
  if (v > (kind === "price" ? MAX_PRICE : MAX_STORED)) return { value: null, problem: `${ROW_LABEL[field]} ${v} is beyond any real account` };
  return { value: metricValue(r) };
}

/** Averages per post that the row's own follower count rules out, as reasons; empty when none. */
export function averageProblems(followers: number, averages: Partial<Record<"avgLikes" | "avgComments" | "avgShares" | "avgEngagements" | "avgViews", number | null>>): string[] {
  const out: string[] = [];
  const floor = 100 * Math.max(followers, 1000); // the lowest bar any average must pass: most rows stop here
  if (!Object.values(averages).some((v) => v !== null && v !== undefined && v > floor)) return out;
  for (const [field, avg] of Object.entries(averages) as [NumericField, number | null][]) {
    if (avg === null) continue;
    const why = implausibleAverage(field === "avgViews" ? "views" : "average", avg, followers);
    if (why) out.push(`${ROW_LABEL[field]} ${avg.toLocaleString("en-US")} is ${why}, not possible`);
  }
  return out;
}
