// SPDX-License-Identifier: Apache-2.0
import { byConcept, catalogOf, defineModuleRule, unitWord } from '../../api';
import { addResourcesFix } from '../../lib/account-controls';

export default defineModuleRule({
  meta: {
    id: 'AWS-SECURITYHUB-001',
    name: 'securityhub-enabled',
    title: 'AWS Security Hub is enabled',
    severity: 'medium',
    description:
      'The module or template enables AWS Security Hub (`aws_securityhub_account`, `AWS::SecurityHub::Hub`). When it does not, one project-level finding is reported. Security Hub is regional: enable it in every region you use, or through the organization\'s delegated administrator.',
    rationale:
      'Findings from GuardDuty, Inspector, Macie, Access Analyzer and Config are only useful if someone sees them. Security Hub collects them in one place, scores the account against security standards and feeds alerting, which turns scattered signals into a queue a team can work through.',
    remediation:
      'Terraform: add `resource "aws_securityhub_account" "main" {}` (optionally with standards subscriptions). CloudFormation: add an `AWS::SecurityHub::Hub`. If the organization already enables Security Hub centrally, suppress this finding with that justification instead.',
    links: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/what-is-securityhub.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/securityhub_account',
    ],
    ...byConcept('threat-detection', { cis: { 'cis-aws-5.0.0': ['4.16'], 'cis-aws-3.0.0': ['4.16'] }, remark: 'CIS v1.4.0 has no equivalent.' }),
    levels: { 'cis-aws-5.0.0': 2, 'cis-aws-3.0.0': 2 },
    resourceTypes: { terraform: ['aws_securityhub_account'], cloudformation: ['AWS::SecurityHub::Hub'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    if (catalogOf(model, 'aws.securityhub.account').some((r) => r.platform === ctx.platform)) return;
    ctx.reportMissing(`Security Hub is not enabled in this ${unitWord(ctx)}, so security findings are not collected in one place.`, {
      // Unsafe: creating the hub fails when the account already has Security Hub enabled outside this code.
      fixes: addResourcesFix(model, ctx.platform, 'enable-security-hub', 'Enable Security Hub', 'unsafe', [
        {
          terraform: { type: 'aws_securityhub_account', name: 'main', values: [] },
          cloudformation: { type: 'AWS::SecurityHub::Hub', logicalId: 'SecurityHub', values: [] },
        },
      ]),
    });
  },
});
