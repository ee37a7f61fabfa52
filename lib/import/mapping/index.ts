// Which file column feeds which catalog field: the schema a mapping obeys, and the suggestion made
// from each column's header and content (see docs/import.md, "How columns are matched").
export { IMPORT_FIELDS, FIELD_IDS, HANDLE_SOURCES, checkMapping, fieldLabel, importMappingSchema, type FieldId, type HandleSource, type ImportMapping } from "./schema";
export { CONFIDENT, MAP_THRESHOLD, suggestMapping, type FieldSuggestion, type MappingSuggestion, type RejectedColumn, type SuggestOptions } from "./suggest";
export { PROFILE_ROWS, type ColumnProfile } from "./profile";
