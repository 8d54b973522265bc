// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, Unknown } from '../../api';
import type { Attr, CheckContext } from '../../api';
import { GRANT_KIND, items } from '../../lib/iam-grants';

/** Reports a non-empty list of policies/users on `attr`; "cannot verify" when the whole list is unknown. */
function flagList(ctx: CheckContext, attr: Attr<unknown> | undefined, what: string, message: string): void {
  if (!attr?.present) return;
  const list = items(attr);
  if (list instanceof Unknown) ctx.cannotVerify(attr, list, what);
  else if (list.length > 0) ctx.report(attr, message);
}

export default defineCatalogRule({
  kind: GRANT_KIND,
  meta: {
    id: 'AWS-IAM-004',
    name: 'iam-user-permissions-via-groups',
    title: 'IAM users get permissions only through groups',
    severity: 'low',
    description:
      'No policy is attached directly to an IAM user: no inline user policy (`aws_iam_user_policy`, `Policies` on `AWS::IAM::User`), no managed policy attached to a user (`aws_iam_user_policy_attachment`, `aws_iam_policy_attachment` with `users`, `ManagedPolicyArns` on a user, `Users` on `AWS::IAM::Policy` / `AWS::IAM::ManagedPolicy`). Group membership (`aws_iam_user_group_membership`, `AWS::IAM::UserToGroupAddition`) is the intended way.',
    rationale:
      'Permissions granted user by user drift apart: people who change teams keep old access and reviews have to look at every user. When access comes from a small set of groups, granting, reviewing and revoking it is one change in one place.',
    remediation:
      'Move the policy to a group that matches the job (`aws_iam_group_policy_attachment`, `aws_iam_group_policy` / `AWS::IAM::Group` with `Policies` or `ManagedPolicyArns`) and add the user to that group (`aws_iam_user_group_membership` / the user\'s `Groups`). There is no automatic fix: which group the user belongs in is a decision for you.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
    ],
    frameworks: {
      'cis-aws-5.0.0': ['1.14'],
      'cis-aws-3.0.0': ['1.15'],
      'cis-aws-1.4.0': ['1.15'],
      'soc2-2017': ['CC6.1', 'CC6.2', 'CC6.3'],
      'nist-800-53-r5': ['AC-2', 'AC-3', 'AC-6'],
      'nist-csf-2.0': ['PR.AA-05'],
    },
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1, 'cis-aws-1.4.0': 1 },
    resourceTypes: {
      terraform: ['aws_iam_user_policy', 'aws_iam_user_policy_attachment', 'aws_iam_policy_attachment'],
      cloudformation: ['AWS::IAM::User', 'AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy'],
    },
    aliases: { checkov: ['CKV_AWS_40'], trivy: ['AVD-AWS-0143'], tfsec: ['aws-iam-no-user-attached-policies'], cfn_nag: ['F10', 'F11', 'F12'] },
    fix: 'none',
  },
  check(r, ctx) {
    switch (r.sourceType) {
      case 'aws_iam_user_policy':
        ctx.report(r.attrs.user.present ? r.attrs.user : r, 'This inline policy is attached directly to an IAM user; grant it through a group instead.');
        return;
      case 'aws_iam_user_policy_attachment':
        ctx.report(r.attrs.user.present ? r.attrs.user : r, 'This managed policy is attached directly to an IAM user; attach it to a group instead.');
        return;
      case 'aws_iam_policy_attachment':
        flagList(ctx, r.attrs.users, 'whether the policy is attached to users', 'This policy attachment includes IAM users; attach the policy to a group instead.');
        return;
      case 'AWS::IAM::User':
        flagList(ctx, r.attrs.policies, 'whether the user has inline policies', 'This IAM user has inline policies; grant them through a group instead.');
        flagList(ctx, r.attrs.managedPolicyArns, 'whether managed policies are attached to the user', 'Managed policies are attached directly to this IAM user; attach them to a group instead.');
        return;
      case 'AWS::IAM::Policy':
      case 'AWS::IAM::ManagedPolicy':
        flagList(ctx, r.attrs.users, 'whether the policy is attached to users', 'This policy is attached directly to IAM users; attach it to a group instead.');
        return;
      default:
        return;
    }
  },
});
