// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, Unknown } from '../../api';
import { isResourceAttribute } from '../../lib/checks';
import { GRANT_KIND, attachedPolicies, isAwsManagedPolicy } from '../../lib/iam-grants';

const POLICY = 'AWSCloudShellFullAccess';

export default defineCatalogRule({
  kind: GRANT_KIND,
  meta: {
    id: 'AWS-IAM-005',
    name: 'iam-no-cloudshell-full-access',
    title: 'The AWSCloudShellFullAccess managed policy is not attached',
    severity: 'medium',
    description:
      'No user, group or role has the AWS-managed `AWSCloudShellFullAccess` policy attached (attachment resources, `managed_policy_arns` on `aws_iam_role`, `ManagedPolicyArns` on CloudFormation users, groups and roles).',
    rationale:
      'CloudShell gives a shell inside AWS with the caller\'s credentials, file upload and download, and outbound internet access. Full access to it is a ready-made channel for moving data out of the account that bypasses the controls around workstations; most people who need a shell can use one with narrower permissions, or none.',
    remediation:
      'Remove the attachment (or the ARN from `managed_policy_arns` / `ManagedPolicyArns`). Where CloudShell is needed, grant a customer-managed policy that allows starting sessions but denies `cloudshell:GetFileUploadUrls` and `cloudshell:GetFileDownloadUrls`. There is no automatic fix: removing access may break someone\'s workflow.',
    links: [
      'https://docs.aws.amazon.com/cloudshell/latest/userguide/sec-auth-with-identities.html',
      'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSCloudShellFullAccess.html',
    ],
    frameworks: {
      'cis-aws-5.0.0': ['1.21'],
      'cis-aws-3.0.0': ['1.22'],
      'soc2-2017': ['CC6.1', 'CC6.3'],
      'nist-800-53-r5': ['AC-6', 'AC-17'],
      'nist-csf-2.0': ['PR.AA-05'],
    },
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1 },
    mappingNote: 'SOC 2, NIST and CSF ids chosen by control concept (least privilege, remote access); the reference data maps none to this recommendation. CIS v1.4.0 has no equivalent.',
    resourceTypes: {
      terraform: ['aws_iam_user_policy_attachment', 'aws_iam_group_policy_attachment', 'aws_iam_role_policy_attachment', 'aws_iam_policy_attachment', 'aws_iam_role'],
      cloudformation: ['AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::Role'],
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
        ctx.report(attr, `The AWS-managed ${POLICY} policy is attached here; grant a narrower CloudShell policy, or none.`);
        continue;
      }
      // An ARN from a variable or parameter could be this policy; one from a resource of the configuration
      // is a customer-managed policy, and a `${AWS::Partition}` ARN that names another policy is not it.
      const unknown = arns.find((a): a is Unknown => a instanceof Unknown && !isResourceAttribute(a) && !/:policy\//.test(a.text ?? a.detail));
      if (unknown) ctx.cannotVerify(attr, unknown, `whether ${POLICY} is attached`);
    }
  },
});
