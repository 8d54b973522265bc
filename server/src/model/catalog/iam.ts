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
    ],
    cloudformation: ['AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::Role', 'AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy'],
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
      /** Inline policies of a CloudFormation user, group or role. */
      policies: { type: 'list', terraform: null, cloudformation: ['Policies'] },
    },
  },
];
