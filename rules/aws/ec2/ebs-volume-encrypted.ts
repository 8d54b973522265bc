// SPDX-License-Identifier: Apache-2.0
import { defineRule, written } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineRule({
  target: 'ebsVolumes',
  meta: {
    id: 'AWS-EC2-004',
    name: 'ebs-volume-encrypted',
    title: 'EBS volumes are encrypted',
    severity: 'medium',
    description: 'EBS volumes declared in code are encrypted at rest.',
    rationale:
      'An unencrypted volume leaves its data, and every snapshot taken from it, readable to anyone who can copy or share the snapshot. Encryption is transparent to the instance and can only be set when the volume is created.',
    remediation:
      'Set `encrypted = true` (Terraform) or `Encrypted: true` (CloudFormation), optionally with a customer-managed KMS key; also turn on EBS encryption by default for the account and region (`aws_ebs_encryption_by_default`). Changing it replaces the volume.',
    links: ['https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html'],
    frameworks: {
      'cis-aws-5.0.0': ['5.1.1'],
      'cis-aws-3.0.0': ['2.2.1'],
      'cis-aws-1.4.0': ['2.2.1'],
      'soc2-2017': ['CC6.1', 'CC6.2', 'PI1.5'],
      'nist-800-53-r5': ['SC-13', 'SC-28', 'CP-9'],
      'nist-csf-2.0': ['PR.DS-01'],
    },
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1, 'cis-aws-1.4.0': 1 },
    mappingNote: 'The CIS recommendation is about the account default; a volume declared unencrypted is the resource-level evidence of the same control.',
    resourceTypes: { terraform: ['aws_ebs_volume'], cloudformation: ['AWS::EC2::Volume'] },
    aliases: { checkov: ['CKV_AWS_3'], trivy: ['AVD-AWS-0026'], tfsec: ['aws-ec2-enable-volume-encryption'], kics: ['cc997676-481b-4e93-aa81-d19f8c5e9b12'], cfn_nag: ['F1'], guard: ['ENCRYPTED_VOLUMES'] },
    fix: 'unsafe',
  },
  check(volume, ctx) {
    requireValue(ctx, volume.encrypted, true, 'whether the volume is encrypted',
      volume.encrypted.present ? 'The volume is not encrypted.' : `The volume is not encrypted (${written(volume, 'encrypted', 'Encrypted')} defaults to false unless encryption by default is on for the account).`,
      { id: 'enable', title: 'Encrypt the volume (replaces the volume)', safety: 'unsafe' });
  },
});
