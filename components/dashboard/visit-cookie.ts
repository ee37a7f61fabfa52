/** The cookie that remembers the last dashboard visit (set by MarkVisited, read by the page). */
export const LAST_VISIT_COOKIE = "scout_dashboard_seen";
