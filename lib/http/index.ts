// The one door for every request: route handlers (route, publicRoute) and server actions (action).
import "server-only";
export { route, publicRoute, type RouteContext, type RouteSpec, type BodyKind } from "./route";
export { action } from "./action";
export type { ActionState, FormAction } from "./action-state";
export { HttpError, mapError, errorResponse } from "./errors";
export { queryObject, formObject } from "./input";
