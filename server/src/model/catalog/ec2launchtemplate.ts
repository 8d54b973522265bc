// SPDX-License-Identifier: Apache-2.0
import type { CatalogKind } from './types';

export const EC2LAUNCHTEMPLATE: CatalogKind[] = [
  {
    kind: 'aws.ec2.launch-template',
    terraform: ['aws_launch_template'],
    cloudformation: ['AWS::EC2::LaunchTemplate'],
    attrs: {},
    lists: {
      /** One item per block device mapping; only items with an `ebs` / `Ebs` part describe EBS volumes. */
      blockDeviceMappings: {
        terraform: ['block_device_mappings'],
        cloudformation: ['LaunchTemplateData', 'BlockDeviceMappings'],
        attrs: {
          deviceName: { type: 'string', terraform: ['device_name'], cloudformation: ['DeviceName'] },
          virtualName: { type: 'string', terraform: ['virtual_name'], cloudformation: ['VirtualName'] },
          noDevice: { type: 'any', terraform: ['no_device'], cloudformation: ['NoDevice'] },
          /** Terraform's `encrypted` is a string ("true"/"false"); both are read as booleans. */
          encrypted: { type: 'bool', terraform: ['ebs', 'encrypted'], cloudformation: ['Ebs', 'Encrypted'], default: false },
        },
      },
    },
  },
];
