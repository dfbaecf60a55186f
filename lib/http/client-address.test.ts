import { describe, expect, it } from "vitest";
import { ProxyTrustError, parseProxyTrust, resolveClientAddress } from "@/lib/http/client-address";

const client = (setting: string | undefined, socket: string, forwardedFor?: string) => resolveClientAddress(parseProxyTrust(setting), socket, forwardedFor);

describe("the client's address", () => {
  it("is the connection's address when no proxy is trusted, whatever the client writes in X-Forwarded-For", () => {
    for (const setting of [undefined, "", "0", "false", "off"]) {
      expect(client(setting, "203.0.113.7", "10.0.0.1")).toBe("203.0.113.7");
      expect(client(setting, "203.0.113.7")).toBe("203.0.113.7");
    }
  });

  it("walks back as many hops as there are proxies, so entries a client put in front do not count", () => {
    // client 198.51.100.4 wrote "1.2.3.4"; the one proxy (10.0.0.2) appended the address it saw.
    expect(client("1", "10.0.0.2", "1.2.3.4, 198.51.100.4")).toBe("198.51.100.4");
    expect(client("2", "10.0.0.3", "1.2.3.4, 198.51.100.4, 10.0.0.2")).toBe("198.51.100.4");
    // Fewer entries than hops: the farthest address known.
    expect(client("3", "10.0.0.2", "198.51.100.4")).toBe("198.51.100.4");
    expect(client("1", "10.0.0.2")).toBe("10.0.0.2");
  });

  it("believes X-Forwarded-For only from the listed proxies, addresses or ranges", () => {
    const proxies = "10.0.0.0/8, 192.0.2.1";
    expect(client(proxies, "10.1.2.3", "1.2.3.4, 198.51.100.4")).toBe("198.51.100.4");
    expect(client(proxies, "192.0.2.1", "198.51.100.4, 10.9.9.9")).toBe("198.51.100.4");
    // A client that reaches the app directly is not a proxy: its header is ignored.
    expect(client(proxies, "203.0.113.7", "10.1.1.1")).toBe("203.0.113.7");
    // Every entry a trusted proxy: the first one.
    expect(client(proxies, "10.0.0.1", "10.0.0.9")).toBe("10.0.0.9");
  });

  it("reads an IPv4 client on a dual-stack socket as IPv4, and knows IPv6 ranges", () => {
    expect(client(undefined, "::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(client("127.0.0.1", "::ffff:127.0.0.1", "198.51.100.4")).toBe("198.51.100.4");
    expect(client("fd00::/8", "fd00::1", "2001:db8::5")).toBe("2001:db8::5");
  });

  it("refuses a setting it cannot read, saying what it accepts", () => {
    expect(() => parseProxyTrust("10.0.0.0/33")).toThrow(ProxyTrustError);
    expect(() => parseProxyTrust("proxy.example.org")).toThrow(/number of proxy hops/);
    expect(() => parseProxyTrust("yes please")).toThrow(ProxyTrustError);
  });
});
