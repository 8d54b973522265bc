// SPDX-License-Identifier: Apache-2.0
import { defineRule } from '../../api';
import { checkAdminIngress } from '../../lib/sg-admin-ports';

export default defineRule({
  target: 'securityGroups',
  meta: {
    id: 'AWS-EC2-002',
    name: 'sg-no-public-admin-ingress-ipv6',
    title: 'No security group allows SSH or RDP from ::/0',
    severity: 'high',
    description: 'No security group ingress rule opens port 22 or 3389 to the whole IPv6 internet (::/0).',
    rationale:
      'IPv6 rules are easy to forget when locking down IPv4: a group that restricts 0.0.0.0/0 but allows ::/0 is just as exposed to anyone with IPv6 connectivity.',
    remediation: 'Restrict `ipv6_cidr_blocks` / `CidrIpv6` to known administrative networks, or remove the rule. There is no automatic fix.',
    links: ['https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html'],
    frameworks: {
      'cis-aws-5.0.0': ['5.4'],
      'cis-aws-3.0.0': ['5.3'],
      'soc2-2017': ['CC6.1', 'CC6.6', 'CC7.2'],
      'nist-800-53-r5': ['AC-17', 'CM-7', 'SC-7'],
      'nist-csf-2.0': ['PR.IR-01'],
    },
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1 },
    mappingNote: 'CIS AWS v1.4.0 has no separate IPv6 recommendation. SOC 2 CC6.1, NIST CM-7 and CSF PR.IR-01 added by control concept.',
    resourceTypes: {
      terraform: ['aws_security_group', 'aws_security_group_rule', 'aws_vpc_security_group_ingress_rule'],
      cloudformation: ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'],
    },
    aliases: { checkov: ['CKV_AWS_24', 'CKV_AWS_25'], trivy: ['AVD-AWS-0107'], tfsec: ['aws-ec2-no-public-ingress-sgr'] },
    fix: 'none',
  },
  check(group, ctx) {
    for (const rule of group.ingress) checkAdminIngress(ctx, rule, rule.ipv6Cidrs, rule.ipv6CidrsRef, '::/0');
  },
});
