// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, Unknown } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.ec2.launch-template',
  meta: {
    id: 'AWS-EC2-050',
    name: 'launch-template-ebs-encrypted',
    title: 'Launch templates encrypt their EBS volumes',
    severity: 'medium',
    description:
      'Every EBS block device mapping of a launch template asks for an encrypted volume: Terraform `block_device_mappings { ebs { encrypted = true } }` in `aws_launch_template`, CloudFormation `LaunchTemplateData.BlockDeviceMappings[].Ebs.Encrypted: true` in `AWS::EC2::LaunchTemplate`. Instance store (`virtual_name`) and suppressed (`no_device`) mappings are not EBS volumes and are skipped.',
    rationale:
      'Every instance started from the template (by an Auto Scaling group, a fleet or by hand) gets the volumes the template describes. An unencrypted mapping creates unencrypted disks, and unencrypted snapshots of them, over and over, unless encryption by default happens to be on in that account and region.',
    remediation:
      'Terraform: set `encrypted = true` in each `ebs` block of `block_device_mappings` (optionally with `kms_key_id`). CloudFormation: set `Encrypted: true` under each `Ebs` of `LaunchTemplateData.BlockDeviceMappings` (optionally with `KmsKeyId`). Also turn on EBS encryption by default for the account and region. Only instances launched from the new template version get encrypted volumes; a template change creates a new version that groups using `$Latest` pick up, so the quick fix is unsafe.',
    links: ['https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html', 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-launch-templates.html'],
    frameworks: {
      'cis-aws-5.0.0': ['5.1.1'],
      'cis-aws-3.0.0': ['2.2.1'],
      'cis-aws-1.4.0': ['2.2.1'],
      'soc2-2017': ['CC6.1'],
      'nist-800-53-r5': ['SC-28'],
      'nist-csf-2.0': ['PR.DS-01'],
    },
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1, 'cis-aws-1.4.0': 1 },
    mappingNote: 'The CIS recommendation is about EBS encryption in the account; a launch template that asks for unencrypted volumes is resource-level evidence of the same control (the CIS registry lists `aws_launch_template.block_device_mappings.ebs.encrypted` for it).',
    resourceTypes: { terraform: ['aws_launch_template'], cloudformation: ['AWS::EC2::LaunchTemplate'] },
    fix: 'unsafe',
  },
  check(res, ctx) {
    const mappings = res.lists.blockDeviceMappings;
    if (mappings.unknown) ctx.cannotVerify(res, mappings.unknown, 'the launch template\'s block device mappings');
    const key = res.platform === 'terraform' ? 'encrypted' : 'Encrypted';
    for (const item of mappings.items) {
      const virtualName = item.attrs.virtualName;
      const noDevice = item.attrs.noDevice;
      // Instance store and suppressed mappings carry no EBS volume.
      if (virtualName.present || noDevice.present) continue;
      const device = item.attrs.deviceName.value;
      const which = typeof device === 'string' ? ` for ${device}` : '';
      const encrypted = item.attrs.encrypted;
      if (encrypted.value instanceof Unknown) {
        ctx.cannotVerify(encrypted, encrypted.value, `whether the EBS volume${which} is encrypted`);
        continue;
      }
      requireValue(ctx, encrypted as typeof encrypted & { value: boolean }, true, `whether the EBS volume${which} is encrypted`,
        encrypted.present
          ? `The launch template creates an unencrypted EBS volume${which}.`
          : `The launch template creates an unencrypted EBS volume${which} (${key} defaults to false unless encryption by default is on for the account).`,
        { id: 'enable', title: 'Encrypt the volume (new instances only; creates a new template version)', safety: 'unsafe' });
    }
  },
});
