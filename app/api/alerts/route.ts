// GET /api/alerts?kind=&status=unread|read&list=: the organisation's alerts, newest first (500 at most).
// PATCH /api/alerts { ids | all: true, read }: mark them read or unread; answers { changed }.
import { ANY_ROLE } from "@/lib/auth/roles";
import { route } from "@/lib/http";
import { listAlerts, markAlerts } from "@/lib/queries/alerts";
import { alertsQuerySchema, markAlertsSchema } from "@/lib/validation/alerts";

export const GET = route({ roles: ANY_ROLE, query: alertsQuerySchema }, async ({ user, query }) => {
  const alerts = await listAlerts(user.organizationId, { kind: query.kind, status: query.status, shortlistId: query.list });
  return { alerts };
});

export const PATCH = route({ roles: ANY_ROLE, body: markAlertsSchema }, async ({ user, body }) => {
  return { changed: await markAlerts(user.organizationId, body.all ? "all" : body.ids!, body.read) };
});
