// Addresses and CIDR ranges for the trusted-proxy setting (SCOUT_TRUSTED_PROXIES).
import { BlockList, isIP } from "node:net";

/** A bare address, or null: strips an IPv4-mapped IPv6 prefix, brackets and a port. */
export function normalizeAddress(raw: string | undefined | null): string | null {
  if (!raw) return null;
  let a = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":"));
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(a);
  if (mapped) a = mapped[1];
  const zone = a.indexOf("%");
  if (zone > 0) a = a.slice(0, zone);
  return isIP(a) ? a.toLowerCase() : null;
}

export type AddressRanges = { contains(address: string): boolean; size: number };

/**
 * Parses "127.0.0.1, 10.0.0.0/8, ::1, fd00::/8". An entry that is not an address or range is an
 * error rather than silently ignored: a typo here would quietly trust nobody, or the wrong host.
 */
export function parseAddressRanges(setting: string | undefined): AddressRanges {
  const list = new BlockList();
  let size = 0;
  for (const entry of (setting ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
    const [addr, bits, extra] = entry.split("/");
    const address = normalizeAddress(addr);
    const family = address ? (isIP(address) === 4 ? "ipv4" : "ipv6") : null;
    const max = family === "ipv4" ? 32 : 128;
    const prefix = bits === undefined ? max : /^\d{1,3}$/.test(bits) ? Number(bits) : NaN;
    if (!address || !family || extra !== undefined || !(prefix >= 0 && prefix <= max)) {
      throw new Error(`SCOUT_TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    }
    list.addSubnet(address, prefix, family);
    size++;
  }
  return {
    size,
    contains(address) {
      const a = normalizeAddress(address);
      return !!a && list.check(a, isIP(a) === 4 ? "ipv4" : "ipv6");
    },
  };
}

/**
 * What one client is, for counting: an IPv4 address, or the /64 network of an IPv6 one. A single
 * IPv6 subscriber is usually handed a whole /64 and could take a fresh address for every attempt.
 * Takes a normalised address (normalizeAddress).
 */
export function addressBucket(address: string): string {
  if (!address.includes(":")) return address;
  let text = address;
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text); // an IPv4 tail, as in 64:ff9b::192.0.2.1
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number);
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return `${groups.slice(0, 4).map((g) => parseInt(g, 16).toString(16)).join(":")}::/64`;
}
