// SPDX-License-Identifier: Apache-2.0
// Shared by the IPv4 and IPv6 rules: does an ingress rule open SSH (22) or RDP (3389) to the whole internet?

import { Unknown } from '../api';
import type { CheckContext, SecurityGroupRule } from '../api';
import { familyOf, isAnyAddress, writtenAs, mayBeAnyAddress } from './cidr';

export const ADMIN_PORTS = [22, 3389];

/** Protocols that carry TCP (SSH and RDP are TCP; RDP also UDP): tcp, udp, all. */
function protocolMatters(p: string): boolean {
  const v = p.toLowerCase();
  return v === 'tcp' || v === 'udp' || v === '-1' || v === 'all' || v === '6' || v === '17';
}

function isAll(p: string): boolean {
  return p === '-1' || p.toLowerCase() === 'all';
}

/** Checks one rule for `world` (0.0.0.0/0 or ::/0) in `cidrs`; reports or says it cannot verify. */
export function checkAdminIngress(
  ctx: CheckContext,
  rule: SecurityGroupRule,
  cidrs: (string | Unknown)[],
  cidrsRef: SecurityGroupRule['cidrsRef'],
  world: string,
): void {
  const family = familyOf(world);
  // `1.2.3.4/0` is as open as `0.0.0.0/0`: AWS reads the prefix length only.
  const openCidr = cidrs.find((c): c is string => typeof c === 'string' && isAnyAddress(c, family));
  const open = openCidr !== undefined;
  // An unknown whose shape rules out a /0 block (a parameter's AllowedPattern) is not the internet.
  const unknownCidr = cidrs.find((c): c is Unknown => c instanceof Unknown && mayBeAnyAddress(c, family));
  if (!open && !unknownCidr) return;
  const proto = rule.protocol.value;
  // Neither the networks nor what is open known (a fully dynamic rule): no silent pass.
  const unknownNetworks = (): void => ctx.cannotVerify(cidrsRef, unknownCidr!, `whether the rule allows SSH or RDP from ${world}`);
  if (proto instanceof Unknown) {
    if (open) ctx.cannotVerify(rule.protocol, proto, `whether the rule open to ${world} covers SSH or RDP`);
    else unknownNetworks();
    return;
  }
  if (typeof proto === 'string' && !protocolMatters(proto)) return;
  const allPorts = typeof proto === 'string' && isAll(proto);
  const from = rule.fromPort.value;
  const to = rule.toPort.value;
  let exposed: number[];
  if (allPorts) exposed = ADMIN_PORTS;
  else {
    if (from instanceof Unknown || to instanceof Unknown) {
      const u = from instanceof Unknown ? from : (to as Unknown);
      if (open) ctx.cannotVerify(from instanceof Unknown ? rule.fromPort : rule.toPort, u, `whether the ports open to ${world} include SSH or RDP`);
      else unknownNetworks();
      return;
    }
    if (from === undefined || to === undefined) return;
    // from_port = 0 with to_port = 0 means all ports for protocol -1 only; for tcp it is port 0.
    exposed = ADMIN_PORTS.filter((p) => from <= p && p <= to);
  }
  if (exposed.length === 0) return;
  if (!open && unknownCidr) {
    ctx.cannotVerify(cidrsRef, unknownCidr, `whether the rule opening port ${exposed.join(' and ')} allows ${world}`);
    return;
  }
  const names = exposed.map((p) => (p === 22 ? 'SSH (22)' : 'RDP (3389)')).join(' and ');
  ctx.report(cidrsRef, `Ingress from ${world}${writtenAs(openCidr!, family)} is allowed to ${names}${allPorts ? ' (all ports are open)' : ''}.`);
}
