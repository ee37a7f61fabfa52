// The same-origin rule for writes (lib/security/same-origin.ts), for route handlers.
import "server-only";
import type { NextRequest } from "next/server";
import { crossOriginProblem, originFacts } from "@/lib/security/same-origin";

/** Why a state-changing request is refused as cross-origin, or null when it may proceed. */
export function sameOriginProblem(req: NextRequest): string | null {
  return crossOriginProblem({ ...originFacts(req), url: req.nextUrl });
}
