import ipaddr from 'ipaddr.js';

/**
 * The address a sign-in limit counts under. An IPv6 user is given a whole /64 (often far more),
 * and picks any address in it at will, so counting single IPv6 addresses would let one attacker
 * look like millions of offices: count the /64 instead. An IPv4 address written as IPv6
 * (::ffff:192.0.2.1) is the IPv4 address. Anything unreadable is counted as it came.
 */
export function limitAddress(ip: string): string {
  if (!ipaddr.isValid(ip)) return ip;
  const address = ipaddr.process(ip);
  if (address.kind() === 'ipv4') return address.toString();
  const prefix = (address as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16));
  return `${prefix.join(':')}::/64`;
}
