import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PEER_HEADER, resolveClientAddress } from "@/lib/security/client-address";
import { addressBucket, normalizeAddress, parseAddressRanges } from "@/lib/security/ip-ranges";

const none = parseAddressRanges("");
const proxies = parseAddressRanges("127.0.0.1, 10.0.0.0/8, fd00::/8");
const req = (peer: string | undefined, xff?: string) => ({ ...(peer ? { [PEER_HEADER]: peer } : {}), ...(xff !== undefined ? { "x-forwarded-for": xff } : {}) });
const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((p) => p.join("."));

describe("the client address the sign-in limit keys on", () => {
  it("is the socket peer when the peer is not a trusted proxy, whatever X-Forwarded-For says", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(ipv4, fc.string()), { maxLength: 6 }), (hops) => {
        expect(resolveClientAddress(req("203.0.113.5", hops.join(", ")), none, true)).toBe("203.0.113.5");
        expect(resolveClientAddress(req("203.0.113.5", hops.join(", ")), proxies, true)).toBe("203.0.113.5");
      }),
    );
  });

  it("walks X-Forwarded-For from the right past trusted proxies, never trusting the client's own entries", () => {
    expect(resolveClientAddress(req("10.0.0.2", "198.51.100.7"), proxies, true)).toBe("198.51.100.7");
    // nginx at 10.0.0.2 appended what it saw (198.51.100.7); the client wrote 1.2.3.4 itself.
    expect(resolveClientAddress(req("10.0.0.2", "1.2.3.4, 198.51.100.7"), proxies, true)).toBe("198.51.100.7");
    // Two trusted hops: a load balancer (10.9.9.9) in front of nginx.
    expect(resolveClientAddress(req("127.0.0.1", "1.2.3.4, 198.51.100.7, 10.9.9.9"), proxies, true)).toBe("198.51.100.7");
    expect(resolveClientAddress(req("::ffff:10.0.0.2", "2001:db8::7"), proxies, true)).toBe("2001:db8::7");
  });

  it("stops at the last trusted proxy when everything forwarded is trusted, missing or garbled", () => {
    expect(resolveClientAddress(req("10.0.0.2"), proxies, true)).toBe("10.0.0.2");
    expect(resolveClientAddress(req("10.0.0.2", "10.0.0.1"), proxies, true)).toBe("10.0.0.1");
    expect(resolveClientAddress(req("10.0.0.2", "1.2.3.4, not-an-address"), proxies, true)).toBe("10.0.0.2");
  });

  it("is unknown when server.ts did not set the peer header (a client could have sent it)", () => {
    expect(resolveClientAddress(req("203.0.113.5", "198.51.100.7"), proxies, false)).toBeNull();
    expect(resolveClientAddress(req(undefined, "198.51.100.7"), proxies, true)).toBeNull();
    expect(resolveClientAddress(req("garbage"), proxies, true)).toBeNull();
  });
});

describe("trusted proxy ranges (SCOUT_TRUSTED_PROXIES)", () => {
  it("matches addresses inside a CIDR range and nothing outside it", () => {
    const ranges = parseAddressRanges("10.0.0.0/8,192.168.1.0/24, ::1");
    fc.assert(
      fc.property(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255), (a, b, c, d) => {
        const address = `${a}.${b}.${c}.${d}`;
        expect(ranges.contains(address)).toBe(a === 10 || (a === 192 && b === 168 && c === 1));
      }),
    );
    expect(ranges.contains("::1")).toBe(true);
    expect(ranges.contains("::ffff:10.20.30.40")).toBe(true);
    expect(ranges.contains("::2")).toBe(false);
    expect(ranges.size).toBe(3);
  });

  it("refuses an entry that is not an address or range, instead of quietly trusting the wrong hosts", () => {
    for (const bad of ["10.0.0.0/33", "localhost", "10.0.0/8", "1.2.3.4/8/1", "::1/129", "10.0.0.0/x"]) {
      expect(() => parseAddressRanges(bad)).toThrow(/SCOUT_TRUSTED_PROXIES/);
    }
    expect(parseAddressRanges(" ").size).toBe(0);
  });

  it("reads addresses the way sockets and proxies write them", () => {
    expect(normalizeAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("198.51.100.7:5123")).toBe("198.51.100.7");
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80::1");
    expect(normalizeAddress("unknown")).toBeNull();
    expect(normalizeAddress("")).toBeNull();
  });
});

describe("what counts as one client", () => {
  const hextet = fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16));
  const groups = fc.array(hextet, { minLength: 8, maxLength: 8 });

  it("is an IPv4 address as it is", () => {
    fc.assert(
      fc.property(ipv4, (a) => {
        expect(addressBucket(a)).toBe(a);
      }),
    );
  });

  it("is the /64 network of an IPv6 address, however the address is written", () => {
    fc.assert(
      fc.property(groups, groups, (a, b) => {
        const sameNetwork = [...a.slice(0, 4), ...b.slice(4)];
        expect(addressBucket(normalizeAddress(a.join(":"))!)).toBe(addressBucket(normalizeAddress(sameNetwork.join(":"))!));
        const sameNetwork64 = a.slice(0, 4).join(":") === b.slice(0, 4).join(":");
        expect(addressBucket(a.join(":")) === addressBucket(b.join(":"))).toBe(sameNetwork64);
      }),
    );
    expect(addressBucket("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8:1:2:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:0db8:0001:0002::")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressBucket("::1")).toBe("0:0:0:0::/64");
    expect(addressBucket("64:ff9b::192.0.2.1")).toBe("64:ff9b:0:0::/64");
    expect(addressBucket("1:2:3::4:5:192.0.2.1")).toBe("1:2:3:0::/64");
  });
});
