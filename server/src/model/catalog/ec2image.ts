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
    /**
     * Account/region defaults for the instance metadata service of instances launched without their own
     * metadata options (`http_tokens = "required"` makes IMDSv2 the default). No CloudFormation resource.
     */
    kind: 'aws.ec2.instance-metadata-defaults',
    terraform: ['aws_ec2_instance_metadata_defaults'],
    cloudformation: [],
    attrs: {
      httpTokens: { type: 'string', terraform: ['http_tokens'], cloudformation: null },
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
  {
    /** Copies of EBS snapshots and AMIs; `encrypted` defaults to false (the copy then keeps the source's encryption). */
    kind: 'aws.ec2.image-copy',
    terraform: ['aws_ebs_snapshot_copy', 'aws_ami_copy'],
    cloudformation: [],
    attrs: {
      encrypted: { type: 'bool', terraform: ['encrypted'], cloudformation: null, default: false },
      kmsKeyId: { type: 'string', terraform: ['kms_key_id'], cloudformation: null },
    },
  },
];
