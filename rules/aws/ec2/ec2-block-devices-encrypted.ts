// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, spelled, Unknown } from '../../api';
import type { CatalogResourceOf } from '../../api';
import { requireValue } from '../../lib/checks';

type EbsDeviceAttrs = CatalogResourceOf<'aws.ec2.compute'>['lists']['ebsBlockDevices']['items'][number]['attrs'];

export default defineCatalogRule({
  kind: 'aws.ec2.compute',
  meta: {
    id: 'AWS-EC2-008',
    name: 'ec2-block-devices-encrypted',
    title: 'EC2 instances and launch configurations encrypt the EBS volumes they declare',
    severity: 'medium',
    description:
      'Every EBS volume an instance or a launch configuration declares is encrypted: Terraform `root_block_device` and `ebs_block_device` blocks of `aws_instance` / `aws_launch_configuration` (`encrypted = true`), CloudFormation `BlockDeviceMappings[].Ebs.Encrypted: true` of `AWS::EC2::Instance` / `AWS::AutoScaling::LaunchConfiguration`. Instance store (`VirtualName`) and suppressed (`no_device` / `NoDevice`) mappings are not EBS volumes. A volume created from a snapshot (`snapshot_id`) with no `encrypted` written takes the snapshot\'s encryption and is not judged. A root volume that is not described at all comes from the AMI as it is, and is left to the account default (AWS-ACCOUNT-001). Launch templates are checked by AWS-EC2-050.',
    rationale:
      'An unencrypted volume, and every snapshot and AMI taken from it, can be read by anyone who gets a copy. Each instance a launch configuration starts repeats the mistake. Encryption costs nothing noticeable and can only be chosen when the volume is created.',
    remediation:
      'Terraform: `encrypted = true` in each `root_block_device` / `ebs_block_device` block (optionally `kms_key_id`). CloudFormation: `Encrypted: true` under each mapping\'s `Ebs`. Also turn on EBS encryption by default for the account and region. The quick fix is unsafe: it replaces the instance\'s volume (and the instance for a root volume), and a launch configuration is replaced.',
    links: ['https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html', 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/launch-configurations.html'],
    frameworks: {
      'cis-aws-5.0.0': ['5.1.1'],
      'cis-aws-3.0.0': ['2.2.1'],
      'cis-aws-1.4.0': ['2.2.1'],
      'soc2-2017': ['CC6.1'],
      'nist-800-53-r5': ['SC-28'],
      'nist-csf-2.0': ['PR.DS-01'],
    },
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1, 'cis-aws-1.4.0': 1 },
    mappingNote: 'The CIS recommendation is about EBS encryption in the account; a volume an instance or launch configuration declares unencrypted is resource-level evidence of the same control.',
    resourceTypes: {
      terraform: ['aws_instance', 'aws_launch_configuration'],
      cloudformation: ['AWS::EC2::Instance', 'AWS::AutoScaling::LaunchConfiguration'],
    },
    aliases: { checkov: ['CKV_AWS_8'], trivy: ['AVD-AWS-0131', 'AVD-AWS-0008'], tfsec: ['aws-ec2-enable-at-rest-encryption', 'aws-ec2-enable-launch-config-at-rest-encryption'] },
    fix: 'unsafe',
  },
  check(r, ctx) {
    if (r.sourceType === 'aws_launch_template' || r.sourceType === 'AWS::EC2::LaunchTemplate') return;
    const key = spelled(r, 'encrypted', 'Encrypted');
    const what = r.sourceType === 'aws_instance' || r.sourceType === 'AWS::EC2::Instance' ? 'The instance' : 'The launch configuration';
    for (const [listName, root] of [['rootBlockDevice', true], ['ebsBlockDevices', false]] as ['rootBlockDevice' | 'ebsBlockDevices', boolean][]) {
      const list = r.lists[listName];
      if (list.unknown) ctx.cannotVerify(r, list.unknown, `the ${root ? 'root volume' : 'EBS volumes'} of this resource`);
      for (const item of list.items) {
        // Root volumes declare fewer settings than other volumes (no device name, no `no_device`).
        const a: Partial<EbsDeviceAttrs> = item.attrs;
        if (a.virtualName?.present || a.noDevice?.present) continue;
        const encrypted = item.attrs.encrypted;
        // A volume from a snapshot has the snapshot's encryption unless the code asks for it.
        if (!encrypted.present && item.attrs.snapshotId.present) continue;
        const device = a.deviceName?.value;
        const which = root ? ' root volume' : typeof device === 'string' ? ` EBS volume for ${device}` : ' EBS volume';
        if (encrypted.value instanceof Unknown) {
          ctx.cannotVerify(encrypted, encrypted.value, `whether the${which} is encrypted`);
          continue;
        }
        requireValue(ctx, encrypted, true, `whether the${which} is encrypted`,
          encrypted.present ? `${what} declares an unencrypted${which}.` : `${what} declares an unencrypted${which} (${key} defaults to false unless encryption by default is on for the account).`,
          { id: 'enable', title: 'Encrypt the volume (replaces it)', safety: 'unsafe' });
      }
    }
  },
});
