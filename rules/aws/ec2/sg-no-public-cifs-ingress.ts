// SPDX-License-Identifier: Apache-2.0
import { defineRule, Unknown } from '../../api';
import type { SecurityGroupRule } from '../../api';
import { familyOf, isAnyAddress, writtenAs, mayBeAnyAddress } from '../../lib/cidr';
import { exposure } from '../../lib/open-ports';

const CIFS = [445];

export default defineRule({
  target: 'securityGroups',
  meta: {
    id: 'AWS-EC2-005',
    name: 'sg-no-public-cifs-ingress',
    title: 'No security group allows CIFS/SMB (445) from the whole internet',
    severity: 'high',
    description: 'No security group ingress rule opens port 445 (CIFS/SMB) to 0.0.0.0/0 or ::/0, directly, through a port range that includes it, or with all protocols.',
    rationale:
      'SMB on port 445 is the Windows file-sharing protocol: it has a long record of wormable vulnerabilities and leaks share and host information even when patched. It is meant for trusted internal networks; open to the internet it is found by scanners within minutes.',
    remediation:
      'Restrict the rule\'s `cidr_blocks` / `ipv6_cidr_blocks` (Terraform) or `CidrIp` / `CidrIpv6` (CloudFormation) to the networks that need file shares, or reach them through a VPN or AWS Direct Connect. There is no automatic fix: only you know which networks are trusted.',
    links: ['https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html', 'https://docs.aws.amazon.com/fsx/latest/WindowsGuide/limit-access-security-groups.html'],
    frameworks: {
      'cis-aws-5.0.0': ['5.1.2'],
      'soc2-2017': ['CC6.6'],
      'nist-800-53-r5': ['AC-4', 'CM-7', 'SC-7'],
      'nist-csf-2.0': ['PR.IR-01'],
    },
    levels: { 'cis-aws-5.0.0': 1 },
    mappingNote: 'SOC 2 CC6.6 follows the reference map for CIS 5.0.0 5.1.2; the maps list no NIST or CSF ids, so AC-4/CM-7/SC-7 (boundary protection, least functionality) and PR.IR-01 were chosen by control concept.',
    resourceTypes: {
      terraform: ['aws_security_group', 'aws_security_group_rule', 'aws_vpc_security_group_ingress_rule'],
      cloudformation: ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'],
    },
    fix: 'none',
  },
  check(group, ctx) {
    for (const rule of group.ingress) {
      check(rule, rule.cidrs, rule.cidrsRef, '0.0.0.0/0');
      check(rule, rule.ipv6Cidrs, rule.ipv6CidrsRef, '::/0');
    }
    function check(rule: SecurityGroupRule, cidrs: (string | Unknown)[], at: SecurityGroupRule['cidrsRef'], world: string): void {
      const family = familyOf(world);
      const openCidr = cidrs.find((c): c is string => typeof c === 'string' && isAnyAddress(c, family));
      const open = openCidr !== undefined;
      const unknownCidr = cidrs.find((c): c is Unknown => c instanceof Unknown && mayBeAnyAddress(c, family));
      if (!open && !unknownCidr) return;
      const e = exposure(rule.protocol, rule.fromPort, rule.toPort, CIFS, ['tcp', 'udp']);
      if (e.kind === 'unknown') {
        ctx.cannotVerify(e.at, e.unknown, `whether the rule ${open ? `open to ${world}` : 'with unknown networks'} covers CIFS (445)`);
        return;
      }
      if (e.exposed.length === 0) return;
      if (!open) {
        ctx.cannotVerify(at, unknownCidr!, `whether the rule opening CIFS (445) allows ${world}`);
        return;
      }
      ctx.report(at, `Ingress from ${world}${writtenAs(openCidr!, family)} is allowed to CIFS/SMB (445)${e.allPorts ? ' (all ports are open)' : ''}.`);
    }
  },
});
