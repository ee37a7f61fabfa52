// Whose sign-in attempt is this? The address the sign-in limit keys on.
//
// Next.js does not hand the socket's peer address to route handlers, proxy.ts or next-auth's
// authorize() (they see headers only), and `next start` passes a client's own X-Forwarded-For
// through untouched. So server.ts (what `npm start` runs) writes the socket's address into
// PEER_HEADER on every request, overwriting whatever the client sent, and marks the process so this
// module knows the header is the server's. Under a bare `next start` the mark is absent, the header
// could be the client's, and the address is unknown. Forwarded headers count only when the peer is
// a proxy named in SCOUT_TRUSTED_PROXIES.
import { normalizeAddress, parseAddressRanges, type AddressRanges } from "./ip-ranges";

export const PEER_HEADER = "x-scout-peer-address";
const SERVER_MARK = Symbol.for("scout.peer-address-header");

type Headers = Record<string, unknown> | undefined;

/** Called once by server.ts: from now on PEER_HEADER on a request is the socket's address. */
export function markPeerHeaderSetByServer(): void {
  (globalThis as Record<symbol, unknown>)[SERVER_MARK] = true;
}

export function peerHeaderSetByServer(): boolean {
  return (globalThis as Record<symbol, unknown>)[SERVER_MARK] === true;
}

function headerText(headers: Headers, name: string): string {
  const value = headers?.[name];
  if (Array.isArray(value)) return value.filter((v) => typeof v === "string").join(",");
  return typeof value === "string" ? value : "";
}

/**
 * The client's address: the socket peer, unless the peer is a trusted proxy, in which case
 * X-Forwarded-For is walked from the right (each trusted hop appended the address it saw) to the
 * first hop that is not a trusted proxy. Entries left of that are the client's own words and are
 * never used. Null when the peer is unknown.
 */
export function resolveClientAddress(headers: Headers, trusted: AddressRanges, peerKnown: boolean): string | null {
  let current = peerKnown ? normalizeAddress(headerText(headers, PEER_HEADER)) : null;
  if (!current) return null;
  const hops = headerText(headers, "x-forwarded-for").split(",").map((s) => s.trim()).filter(Boolean);
  for (let i = hops.length - 1; i >= 0 && trusted.contains(current); i--) {
    const hop = normalizeAddress(hops[i]);
    // A hop a trusted proxy wrote but that is not an address: stop at the proxy rather than guess.
    if (!hop) break;
    current = hop;
  }
  return current;
}

let cached: { setting: string; ranges: AddressRanges } | null = null;

/** SCOUT_TRUSTED_PROXIES, parsed once per distinct value. Throws on an entry that is not a range. */
export function trustedProxies(setting = process.env.SCOUT_TRUSTED_PROXIES ?? ""): AddressRanges {
  if (cached?.setting !== setting) cached = { setting, ranges: parseAddressRanges(setting) };
  return cached.ranges;
}

let warned = false;

/** The address of the request whose headers next-auth hands to authorize(), or null if unknown. */
export function clientAddress(headers: Headers): string | null {
  const peerKnown = peerHeaderSetByServer();
  if (!peerKnown && !warned && process.env.NODE_ENV === "production") {
    warned = true;
    console.warn("[sign-in limit] the client address is unknown: start Scout with `npm start` (server.ts), not `next start` (docs/deployment.md)");
  }
  return resolveClientAddress(headers, trustedProxies(), peerKnown);
}
