// SPDX-License-Identifier: Apache-2.0
import { defineRule } from '../../api';
import { checkAdminIngress } from '../../lib/sg-admin-ports';

export default defineRule({
  target: 'securityGroups',
  meta: {
    id: 'AWS-EC2-001',
    name: 'sg-no-public-admin-ingress-ipv4',
    title: 'No security group allows SSH or RDP from 0.0.0.0/0',
    severity: 'high',
    description: 'No security group ingress rule opens port 22 or 3389 (directly, in a port range, or with all protocols) to 0.0.0.0/0.',
    rationale:
      'SSH and RDP open to the internet are scanned within minutes of exposure and are a leading entry point for brute-force and exploit attacks. Administrative access belongs behind a bastion, a VPN, or Systems Manager Session Manager.',
    remediation:
      'Restrict the rule\'s `cidr_blocks` / `CidrIp` to known administrative networks, or remove the rule and use Session Manager. There is no automatic fix: only you know which network should have access.',
    links: ['https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html'],
    frameworks: {
      'cis-aws-5.0.0': ['5.3'],
      'cis-aws-3.0.0': ['5.2'],
      'cis-aws-1.4.0': ['5.2'],
      'soc2-2017': ['CC6.1', 'CC6.6', 'CC7.2'],
      'nist-800-53-r5': ['AC-17', 'CM-7', 'SC-7'],
      'nist-csf-2.0': ['PR.IR-01'],
    },
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1, 'cis-aws-1.4.0': 1 },
    mappingNote: 'SOC 2 CC6.1, NIST CM-7 and CSF PR.IR-01 (networks protected from unauthorized access) added by control concept.',
    resourceTypes: {
      terraform: ['aws_security_group', 'aws_security_group_rule', 'aws_vpc_security_group_ingress_rule'],
      cloudformation: ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'],
    },
    aliases: { checkov: ['CKV_AWS_24', 'CKV_AWS_25'], trivy: ['AVD-AWS-0107'], tfsec: ['aws-ec2-no-public-ingress-sgr'], guard: ['INCOMING_SSH_DISABLED'] },
    fix: 'none',
  },
  check(group, ctx) {
    for (const rule of group.ingress) checkAdminIngress(ctx, rule, rule.cidrs, rule.cidrsRef, '0.0.0.0/0');
  },
});
