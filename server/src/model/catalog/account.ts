// SPDX-License-Identifier: Apache-2.0
// Account-level controls: resources that configure the AWS account (or region) as a whole rather than one
// workload. Rules over these are module rules (rules/aws/{account,iam,config,securityhub,accessanalyzer}):
// the control is met when such a resource exists somewhere in the module or template with the right
// settings. Several have no CloudFormation resource type at all.
import type { CatalogKind } from './types';

export const ACCOUNT = [
  {
    kind: 'aws.iam.account-password-policy',
    terraform: ['aws_iam_account_password_policy'],
    cloudformation: [],
    attrs: {
      /** AWS applies 6 when the policy is set without a minimum length. */
      minimumPasswordLength: { type: 'number', terraform: ['minimum_password_length'], cloudformation: null, default: 6 },
      /** Absent: passwords may be reused. */
      passwordReusePrevention: { type: 'number', terraform: ['password_reuse_prevention'], cloudformation: null },
    },
  },
  {
    kind: 'aws.accessanalyzer.analyzer',
    terraform: ['aws_accessanalyzer_analyzer'],
    cloudformation: ['AWS::AccessAnalyzer::Analyzer'],
    attrs: {
      /** ACCOUNT / ORGANIZATION (external access) or ACCOUNT_UNUSED_ACCESS / ORGANIZATION_UNUSED_ACCESS. */
      type: { type: 'string', terraform: ['type'], cloudformation: ['Type'], terraformDefault: 'ACCOUNT' },
    },
  },
  {
    /** Amazon Macie (CIS AWS 2.1.3, presence only): `ENABLED` (the default) or `PAUSED`. */
    kind: 'aws.macie.account',
    terraform: ['aws_macie2_account'],
    cloudformation: ['AWS::Macie::Session'],
    attrs: {
      status: { type: 'string', terraform: ['status'], cloudformation: ['Status'], default: 'ENABLED' },
    },
  },
  {
    kind: 'aws.securityhub.account',
    terraform: ['aws_securityhub_account'],
    cloudformation: ['AWS::SecurityHub::Hub'],
    attrs: {},
  },
  {
    kind: 'aws.config.configuration-recorder',
    terraform: ['aws_config_configuration_recorder'],
    cloudformation: ['AWS::Config::ConfigurationRecorder'],
    attrs: {
      /** AWS Config records every supported type when no recording group is given. */
      allSupported: { type: 'bool', terraform: ['recording_group', 'all_supported'], cloudformation: ['RecordingGroup', 'AllSupported'], default: true },
      includeGlobalResourceTypes: {
        type: 'bool',
        terraform: ['recording_group', 'include_global_resource_types'],
        cloudformation: ['RecordingGroup', 'IncludeGlobalResourceTypes'],
        default: false,
      },
      /** The explicit type list, which must be empty when `allSupported` is true. */
      resourceTypes: { type: 'list', terraform: ['recording_group', 'resource_types'], cloudformation: ['RecordingGroup', 'ResourceTypes'] },
      roleArn: { type: 'string', terraform: ['role_arn'], cloudformation: ['RoleARN'] },
    },
  },
  {
    kind: 'aws.config.recorder-status',
    terraform: ['aws_config_configuration_recorder_status'],
    cloudformation: [],
    attrs: {
      name: { type: 'string', terraform: ['name'], cloudformation: null },
      isEnabled: { type: 'bool', terraform: ['is_enabled'], cloudformation: null },
    },
  },
  {
    kind: 'aws.config.delivery-channel',
    terraform: ['aws_config_delivery_channel'],
    cloudformation: ['AWS::Config::DeliveryChannel'],
    attrs: {
      s3BucketName: { type: 'string', terraform: ['s3_bucket_name'], cloudformation: ['S3BucketName'] },
    },
  },
  {
    kind: 'aws.account.ebs-encryption-by-default',
    terraform: ['aws_ebs_encryption_by_default'],
    cloudformation: [],
    attrs: {
      enabled: { type: 'bool', terraform: ['enabled'], cloudformation: null, default: true },
    },
  },
  {
    kind: 'aws.account.s3-public-access-block',
    terraform: ['aws_s3_account_public_access_block'],
    cloudformation: [],
    attrs: {
      blockPublicAcls: { type: 'bool', terraform: ['block_public_acls'], cloudformation: null, default: false },
      blockPublicPolicy: { type: 'bool', terraform: ['block_public_policy'], cloudformation: null, default: false },
      ignorePublicAcls: { type: 'bool', terraform: ['ignore_public_acls'], cloudformation: null, default: false },
      restrictPublicBuckets: { type: 'bool', terraform: ['restrict_public_buckets'], cloudformation: null, default: false },
    },
  },
  {
    kind: 'aws.account.alternate-contact',
    terraform: ['aws_account_alternate_contact'],
    cloudformation: [],
    attrs: {
      contactType: { type: 'string', terraform: ['alternate_contact_type'], cloudformation: null },
      emailAddress: { type: 'string', terraform: ['email_address'], cloudformation: null },
    },
  },
] as const satisfies readonly CatalogKind[];
