// SPDX-License-Identifier: Apache-2.0
import { defineRule, Unknown } from '../../api';
import { isResourceAttribute } from '../../lib/checks';
import { allResources, ifGenerated, isPlainAllow, statementName, StatementName } from '../../lib/iam-actions';

/** Services where "all actions on all resources" amounts to control over identity, keys, data or audit. */
const SENSITIVE = ['iam', 'sts', 'organizations', 'kms', 's3', 'secretsmanager', 'ssm', 'cloudtrail', 'lambda', 'ec2'];

function sensitiveWildcard(action: string): string | null {
  const m = /^([a-z0-9-]+):\*+$/i.exec(action);
  return m && SENSITIVE.includes(m[1]!.toLowerCase()) ? action : null;
}

export default defineRule({
  target: 'iamPolicies',
  meta: {
    id: 'AWS-IAM-009',
    name: 'iam-no-service-wildcard-on-all',
    title: 'No IAM policy allows all actions of a sensitive service on every resource',
    severity: 'high',
    description: `No Allow statement grants a whole-service wildcard (\`iam:*\`, \`kms:*\`, \`s3:*\`...) on Resource \`"*"\` for a sensitive service: ${SENSITIVE.join(', ')}. Narrower patterns such as \`s3:Get*\` are not reported; \`"*"\` alone is AWS-IAM-001.`,
    rationale:
      'A service wildcard on every resource is administrator access to that service: `iam:*` can create an administrator, `kms:*` can schedule every key for deletion or read any encrypted data, `s3:*` can read, delete or publish every bucket, `cloudtrail:*` can switch off the audit log. Such grants are usually written for convenience and outlive the reason.',
    remediation:
      'List the actions the principal needs (or a read-only pattern such as `s3:Get*`) and scope Resource to the ARNs it works on. Where full control of a service is a real job, use the AWS job-function managed policies on a dedicated role. There is no automatic fix.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html',
    ],
    frameworks: {
      'soc2-2017': ['CC6.1', 'CC6.3'],
      'nist-800-53-r5': ['AC-6', 'AC-3'],
      'nist-csf-2.0': ['PR.AA-05'],
    },
    levels: {},
    mappingNote: 'Not a CIS Foundations recommendation (CIS 1.15 covers only "*:*"); mapped by control concept (least privilege: SOC 2 CC6.1/CC6.3, NIST AC-6/AC-3, CSF PR.AA-05).',
    resourceTypes: {
      terraform: ['aws_iam_policy', 'aws_iam_role_policy', 'aws_iam_user_policy', 'aws_iam_group_policy', 'aws_iam_role', 'aws_iam_policy_document'],
      cloudformation: ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'],
    },
    fix: 'none',
  },
  check(policy, ctx) {
    const doc = policy.document;
    if (doc.value instanceof Unknown) {
      ctx.cannotVerify(doc, doc.value, 'whether the policy allows a service wildcard on every resource');
      return;
    }
    if (!doc.value) return;
    for (const s of doc.value.statements) {
      const wild = s.actions.map((a) => (typeof a === 'string' ? sensitiveWildcard(a) : null)).filter((a): a is string => a !== null);
      if (wild.length === 0) continue;
      if (s.effect instanceof Unknown) {
        ctx.cannotVerify(s.ref, s.effect, `the effect of a statement granting ${wild.join(', ')}`);
        continue;
      }
      if (!isPlainAllow(s)) continue;
      const all = allResources(s, isResourceAttribute);
      if (all instanceof Unknown) ctx.cannotVerify(s.ref, all, `whether ${statementName(s)} allowing ${wild.join(', ')} covers every resource`);
      else if (all) ctx.report(s.ref, ifGenerated(s, `${StatementName(s)} of the policy allows ${wild.join(', ')} on every resource ("*"): full control of ${wild.length > 1 ? 'those services' : 'that service'}.`));
    }
  },
});
