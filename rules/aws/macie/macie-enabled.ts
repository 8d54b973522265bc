// SPDX-License-Identifier: Apache-2.0
import { catalogOf, defineModuleRule, lit, setFix, unitWord, Unknown } from '../../api';
import { addResourcesFix } from '../../lib/account-controls';

export default defineModuleRule({
  meta: {
    id: 'AWS-MACIE-001',
    name: 'macie-enabled',
    title: 'Amazon Macie is enabled',
    severity: 'low',
    description:
      'Partial check: the module or template enables Amazon Macie (`aws_macie2_account`, `AWS::Macie::Session`) with status `ENABLED` (the default); a session that is `PAUSED` is flagged. When no module has one, one project-level finding is reported. Only the presence of Macie is visible in code: which buckets its jobs cover, what they found and whether the findings were acted on are not. Macie is regional.',
    rationale:
      'Buckets collect data nobody planned for: exports, logs with personal data, backups of databases. Macie inventories buckets and samples their objects for sensitive data, so you learn where such data sits and whether that bucket is protected accordingly, instead of finding out from an incident.',
    remediation:
      'Terraform: add `resource "aws_macie2_account" "main" {}` (and `aws_macie2_classification_job` resources for the buckets to scan). CloudFormation: add an `AWS::Macie::Session` (and `AWS::Macie::AllowList` / jobs as needed). If the organization enables Macie through a delegated administrator, suppress this finding with that justification. Macie bills per bucket and per byte inspected.',
    links: ['https://docs.aws.amazon.com/macie/latest/user/what-is-macie.html', 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/macie2_account'],
    frameworks: {
      'cis-aws-5.0.0': ['2.1.3'],
      'cis-aws-3.0.0': ['2.1.3'],
      'cis-aws-1.4.0': ['2.1.4'],
      'soc2-2017': ['C1.1', 'CC6.1'],
      'nist-800-53-r5': ['RA-2', 'SC-28'],
      'nist-csf-2.0': ['ID.AM-07', 'PR.DS-01'],
    },
    levels: { 'cis-aws-5.0.0': 2, 'cis-aws-3.0.0': 2, 'cis-aws-1.4.0': 2 },
    mappingNote: 'SOC 2, NIST and CSF ids chosen by control concept (data discovery and classification); the reference maps list none for this recommendation in v5.0.0.',
    resourceTypes: { terraform: ['aws_macie2_account'], cloudformation: ['AWS::Macie::Session'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    const sessions = catalogOf(model, 'aws.macie.account').filter((r) => r.platform === ctx.platform);
    for (const s of sessions) {
      const status = s.attrs.status;
      if (status.value === 'ENABLED') {
        ctx.present(s);
        return;
      }
    }
    for (const s of sessions) {
      const status = s.attrs.status;
      if (status.value instanceof Unknown) ctx.cannotVerify(s, status, status.value, 'whether Macie is enabled');
      else {
        ctx.report(s, status, `Macie is ${JSON.stringify(status.value)}: it does not look for sensitive data while paused.`, {
          fixes: setFix('enable', 'Resume Macie (billed per bucket and data inspected)', 'unsafe', [status, lit('ENABLED')]),
        });
      }
    }
    if (sessions.length > 0) return;
    ctx.reportMissing(`Amazon Macie is not enabled in this ${unitWord(ctx)}, so nothing looks for sensitive data in the account's S3 buckets.`, {
      // Unsafe: creating the session fails when Macie is already enabled outside this code, and Macie is billed.
      fixes: addResourcesFix(model, ctx.platform, 'enable-macie', 'Enable Amazon Macie (billed per bucket and data inspected)', 'unsafe', [
        {
          terraform: { type: 'aws_macie2_account', name: 'main', values: [] },
          cloudformation: { type: 'AWS::Macie::Session', logicalId: 'MacieSession', values: [] },
        },
      ]),
    });
  },
});
