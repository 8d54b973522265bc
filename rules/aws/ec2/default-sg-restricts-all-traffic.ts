// SPDX-License-Identifier: Apache-2.0
import { defineRule } from '../../api';

export default defineRule({
  target: 'defaultSecurityGroups',
  meta: {
    id: 'AWS-EC2-006',
    name: 'default-sg-restricts-all-traffic',
    title: 'Default security groups allow no traffic',
    severity: 'medium',
    description:
      'An `aws_default_security_group` declares no ingress or egress rules, so the VPC\'s default security group allows nothing. Terraform only: CloudFormation cannot manage a VPC\'s default group as a resource (rules added to it with `!GetAtt VPC.DefaultSecurityGroup` are not checked here).',
    rationale:
      'Resources launched without an explicit security group land in the default group, and its members can reach each other on every port. Emptying it means a forgotten group assignment fails closed, and forces every workload to use a group designed for it, which is what least-privilege network access needs.',
    remediation:
      'Remove every `ingress` and `egress` block from the `aws_default_security_group` (Terraform removes the rules from the group when the resource has none), and move the workloads that relied on it to purpose-built security groups. No quick fix is offered: removing rules can cut traffic the workloads depend on, and fix operations cannot delete blocks.',
    links: ['https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html', 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_security_group'],
    frameworks: {
      'cis-aws-5.0.0': ['5.5'],
      'cis-aws-3.0.0': ['5.4'],
      'cis-aws-1.4.0': ['5.3'],
      'soc2-2017': ['CC6.1', 'CC6.6'],
      'nist-800-53-r5': ['AC-4', 'CM-7', 'SC-7'],
      'nist-csf-2.0': ['PR.IR-01'],
    },
    levels: { 'cis-aws-5.0.0': 2, 'cis-aws-3.0.0': 2, 'cis-aws-1.4.0': 2 },
    mappingNote: 'SOC 2, NIST (base controls, subset) and CSF ids follow the reference maps for CIS 5.0.0 5.5; CM-7 (least functionality) was added by control concept.',
    resourceTypes: { terraform: ['aws_default_security_group'] },
    aliases: { checkov: ['CKV2_AWS_12'], trivy: ['AVD-AWS-0173'], tfsec: ['aws-ec2-restrict-all-in-default-sg'] },
    fix: 'none',
  },
  check(group, ctx) {
    for (const rule of group.rules) {
      if (rule.unknown) {
        ctx.cannotVerify(rule.ref, rule.unknown, `whether the default security group has ${rule.direction} rules`);
        continue;
      }
      ctx.report(rule.ref, `The default security group has an ${rule.direction} rule: it should allow no traffic at all.`);
    }
  },
});
