// GET /api/admin/emv: the EMV rate card. PUT { platform, metric, usd, source }: set one value (ADMIN).
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { route } from "@/lib/http";
import { listEmvRates, setEmvRate } from "@/lib/queries/campaigns";
import { setEmvRateSchema } from "@/lib/validation/campaigns";

export const GET = route({ roles: ADMIN_ONLY }, async () => ({ items: await listEmvRates() }));

export const PUT = route({ roles: ADMIN_ONLY, body: setEmvRateSchema }, async ({ body }) => setEmvRate(body.platform, body.metric, body.usd, body.source));
