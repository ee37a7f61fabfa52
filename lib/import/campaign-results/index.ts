// Campaign results files: column matching, reading, and the import job that writes them (docs/import.md
// "Campaign results", docs/campaigns.md).
export { suggestResultColumns, parseResultMapArg, RESULT_FIELDS, RESULT_FIELD_LABELS, type ResultField, type ResultMapping } from "./columns";
export { readResultsFile, readResultsTable, analyzeResultsFile, suggestedResultColumns, checkResultColumns, MAX_RESULTS_FILE_BYTES, type ResultsFile, type ResultColumns } from "./read";
