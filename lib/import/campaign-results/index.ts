// Campaign results files: column matching and reading (docs/campaigns.md "Import").
export { suggestResultColumns, RESULT_FIELDS, type ResultField, type ResultMapping } from "./columns";
export { readResultsFile, MAX_RESULTS_FILE_BYTES, type ResultsFile } from "./read";
