// SPDX-License-Identifier: Apache-2.0
// Who gets which IAM permissions: the resources that attach a managed policy or an inline policy to a
// user, group or role, and the principals themselves (their inline `Policies` / `ManagedPolicyArns`).
// Policy documents are modelled separately (model/aws/iam.ts); this kind is about the attachments.
import type { CatalogKind } from './types';

export const IAM: CatalogKind[] = [
  {
    kind: 'aws.iam.permission-grant',
    terraform: [
      'aws_iam_user_policy',
      'aws_iam_user_policy_attachment',
      'aws_iam_group_policy_attachment',
      'aws_iam_role_policy_attachment',
      'aws_iam_policy_attachment',
      'aws_iam_user',
      'aws_iam_group',
      'aws_iam_role',
      'aws_iam_user_policy_attachments_exclusive',
      'aws_iam_group_policy_attachments_exclusive',
      'aws_iam_role_policy_attachments_exclusive',
      'aws_ssoadmin_managed_policy_attachment',
    ],
    cloudformation: ['AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::Role', 'AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::SSO::PermissionSet'],
    attrs: {
      /** The managed policy an attachment resource attaches (Terraform attachment resources). */
      policyArn: { type: 'string', terraform: ['policy_arn'], cloudformation: null },
      /** The principal of a one-principal attachment (Terraform `aws_iam_*_policy[_attachment]`). */
      user: { type: 'string', terraform: ['user'], cloudformation: null },
      group: { type: 'string', terraform: ['group'], cloudformation: null },
      role: { type: 'string', terraform: ['role'], cloudformation: null },
      /** Principals of a many-principal attachment (`aws_iam_policy_attachment`, `AWS::IAM::Policy`, `AWS::IAM::ManagedPolicy`). */
      users: { type: 'list', terraform: ['users'], cloudformation: ['Users'] },
      groups: { type: 'list', terraform: ['groups'], cloudformation: ['Groups'] },
      roles: { type: 'list', terraform: ['roles'], cloudformation: ['Roles'] },
      /** Managed policies of a user, group or role (`managed_policy_arns` on aws_iam_role, `ManagedPolicyArns`). */
      managedPolicyArns: { type: 'list', terraform: ['managed_policy_arns'], cloudformation: ['ManagedPolicyArns'] },
      /** The managed policies an `aws_iam_*_policy_attachments_exclusive` resource keeps attached (and only those). */
      policyArns: { type: 'list', terraform: ['policy_arns'], cloudformation: null },
      /**
       * IAM Identity Center: the AWS-managed policy attached to a permission set
       * (`aws_ssoadmin_managed_policy_attachment`), and `ManagedPolicies` of `AWS::SSO::PermissionSet`. Every
       * account the permission set is assigned to gets a role with it.
       */
      ssoManagedPolicyArn: { type: 'string', terraform: ['managed_policy_arn'], cloudformation: null },
      ssoManagedPolicies: { type: 'list', terraform: null, cloudformation: ['ManagedPolicies'] },
      /** Inline policies of a CloudFormation user, group or role. */
      policies: { type: 'list', terraform: null, cloudformation: ['Policies'] },
    },
  },
];

/**
 * IAM users and their long-lived credentials (CIS AWS 1.1, 1.12): who has a console password and how many
 * active access keys. Keys and login profiles name their user (`user = aws_iam_user.x.name`,
 * `UserName: !Ref User`); rules/lib/iam-users.ts joins them to users.
 */
export const IAM_CREDENTIALS: CatalogKind[] = [
  {
    kind: 'aws.iam.user',
    terraform: ['aws_iam_user'],
    cloudformation: ['AWS::IAM::User'],
    attrs: {
      name: { type: 'string', terraform: ['name'], cloudformation: ['UserName'] },
      /** CloudFormation only: the user's console password (Terraform uses aws_iam_user_login_profile). */
      loginProfile: { type: 'any', terraform: null, cloudformation: ['LoginProfile'] },
    },
  },
  {
    kind: 'aws.iam.login-profile',
    terraform: ['aws_iam_user_login_profile'],
    cloudformation: [],
    attrs: {
      user: { type: 'string', terraform: ['user'], cloudformation: null, readOnly: true },
    },
  },
  {
    kind: 'aws.iam.access-key',
    terraform: ['aws_iam_access_key'],
    cloudformation: ['AWS::IAM::AccessKey'],
    attrs: {
      user: { type: 'string', terraform: ['user'], cloudformation: ['UserName'], readOnly: true },
      /** `Active` (the default) or `Inactive`. */
      status: { type: 'string', terraform: ['status'], cloudformation: ['Status'], default: 'Active' },
    },
  },
];
