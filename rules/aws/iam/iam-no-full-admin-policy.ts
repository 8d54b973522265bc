// SPDX-License-Identifier: Apache-2.0
import { defineRule, Unknown } from '../../api';
import { ifGenerated } from '../../lib/iam-actions';

export default defineRule({
  target: 'iamPolicies',
  meta: {
    id: 'AWS-IAM-001',
    name: 'iam-no-full-admin-policy',
    title: 'No IAM policy grants "*" actions on "*" resources',
    severity: 'critical',
    description: 'No IAM policy document has an Allow statement whose Action is "*" (all actions) on Resource "*".',
    rationale:
      'A "*:*" grant is full administrator access: it can disable logging, create users and rewrite every other control. Least privilege means granting the actions a workload needs; administrator access, where needed, should come from the AWS-managed AdministratorAccess policy on a tightly controlled role so it is visible and reviewable.',
    remediation:
      'Replace "*" in Action with the specific actions (or service-prefixed wildcards such as "s3:Get*") the principal needs, and scope Resource to the ARNs it works on. There is no automatic fix: only you know what the workload needs.',
    links: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'],
    frameworks: {
      'cis-aws-5.0.0': ['1.15'],
      'cis-aws-3.0.0': ['1.16'],
      'cis-aws-1.4.0': ['1.16'],
      'soc2-2017': ['CC6.1', 'CC6.3'],
      'nist-800-53-r5': ['AC-2', 'AC-3', 'AC-5', 'AC-6'],
      'nist-csf-2.0': ['PR.AA-05'],
    },
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1, 'cis-aws-1.4.0': 1 },
    mappingNote: 'SOC 2 CC6.1 and CSF PR.AA-05 (least privilege) added by control concept; the reference lists CC1.3 and CC6.3.',
    resourceTypes: {
      terraform: ['aws_iam_policy', 'aws_iam_role_policy', 'aws_iam_user_policy', 'aws_iam_group_policy', 'aws_iam_role', 'aws_iam_policy_document'],
      cloudformation: ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'],
    },
    aliases: { checkov: ['CKV_AWS_1', 'CKV_AWS_62'] },
    fix: 'none',
  },
  check(policy, ctx) {
    const doc = policy.document;
    if (doc.value instanceof Unknown) {
      ctx.cannotVerify(doc, doc.value, 'whether the policy grants "*" on "*"');
      return;
    }
    if (!doc.value) return;
    for (const s of doc.value.statements) {
      if (s.effect instanceof Unknown) {
        if (s.actions.includes('*') && s.resources.includes('*')) ctx.cannotVerify(s.ref, s.effect, 'the effect of a statement granting "*" on "*"');
        continue;
      }
      if (s.effect !== 'Allow' || s.notActions || s.notResources) continue;
      const allActions = s.actions.some((a) => a === '*' || a === '*:*');
      const allResources = s.resources.some((r) => r === '*');
      if (allActions && allResources) {
        ctx.report(s.ref, ifGenerated(s, `The policy${s.sid ? ` statement ${JSON.stringify(s.sid)}` : ''} allows every action ("*") on every resource ("*").`));
        continue;
      }
      const unknownAction = s.actions.find((a): a is Unknown => a instanceof Unknown);
      const unknownResource = s.resources.find((r): r is Unknown => r instanceof Unknown);
      if ((allActions && unknownResource) || (allResources && unknownAction)) {
        ctx.cannotVerify(s.ref, (unknownResource ?? unknownAction)!, 'whether a statement allows "*" on "*"');
      }
    }
  },
});
