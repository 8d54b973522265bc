// SPDX-License-Identifier: Apache-2.0
// Whether a CIDR written in code means "every address". AWS reads only the prefix length of a /0 block, so
// `1.2.3.4/0`, `0.0.0.0/00` and `::/0` spelt as `0:0:0:0:0:0:0:0/0` all admit the whole internet; comparing
// the string with "0.0.0.0/0" misses them.

import type { Unknown } from '../api';

export type IpFamily = 'ipv4' | 'ipv6';

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const IPV6 = /^[0-9a-f:.]+$/i;

function validAddress(address: string, family: IpFamily): boolean {
  if (family === 'ipv4') {
    const m = IPV4.exec(address);
    return !!m && m.slice(1).every((o) => Number(o) <= 255);
  }
  // Enough to tell an IPv6 address from garbage: hex groups and colons, at most one `::`.
  return IPV6.test(address) && address.includes(':') && address.split('::').length <= 2;
}

/** True when `cidr` is a block of prefix length 0 of `family` (the whole address space). */
export function isAnyAddress(cidr: string, family: IpFamily): boolean {
  const parts = cidr.trim().split('/');
  if (parts.length !== 2) return false;
  const [address, prefix] = parts as [string, string];
  if (!/^\d{1,3}$/.test(prefix) || Number(prefix) !== 0) return false;
  return validAddress(address, family);
}

/** `0.0.0.0/0` or `::/0` as the words a message uses, for a family. */
export function anyAddressName(family: IpFamily): string {
  return family === 'ipv4' ? '0.0.0.0/0' : '::/0';
}

/** The family a rule's "world" string names. */
export function familyOf(world: string): IpFamily {
  return world.includes(':') ? 'ipv6' : 'ipv4';
}

/** The written form when it differs from the canonical one, for a message: ` (written "1.2.3.4/0")`. */
export function writtenAs(cidr: string, family: IpFamily): string {
  return cidr.trim() === anyAddressName(family) ? '' : ` (written ${JSON.stringify(cidr)})`;
}

/** Every way of writing a /0 block of a family, as a pattern of core/shape.ts (a superset is fine). */
const ANY_ADDRESS_LANGUAGE: Record<IpFamily, string> = {
  ipv4: '\\s*[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}/0{1,3}\\s*',
  ipv6: '\\s*[0-9a-fA-F:.]*:[0-9a-fA-F:.]*/0{1,3}\\s*',
};

/**
 * Whether an unknown CIDR may be a /0 block: false when its shape rules that out (a CloudFormation
 * parameter whose AllowedPattern only admits prefixes /16 to /28, say).
 */
export function mayBeAnyAddress(u: Unknown, family: IpFamily): boolean {
  return u.mayBe(ANY_ADDRESS_LANGUAGE[family]);
}
