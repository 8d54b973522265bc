// SPDX-License-Identifier: Apache-2.0
import type { CatalogKind } from './types';

export const EC2LAUNCHTEMPLATE = [
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
] as const satisfies readonly CatalogKind[];

/**
 * What launches EC2 instances: instances, launch templates and launch configurations, in one kind so that
 * a rule sees them together. Each setting is read at the path its resource types use; a path that does not
 * exist on a type simply reads as absent (an instance has no `LaunchTemplateData`).
 */
export const EC2INSTANCE = [
  {
    kind: 'aws.ec2.compute',
    terraform: ['aws_instance', 'aws_launch_template', 'aws_launch_configuration'],
    cloudformation: ['AWS::EC2::Instance', 'AWS::EC2::LaunchTemplate', 'AWS::AutoScaling::LaunchConfiguration'],
    attrs: {
      /** Instances and launch configurations: the profile's name (Terraform) or name/ARN (CloudFormation). */
      instanceProfile: { type: 'string', terraform: ['iam_instance_profile'], cloudformation: ['IamInstanceProfile'] },
      /** Launch templates: the profile by name or by ARN. */
      templateProfileName: { type: 'string', terraform: ['iam_instance_profile', 'name'], cloudformation: ['LaunchTemplateData', 'IamInstanceProfile', 'Name'] },
      templateProfileArn: { type: 'string', terraform: ['iam_instance_profile', 'arn'], cloudformation: ['LaunchTemplateData', 'IamInstanceProfile', 'Arn'] },
      /** Instances launched from a launch template (which may carry the profile). */
      launchTemplateId: { type: 'string', terraform: ['launch_template', 'id'], cloudformation: ['LaunchTemplate', 'LaunchTemplateId'], readOnly: true },
      launchTemplateName: { type: 'string', terraform: ['launch_template', 'name'], cloudformation: ['LaunchTemplate', 'LaunchTemplateName'], readOnly: true },
    },
    lists: {
      /** Instances and launch configurations (Terraform): the root volume, when its settings are written. */
      rootBlockDevice: {
        terraform: ['root_block_device'],
        cloudformation: null,
        attrs: {
          encrypted: { type: 'bool', terraform: ['encrypted'], cloudformation: null, default: false },
          snapshotId: { type: 'string', terraform: ['snapshot_id'], cloudformation: null },
        },
      },
      /** Additional EBS volumes (Terraform `ebs_block_device`); CloudFormation `BlockDeviceMappings` (root included). */
      ebsBlockDevices: {
        terraform: ['ebs_block_device'],
        cloudformation: ['BlockDeviceMappings'],
        attrs: {
          deviceName: { type: 'string', terraform: ['device_name'], cloudformation: ['DeviceName'] },
          virtualName: { type: 'string', terraform: null, cloudformation: ['VirtualName'] },
          noDevice: { type: 'any', terraform: ['no_device'], cloudformation: ['NoDevice'] },
          encrypted: { type: 'bool', terraform: ['encrypted'], cloudformation: ['Ebs', 'Encrypted'], default: false },
          snapshotId: { type: 'string', terraform: ['snapshot_id'], cloudformation: ['Ebs', 'SnapshotId'] },
        },
      },
    },
  },
  {
    /** Services that launch instances from a launch template and give them their own instance profile. */
    kind: 'aws.ec2.launch-template-user',
    terraform: ['aws_eks_node_group', 'aws_batch_compute_environment'],
    cloudformation: ['AWS::EKS::Nodegroup', 'AWS::Batch::ComputeEnvironment'],
    attrs: {
      eksTemplateId: { type: 'string', terraform: ['launch_template', 'id'], cloudformation: ['LaunchTemplate', 'Id'], readOnly: true },
      eksTemplateName: { type: 'string', terraform: ['launch_template', 'name'], cloudformation: ['LaunchTemplate', 'Name'], readOnly: true },
      batchTemplateId: { type: 'string', terraform: ['compute_resources', 'launch_template', 'launch_template_id'], cloudformation: ['ComputeResources', 'LaunchTemplate', 'LaunchTemplateId'], readOnly: true },
      batchTemplateName: { type: 'string', terraform: ['compute_resources', 'launch_template', 'launch_template_name'], cloudformation: ['ComputeResources', 'LaunchTemplate', 'LaunchTemplateName'], readOnly: true },
    },
  },
] as const satisfies readonly CatalogKind[];
