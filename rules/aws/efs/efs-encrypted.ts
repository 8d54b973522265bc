// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.efs.fileSystem',
  meta: {
    id: 'AWS-EFS-001',
    name: 'efs-encrypted',
    title: 'EFS file systems are encrypted at rest',
    severity: 'high',
    description: 'Elastic File System file systems are created with encryption at rest turned on.',
    rationale:
      'Shared file systems tend to collect application data, exports and home directories. Encryption at rest keeps that data unreadable on the underlying storage and puts access to it behind a KMS key whose use is logged. It can only be chosen when the file system is created.',
    remediation:
      'Terraform: set `encrypted = true` on the `aws_efs_file_system` (optionally with `kms_key_id`). CloudFormation: set `Encrypted: true` (optionally with `KmsKeyId`). Changing it replaces the file system, so copy the data to a new encrypted file system first.',
    links: ['https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html'],
    ...byConcept('encryption-at-rest', { cis: { 'cis-aws-5.0.0': ['2.3.1'], 'cis-aws-3.0.0': ['2.4.1'] } }),
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1 },
    resourceTypes: { terraform: ['aws_efs_file_system'], cloudformation: ['AWS::EFS::FileSystem'] },
    aliases: { checkov: ['CKV_AWS_42'], trivy: ['AVD-AWS-0037'], tfsec: ['aws-efs-enable-at-rest-encryption'], kics: ['48207659-729f-4b5c-9402-f884257d794f'], cfn_nag: ['F27'], guard: ['EFS_ENCRYPTED_CHECK'] },
    fix: 'unsafe',
  },
  check(fs, ctx) {
    const enc = fs.attrs.encrypted;
    requireValue(ctx, enc, true, 'whether the file system is encrypted at rest',
      enc.present ? 'Encryption at rest is turned off for this file system.' : 'This file system is not encrypted at rest (encryption is off by default).',
      { id: 'encrypt', title: 'Encrypt the file system (replaces it: migrate the data)', safety: 'unsafe' });
  },
});
