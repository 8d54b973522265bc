// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.ec2.image-copy',
  meta: {
    id: 'AWS-EC2IMAGE-004',
    name: 'image-copy-encrypted',
    title: 'EBS snapshot and AMI copies are encrypted',
    severity: 'medium',
    description:
      'Copies of EBS snapshots (`aws_ebs_snapshot_copy`) and AMIs (`aws_ami_copy`) set `encrypted = true`. Without it the copy is only as encrypted as its source (or the account\'s encryption by default), which the code does not show; the message says so. CloudFormation has no copy resource.',
    rationale:
      'Copies are how snapshots and images travel to other regions and accounts, often for backup or sharing. A copy is the cheapest moment to encrypt an unencrypted source; an unencrypted copy multiplies the readable data and can later be shared.',
    remediation:
      'Set `encrypted = true` (optionally with `kms_key_id`) on `aws_ebs_snapshot_copy` / `aws_ami_copy`, and turn on EBS encryption by default in the destination region. The quick fix is unsafe: Terraform replaces the copy.',
    links: ['https://docs.aws.amazon.com/ebs/latest/userguide/ebs-copy-snapshot.html', 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/CopyingAMIs.html'],
    frameworks: {
      'cis-aws-5.0.0': ['5.1.1'],
      'cis-aws-3.0.0': ['2.2.1'],
      'cis-aws-1.4.0': ['2.2.1'],
      'soc2-2017': ['CC6.1'],
      'nist-800-53-r5': ['SC-28'],
      'nist-csf-2.0': ['PR.DS-01'],
    },
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1, 'cis-aws-1.4.0': 1 },
    mappingNote: 'The CIS recommendation is about EBS encryption in the account; an unencrypted copy of a snapshot or image is resource-level evidence of the same control.',
    resourceTypes: { terraform: ['aws_ebs_snapshot_copy', 'aws_ami_copy'] },
    fix: 'unsafe',
  },
  check(r, ctx) {
    const encrypted = r.attrs.encrypted;
    const what = r.sourceType === 'aws_ami_copy' ? 'AMI copy' : 'snapshot copy';
    requireValue(ctx, encrypted, true, `whether the ${what} is encrypted`,
      encrypted.present
        ? `The ${what} is not encrypted (encrypted = false): it is only encrypted if its source already is.`
        : `The ${what} does not ask for encryption: it is encrypted only if its source is, or encryption by default is on in the region, and the code shows neither.`,
      { id: 'enable', title: 'Encrypt the copy (replaces it)', safety: 'unsafe' });
  },
});
