// GET /api/compare?ids=a,b,c&brief=… or ?list=…[&ids=…]: the compare rows, the "what differs most"
// sentence and the chart series, as the /compare page shows them (one query schema for both).
import { ANY_ROLE } from "@/lib/auth/roles";
import { compareCharts, MAX_COMPARE } from "@/lib/domain/compare";
import { InvalidInputError } from "@/lib/domain/errors";
import { route } from "@/lib/http";
import { getComparisonForOrg } from "@/lib/queries/compare";
import { compareQuerySchema } from "@/lib/validation/compare";
import { onReplica } from "@/lib/queries/replica";

export const GET = route({ roles: ANY_ROLE, query: compareQuerySchema }, async ({ user, query }) => {
  const answer = await onReplica(() => getComparisonForOrg(user.organizationId, query));
  if (answer.kind === "pick") {
    const message = `“${answer.list.name}” holds ${answer.list.size} creators; compare takes at most ${MAX_COMPARE}. Add ids= with 2 to ${MAX_COMPARE} of them.`;
    throw new InvalidInputError(message, { ids: [message] });
  }
  return { ...answer.comparison, list: answer.list, briefSource: answer.briefSource, charts: compareCharts(answer.creators) };
});
