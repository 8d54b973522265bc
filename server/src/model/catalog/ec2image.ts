// SPDX-License-Identifier: Apache-2.0
import type { CatalogKind } from './types';

export const EC2IMAGE: CatalogKind[] = [
  {
    kind: 'aws.ec2.ami-launch-permission',
    terraform: ['aws_ami_launch_permission'],
    cloudformation: [],
    attrs: {
      group: { type: 'string', terraform: ['group'], cloudformation: null },
      accountId: { type: 'string', terraform: ['account_id'], cloudformation: null },
    },
  },
  {
    /** Account/region setting: `block-new-sharing` or `unblocked`. No CloudFormation resource. */
    kind: 'aws.ec2.image-block-public-access',
    terraform: ['aws_ec2_image_block_public_access'],
    cloudformation: [],
    attrs: {
      state: { type: 'string', terraform: ['state'], cloudformation: null },
    },
  },
  {
    /** Account/region setting: `block-all-sharing`, `block-new-sharing` or `unblocked`. */
    kind: 'aws.ec2.snapshot-block-public-access',
    terraform: ['aws_ebs_snapshot_block_public_access'],
    cloudformation: ['AWS::EC2::SnapshotBlockPublicAccess'],
    attrs: {
      state: { type: 'string', terraform: ['state'], cloudformation: ['State'] },
    },
  },
];
