// Shortlists, pure: totals, the columns shown and exported, and spreadsheet-safe cells.
export * from "./totals";
export * from "./columns";
export * from "./cells";
export * from "./share";
export * from "./sort";
export * from "./access";
