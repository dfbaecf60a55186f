import { BlockList, isIP } from "node:net";

/**
 * Which proxies are believed when they say, in X-Forwarded-For, whom they forward for. From the
 * TRUST_PROXY setting:
 * - unset, `0`, `false` or `off`: none; the address of the connection is the client's;
 * - a number of hops (`1`: one proxy in front of the app): that many addresses, counted from the
 *   connection back through X-Forwarded-For, are proxies;
 * - a comma-separated list of proxy addresses or ranges (`10.0.0.5, 10.1.0.0/16, ::1`): addresses
 *   on the list are proxies, wherever they appear at the end of the chain.
 */
export type ProxyTrust = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "list"; proxies: BlockList; text: string };

export class ProxyTrustError extends Error {}

export function parseProxyTrust(setting: string | undefined): ProxyTrust {
  const value = setting?.trim().toLowerCase() ?? "";
  if (["", "0", "false", "off", "no"].includes(value)) return { kind: "none" };
  if (/^\d+$/.test(value)) return { kind: "hops", hops: Number(value) };
  const proxies = new BlockList();
  for (const entry of value.split(",").map((part) => part.trim()).filter(Boolean)) {
    const [address = "", prefix, ...rest] = entry.split("/");
    const family = isIP(address);
    const bits = prefix === undefined ? undefined : Number(prefix);
    const maxBits = family === 6 ? 128 : 32;
    if (!family || rest.length > 0 || (bits !== undefined && !(Number.isInteger(bits) && bits >= 0 && bits <= maxBits))) {
      throw new ProxyTrustError(
        `TRUST_PROXY: "${entry}" is not an address or a range. Use off, a number of proxy hops (e.g. 1), or addresses and ranges such as 10.0.0.5,10.1.0.0/16.`,
      );
    }
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) proxies.addAddress(address, type);
    else proxies.addSubnet(address, bits, type);
  }
  return { kind: "list", proxies, text: value };
}

/** `::ffff:10.0.0.1` (an IPv4 client on a dual-stack socket) is 10.0.0.1. */
function plain(address: string): string {
  const trimmed = address.trim();
  return trimmed.toLowerCase().startsWith("::ffff:") && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
}

function isProxy(trust: Extract<ProxyTrust, { kind: "list" }>, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && trust.proxies.check(address, family === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address: the connection's own address, unless it comes from a trusted proxy; then
 * walk back through X-Forwarded-For (whose last entry the nearest proxy added) past every trusted
 * proxy. What an untrusted client wrote into the header never counts.
 */
export function resolveClientAddress(trust: ProxyTrust, socketAddress: string | undefined, forwardedFor: string | string[] | undefined): string {
  const socket = plain(socketAddress ?? "") || "unknown";
  if (trust.kind === "none") return socket;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const chain = [...header.split(",").map(plain).filter(Boolean), socket];
  if (trust.kind === "hops") return chain[Math.max(0, chain.length - 1 - trust.hops)] ?? socket;
  let index = chain.length - 1;
  while (index > 0 && isProxy(trust, chain[index] ?? "")) index -= 1;
  return chain[index] ?? socket;
}

/**
 * The request header in which the app's own server (scripts/serve.ts) passes the client's address
 * on to the app, after removing whatever a client sent under that name.
 */
export const CLIENT_ADDRESS_HEADER = "x-client-address";
