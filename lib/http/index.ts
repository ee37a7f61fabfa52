// The one door for every request: route handlers (route, publicRoute) and server actions (action).
export { route, publicRoute, type RouteContext, type RouteSpec, type BodyKind } from "./route";
export { action, type ActionState } from "./action";
export { HttpError, mapError, errorResponse } from "./errors";
export { queryObject, formObject } from "./input";
