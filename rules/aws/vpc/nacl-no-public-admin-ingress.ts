// SPDX-License-Identifier: Apache-2.0
import { defineRule, setFix, Unknown } from '../../api';
import type { Attr, FixValue, NetworkAclEntry } from '../../api';
import { familyOf, isAnyAddress, writtenAs, mayBeAnyAddress } from '../../lib/cidr';
import type { IpFamily } from '../../lib/cidr';
import { exposure } from '../../lib/open-ports';

const ADMIN_PORTS = [22, 3389];

/**
 * The admin ports of `ports` that a lower-numbered deny entry of the same ACL blocks for every address of
 * `family` before `allow` is reached (the first matching entry by rule number decides), and an unknown
 * that might do so for the rest.
 */
function shadowed(allow: NetworkAclEntry, all: readonly NetworkAclEntry[], ports: readonly number[], family: IpFamily): { ports: Set<number>; maybe: { at: Attr<unknown>; unknown: Unknown } | null } {
  const out = new Set<number>();
  let maybe: { at: Attr<unknown>; unknown: Unknown } | null = null;
  if (allow.aclKey === null) return { ports: out, maybe };
  for (const deny of all) {
    if (deny === allow || deny.aclKey !== allow.aclKey || deny.egress.value !== false) continue;
    const action = deny.ruleAction.value;
    if (action instanceof Unknown) {
      maybe ??= { at: deny.ruleAction, unknown: action };
      continue;
    }
    if (typeof action !== 'string' || action.toLowerCase() !== 'deny') continue;
    const mine = allow.ruleNumber.value;
    const theirs = deny.ruleNumber.value;
    if (mine instanceof Unknown || theirs instanceof Unknown) {
      maybe ??= mine instanceof Unknown ? { at: allow.ruleNumber, unknown: mine } : { at: deny.ruleNumber, unknown: theirs as Unknown };
      continue;
    }
    if (typeof mine !== 'number' || typeof theirs !== 'number' || theirs >= mine) continue;
    const cidr = (family === 'ipv4' ? deny.cidr : deny.ipv6Cidr).value;
    if (cidr instanceof Unknown) {
      // A deny of a network that cannot be every address does not shadow the allow for everyone.
      if (!mayBeAnyAddress(cidr, family)) continue;
      maybe ??= { at: family === 'ipv4' ? deny.cidr : deny.ipv6Cidr, unknown: cidr };
      continue;
    }
    if (typeof cidr !== 'string' || !isAnyAddress(cidr, family)) continue;
    const e = exposure(deny.protocol, deny.fromPort, deny.toPort, ports, ['tcp']);
    if (e.kind === 'unknown') maybe ??= { at: e.at, unknown: e.unknown };
    else for (const p of e.exposed) out.add(p);
  }
  return { ports: out, maybe };
}
const portName = (p: number): string => (p === 22 ? 'SSH (22)' : 'RDP (3389)');

export default defineRule({
  target: 'networkAclEntries',
  meta: {
    id: 'AWS-VPC-002',
    name: 'nacl-no-public-admin-ingress',
    title: 'No network ACL allows SSH or RDP from the whole internet',
    severity: 'high',
    description:
      'No network ACL ingress entry with action allow admits 0.0.0.0/0 or ::/0 to port 22 or 3389, whether through a port range that includes them or an all-protocols entry. Entries are evaluated by rule number and the first match decides, so an allow is not flagged for a port that a lower-numbered deny entry of the same ACL (inline, `aws_network_acl_rule` or `AWS::EC2::NetworkAclEntry` with the same `network_acl_id` / `NetworkAclId`) blocks for every address of that family first.',
    rationale:
      'Network ACLs are the subnet-level layer of defense: if every security group in a subnet were ever opened by mistake, the ACL is what still stands between the internet and SSH or RDP. An ACL that allows those ports from everywhere gives up that second layer for the most attacked services there are.',
    remediation:
      'Terraform: on the `aws_network_acl` ingress block or `aws_network_acl_rule`, narrow `cidr_block` / `ipv6_cidr_block` to your administration networks, or use `action`/`rule_action = "deny"` for 22 and 3389 ahead of a broad allow (ACL entries are evaluated by rule number). CloudFormation: the same on the `AWS::EC2::NetworkAclEntry` (`CidrBlock`, `Ipv6CidrBlock`, `RuleAction`). Prefer Session Manager over open administration ports. The quick fix, offered for single-port entries, replaces the CIDR with a variable/parameter for your administration network.',
    links: ['https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html'],
    frameworks: {
      'cis-aws-5.0.0': ['5.2'],
      'cis-aws-3.0.0': ['5.1'],
      'cis-aws-1.4.0': ['5.1'],
      'soc2-2017': ['CC6.6'],
      'nist-800-53-r5': ['AC-4', 'AC-17', 'CM-7', 'SC-7'],
      'nist-csf-2.0': ['PR.IR-01'],
    },
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1, 'cis-aws-1.4.0': 1 },
    mappingNote: 'SOC 2 CC6.6 and the NIST base controls follow the reference maps for CIS 5.0.0 5.2; CSF PR.IR-01 (networks protected from unauthorized access) was added by control concept.',
    resourceTypes: {
      terraform: ['aws_network_acl', 'aws_default_network_acl', 'aws_network_acl_rule'],
      cloudformation: ['AWS::EC2::NetworkAclEntry'],
    },
    aliases: { checkov: ['CKV_AWS_231', 'CKV_AWS_232'], trivy: ['AVD-AWS-0105'], tfsec: ['aws-ec2-no-public-ingress-acl'] },
    fix: 'unsafe',
  },
  check(entry, ctx) {
    const egress = entry.egress.value;
    if (egress instanceof Unknown) {
      ctx.cannotVerify(entry.egress, egress, 'whether the network ACL entry applies to inbound traffic');
      return;
    }
    if (egress === true) return;
    const action = entry.ruleAction.value;
    if (action instanceof Unknown) {
      ctx.cannotVerify(entry.ruleAction, action, 'whether the network ACL entry allows traffic');
      return;
    }
    if (typeof action !== 'string' || action.toLowerCase() !== 'allow') return;
    const e = exposure(entry.protocol, entry.fromPort, entry.toPort, ADMIN_PORTS, ['tcp']);
    for (const [cidr, world, placeholder] of [
      [entry.cidr, '0.0.0.0/0', entry.platform === 'terraform' ? 'admin_cidr' : 'AdminCidr'],
      [entry.ipv6Cidr, '::/0', entry.platform === 'terraform' ? 'admin_ipv6_cidr' : 'AdminIpv6Cidr'],
    ] as [Attr<string>, string, string][]) {
      const c = cidr.value;
      const family = familyOf(world);
      if (c === undefined || (typeof c === 'string' && !isAnyAddress(c, family))) continue;
      // A network whose shape rules out a /0 block (a parameter's AllowedPattern) is not the internet.
      if (c instanceof Unknown && !mayBeAnyAddress(c, family)) continue;
      if (e.kind === 'unknown') {
        ctx.cannotVerify(e.at, e.unknown, `whether the entry ${typeof c === 'string' ? `allowing ${world}` : 'with an unknown network'} covers SSH or RDP`);
        continue;
      }
      if (e.exposed.length === 0) continue;
      if (c instanceof Unknown) {
        ctx.cannotVerify(cidr, c, `whether the entry allowing ${e.exposed.map(portName).join(' and ')} is open to ${world}`);
        continue;
      }
      // A lower-numbered deny of the same ACL for the same ports from everywhere wins: no exposure then.
      const shadow = shadowed(entry, ctx.model.aws.networkAclEntries, e.exposed, family);
      const open = e.exposed.filter((p) => !shadow.ports.has(p));
      if (open.length === 0) continue;
      if (shadow.maybe) {
        ctx.cannotVerify(shadow.maybe.at, shadow.maybe.unknown, `whether a deny entry numbered lower than this allow of ${open.map(portName).join(' and ')} from ${world} blocks it first`);
        continue;
      }
      const single = !e.allPorts && entry.fromPort.value === entry.toPort.value;
      const value: FixValue = { kind: 'placeholder', name: placeholder, description: `The ${world === '::/0' ? 'IPv6 ' : ''}network (CIDR) allowed to reach administration ports` };
      ctx.report(cidr, `The network ACL allows ${open.map(portName).join(' and ')} from ${world}${writtenAs(c, family)}${e.allPorts ? ' (the entry allows all traffic)' : ''}.`, {
        fixes: single ? setFix('restrict-cidr', 'Allow only your administration network', 'unsafe', [cidr, value]) : [],
      });
    }
  },
});
