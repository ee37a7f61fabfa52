// For pages and routes that only read the catalog (search, profiles, compare, dashboards): run their
// queries on a streaming replica when DATABASE_REPLICA_URLS names one, else on the primary; a replica
// that fails falls back to the primary with no error (lib/db/replicas.ts). Never wrap a write, or a
// read that must see the caller's own write just before.
import "server-only";
export { onReplica } from "@/lib/db/replicas";
