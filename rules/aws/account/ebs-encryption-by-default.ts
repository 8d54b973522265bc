// SPDX-License-Identifier: Apache-2.0
import { catalogOf, defineModuleRule, lit, setFix, Unknown } from '../../api';
import { addResourcesFix } from '../../lib/account-controls';

export default defineModuleRule({
  meta: {
    id: 'AWS-ACCOUNT-001',
    name: 'ebs-encryption-by-default',
    title: 'EBS encryption by default is enabled for the account',
    severity: 'medium',
    description:
      'The module turns on EBS encryption by default for the region (`aws_ebs_encryption_by_default` with `enabled = true`). When it has no such resource, one project-level finding is reported. CloudFormation has no resource for this account setting, so the rule only covers Terraform; per-volume encryption is checked separately.',
    rationale:
      'With the account default on, every new EBS volume and snapshot copy is encrypted, including those created by Auto Scaling, AMIs, AWS Backup restores and tools that never set an encryption flag. It closes the gap that per-resource checks cannot see: volumes created outside this code.',
    remediation:
      'Add `resource "aws_ebs_encryption_by_default" "this" { enabled = true }` to the module that manages account settings, in every region you use. Optionally pick the key with `aws_ebs_default_kms_key`.',
    links: [
      'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ebs_encryption_by_default',
    ],
    frameworks: {
      'cis-aws-5.0.0': ['5.1.1'],
      'cis-aws-3.0.0': ['2.2.1'],
      'cis-aws-1.4.0': ['2.2.1'],
      'soc2-2017': ['CC6.1', 'CC6.7'],
      'nist-800-53-r5': ['SC-28', 'SC-28(1)', 'SC-13'],
      'nist-csf-2.0': ['PR.DS-01'],
    },
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1, 'cis-aws-1.4.0': 1 },
    mappingNote: 'SOC 2 CC6.1, NIST SC-28/SC-13 and CSF PR.DS-01 from the reference maps for the account default; SOC 2 CC6.7 (protection of data at rest) added by control concept.',
    resourceTypes: { terraform: ['aws_ebs_encryption_by_default'] },
    aliases: { checkov: ['CKV_AWS_106'] },
    fix: 'safe',
  },
  check(model, ctx) {
    if (ctx.platform !== 'terraform') return;
    const settings = catalogOf(model, 'aws.account.ebs-encryption-by-default');
    if (settings.length === 0) {
      ctx.reportMissing('EBS encryption by default is not enabled in this module, so volumes created without an encryption flag are stored unencrypted.', {
        // Safe: only volumes created from now on are affected, and they work the same encrypted.
        fixes: addResourcesFix(model, ctx.platform, 'enable-default-encryption', 'Enable EBS encryption by default', 'safe', [
          { terraform: { type: 'aws_ebs_encryption_by_default', name: 'this', values: [[['enabled'], lit(true)]] } },
        ]),
      });
      return;
    }
    for (const s of settings) {
      const enabled = s.attrs.enabled;
      if (enabled.value instanceof Unknown) ctx.cannotVerify(s, enabled, enabled.value, 'whether EBS encryption by default is enabled');
      else if (enabled.value !== true) {
        ctx.report(s, enabled, 'EBS encryption by default is turned off.', { fixes: setFix('enable-default-encryption', 'Enable EBS encryption by default', 'safe', [enabled, lit(true)]) });
      }
    }
  },
});
