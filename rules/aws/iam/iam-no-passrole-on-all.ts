// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineRule, Unknown } from '../../api';
import { isResourceAttribute } from '../../lib/checks';
import { allResources, ifGenerated, isPlainAllow, patternCovers, statementName, StatementName } from '../../lib/iam-actions';

export default defineRule({
  target: 'iamPolicies',
  meta: {
    id: 'AWS-IAM-008',
    name: 'iam-no-passrole-on-all',
    title: 'No IAM policy allows iam:PassRole on every role',
    severity: 'high',
    description:
      'No Allow statement grants `iam:PassRole` (written out or through a pattern such as `iam:Pass*`) on Resource `"*"`. Statements granting `"*"` or `iam:*` are reported by AWS-IAM-001 and AWS-IAM-009 instead.',
    rationale:
      'Passing a role hands its permissions to a service: whoever may pass any role can launch an EC2 instance, Lambda function or Glue job with the most powerful role in the account and act through it. PassRole on "*" is one of the most common privilege-escalation paths in AWS.',
    remediation:
      'Scope the statement\'s Resource to the ARNs of the roles the principal really passes (for example `arn:aws:iam::123456789012:role/app-*`), and add an `iam:PassedToService` condition naming the service. There is no automatic fix: only you know which roles are meant.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    ],
    ...byConcept('privilege-escalation', { remark: 'iam:PassRole on every role lets the holder give a service more privilege than its own.' }),
    levels: {},
    resourceTypes: {
      terraform: ['aws_iam_policy', 'aws_iam_role_policy', 'aws_iam_user_policy', 'aws_iam_group_policy', 'aws_iam_role', 'aws_iam_policy_document'],
      cloudformation: ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'],
    },
    aliases: { trivy: ['AVD-AWS-0342'], tfsec: ['aws-iam-filter-passrole-access'], cfn_nag: ['F38', 'F39', 'F40'] },
    fix: 'none',
  },
  check(policy, ctx) {
    const doc = policy.document;
    if (doc.value instanceof Unknown) {
      ctx.cannotVerify(doc, doc.value, 'whether the policy allows iam:PassRole on every role');
      return;
    }
    if (!doc.value) return;
    for (const s of doc.value.statements) {
      const passes = s.actions.filter((a): a is string => typeof a === 'string' && a !== '*' && a.toLowerCase() !== 'iam:*' && patternCovers(a, 'iam:PassRole'));
      if (passes.length === 0) continue;
      if (s.effect instanceof Unknown) {
        ctx.cannotVerify(s.ref, s.effect, 'the effect of a statement granting iam:PassRole');
        continue;
      }
      if (!isPlainAllow(s)) continue;
      const all = allResources(s, isResourceAttribute);
      if (all instanceof Unknown) ctx.cannotVerify(s.ref, all, `whether ${statementName(s)} allowing ${passes[0]} covers every role`);
      else if (all) ctx.report(s.ref, ifGenerated(s, `${StatementName(s)} of the policy allows ${passes[0]} on every role ("*"), which lets the holder hand any role, including administrator roles, to a service.`));
    }
  },
});
