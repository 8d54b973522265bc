// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, Unknown } from '../../api';
import { isResourceAttribute } from '../../lib/checks';
import { GRANT_KIND, attachedPolicies, isAwsManagedPolicy, isPermissionSet } from '../../lib/iam-grants';

// The AWS-managed policy whose document is Allow "*" on "*": attaching it by name grants what AWS-IAM-001
// looks for in documents written in code. It is the only AWS-managed policy with that document: the other
// broad ones stop short of it (PowerUserAccess excludes IAM, Organizations and Account; the job-function
// policies and `*FullAccess` policies name their services), so they are not CIS 1.15's "*:*" and are
// left to review.
const POLICY = 'AdministratorAccess';

export default defineCatalogRule({
  kind: GRANT_KIND,
  meta: {
    id: 'AWS-IAM-010',
    name: 'iam-no-admin-managed-policy-attached',
    title: 'The AdministratorAccess managed policy is not attached',
    severity: 'high',
    description:
      'No user, group, role or IAM Identity Center permission set has the AWS-managed `AdministratorAccess` policy (Allow `*` on `*`) attached: attachment resources (`aws_iam_*_policy_attachment`, `aws_iam_policy_attachment`, `aws_iam_*_policy_attachments_exclusive`), `managed_policy_arns` on `aws_iam_role`, `ManagedPolicyArns` on CloudFormation users, groups and roles, and `aws_ssoadmin_managed_policy_attachment` / `ManagedPolicies` of `AWS::SSO::PermissionSet`. The ARN is recognised in every partition (`arn:aws:`, `arn:aws-us-gov:`, `arn:aws-cn:`, `${AWS::Partition}`, `data.aws_partition.current.partition`). AdministratorAccess is the only AWS-managed policy whose document is Allow `*` on `*`; broad policies that stop short of it (PowerUserAccess, the job-function and `*FullAccess` policies) are not flagged.',
    rationale:
      'AdministratorAccess is the full "*:*" grant under an AWS-owned name: whoever holds it can turn off logging, create credentials and change every other control. A policy document written in code is checked by AWS-IAM-001; attaching the managed policy by its ARN grants the same and is easy to overlook in review.',
    remediation:
      'Remove the attachment (or the ARN from `managed_policy_arns` / `ManagedPolicyArns` / `policy_arns` / `ManagedPolicies`) and grant the actions the principal needs. Where an administrator role is truly needed (break-glass), keep it to one role with MFA in its trust policy and suppress this finding with the reason. There is no automatic fix: removing access may lock someone out.',
    links: ['https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'],
    frameworks: {
      'cis-aws-5.0.0': ['1.15'],
      'cis-aws-3.0.0': ['1.16'],
      'cis-aws-1.4.0': ['1.16'],
      'soc2-2017': ['CC6.1', 'CC6.3'],
      'nist-800-53-r5': ['AC-2', 'AC-3', 'AC-5', 'AC-6'],
      'nist-csf-2.0': ['PR.AA-05'],
    },
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1, 'cis-aws-1.4.0': 1 },
    mappingNote: 'The same ids as AWS-IAM-001 (the recommendation is about "*:*" grants, whether written or attached by name); SOC 2 CC6.1 and CSF PR.AA-05 added by control concept.',
    resourceTypes: {
      terraform: [
        'aws_iam_user_policy_attachment',
        'aws_iam_group_policy_attachment',
        'aws_iam_role_policy_attachment',
        'aws_iam_policy_attachment',
        'aws_iam_role',
        'aws_iam_user_policy_attachments_exclusive',
        'aws_iam_group_policy_attachments_exclusive',
        'aws_iam_role_policy_attachments_exclusive',
        'aws_ssoadmin_managed_policy_attachment',
      ],
      cloudformation: ['AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::Role', 'AWS::SSO::PermissionSet'],
    },
    fix: 'none',
  },
  check(r, ctx) {
    for (const { attr, arns } of attachedPolicies(r)) {
      if (arns instanceof Unknown) {
        if (!isResourceAttribute(arns)) ctx.cannotVerify(attr, arns, `whether ${POLICY} is attached`);
        continue;
      }
      if (arns.some((a) => isAwsManagedPolicy(a, POLICY))) {
        const where = isPermissionSet(r) ? ' to an IAM Identity Center permission set: every account it is assigned to gets a role with it' : ' here';
        ctx.report(attr, `The AWS-managed ${POLICY} policy (every action on every resource) is attached${where}.`);
        continue;
      }
      // An ARN from a variable or parameter could be this policy; one from a resource of the configuration
      // is a customer-managed policy, and a `${AWS::Partition}` ARN that names another policy is not it.
      const unknown = arns.find((a): a is Unknown => a instanceof Unknown && !isResourceAttribute(a) && !/:policy\//.test(a.text ?? a.detail));
      if (unknown) ctx.cannotVerify(attr, unknown, `whether ${POLICY} is attached`);
    }
  },
});
