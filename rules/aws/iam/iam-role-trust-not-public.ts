// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineRule, Unknown } from '../../api';
import type { PolicyStatement } from '../../api';
import { isResourceAttribute } from '../../lib/checks';
import { ifGenerated, statementName } from '../../lib/iam-actions';
import { isAnyonePrincipal, principalScope } from '../../lib/resource-policy';

/** Condition keys that tie the caller to known accounts, organizations or principals. */
const RESTRICTING_KEYS = new Set(
  ['aws:PrincipalOrgID', 'aws:PrincipalOrgPaths', 'aws:PrincipalAccount', 'aws:PrincipalArn', 'aws:SourceAccount', 'aws:SourceArn', 'aws:SourceOrgID', 'aws:userid'].map((k) => k.toLowerCase()),
);

/** OIDC providers shared by everyone: trusting them without a subject condition trusts every customer. */
const SHARED_OIDC: [RegExp, string][] = [
  [/token\.actions\.githubusercontent\.com$/, 'token.actions.githubusercontent.com:sub'],
  [/gitlab\.com$/, 'gitlab.com:sub'],
  [/app\.terraform\.io$/, 'app.terraform.io:sub'],
];

/** Federated principals that trust everyone of a platform (or "*"), as a pattern of core/shape.ts. */
const FEDERATED_OPEN = '\\*|.*token\\.actions\\.githubusercontent\\.com|.*gitlab\\.com|.*app\\.terraform\\.io';

function restricted(s: PolicyStatement, extraKey?: string): boolean {
  return s.conditions.some((c) => RESTRICTING_KEYS.has(c.key.toLowerCase()) || (extraKey !== undefined && c.key.toLowerCase() === extraKey.toLowerCase()));
}

export default defineRule({
  target: 'iamRoles',
  meta: {
    id: 'AWS-IAM-007',
    name: 'iam-role-trust-not-public',
    title: 'IAM roles cannot be assumed by anyone',
    severity: 'critical',
    description:
      'No role trust policy (`assume_role_policy`, `AssumeRolePolicyDocument`) allows principal `"*"` (or `AWS: "*"`, or an ARN whose account is a wildcard such as `arn:aws:iam::*:root`) without a condition that pins the caller to an account, organization or principal (`aws:PrincipalOrgID`, `aws:PrincipalAccount`, `aws:PrincipalArn`, `aws:SourceAccount`, ...), and none trusts a shared OIDC provider (GitHub Actions, GitLab, Terraform Cloud) without a condition on the token subject.',
    rationale:
      'A role\'s trust policy decides who can become it. With a wildcard principal any AWS account in the world can call AssumeRole and receive the role\'s permissions; an OIDC trust without a subject condition does the same for every repository or workspace on that platform. Both turn the role into public credentials.',
    remediation:
      'Name the accounts, roles or services that may assume the role in `Principal`, or keep the wildcard only together with an `aws:PrincipalOrgID` (or similar) condition. For GitHub Actions and other OIDC providers, add a `StringLike` condition on the `sub` claim naming your repository and branch. There is no automatic fix: only you know who should assume the role.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#term_trust-policy',
      'https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services',
    ],
    ...byConcept('public-resource-policy', { remark: 'A role\'s trust policy is its resource policy: a `*` principal lets any account assume the role.' }),
    levels: {},
    resourceTypes: { terraform: ['aws_iam_role'], cloudformation: ['AWS::IAM::Role'] },
    aliases: { checkov: ['CKV_AWS_60'] },
    fix: 'none',
  },
  check(role, ctx) {
    const doc = role.trustPolicy;
    if (doc.value instanceof Unknown) {
      ctx.cannotVerify(doc, doc.value, 'who may assume the role');
      return;
    }
    if (!doc.value) return;
    for (const s of doc.value.statements) {
      if (s.effect === 'Deny') continue;
      // With an unknown condition the statement may well be pinned to an account: say so, do not guess.
      const conditionUnknown = s.conditionUnknown;
      if (conditionUnknown && (s.notPrincipals || s.principals.some((p) => p.values.some((v) => isAnyonePrincipal(v) || v instanceof Unknown)))) {
        ctx.cannotVerify(s.ref, conditionUnknown, `whether ${statementName(s)} lets anyone assume the role`);
        continue;
      }
      if (s.notPrincipals && s.effect === 'Allow' && !restricted(s)) {
        // Allow + NotPrincipal trusts everyone except the listed principals.
        ctx.report(s.ref, ifGenerated(s, `${statementName(s)} lets every principal except the ones listed assume the role (Allow with NotPrincipal).`));
        continue;
      }
      for (const p of s.principals) {
        const isAws = p.type === '*' || p.type === 'AWS';
        const isFederated = p.type === 'Federated';
        if (!isAws && !isFederated && p.type !== '?') continue;
        for (const v of p.values) {
          const scope = isAws ? principalScope(v) : null;
          if (v instanceof Unknown && scope !== 'anyone') {
            // A principal from a resource of the configuration is a concrete ARN; one from a variable may be "*".
            // Its shape (a parameter's AllowedPattern of account ids) may rule out everyone.
            if (isAws ? scope instanceof Unknown : !isResourceAttribute(v) && v.mayBe(isFederated ? FEDERATED_OPEN : '\\*')) {
              if (!restricted(s) && !SHARED_OIDC.some(([, sub]) => restricted(s, sub))) ctx.cannotVerify(s.ref, v, `whether ${statementName(s)} lets anyone assume the role`);
              continue;
            }
            // `aws_iam_openid_connect_provider.github.arn`: the provider shows in the condition keys (`...:aud`).
            const host = isFederated ? SHARED_OIDC.find(([, sub]) => s.conditions.some((c) => c.key.toLowerCase().startsWith(sub.replace(/:sub$/, ':').toLowerCase()))) : undefined;
            if (host && !restricted(s, host[1]) && s.effect === 'Allow') {
              ctx.report(s.ref, ifGenerated(s, `The trust policy lets any identity of the OIDC provider assume the role: add a condition on ${host[1]} naming your repository or workspace.`));
            }
            continue;
          }
          const written = typeof v === 'string' ? v : (v.text ?? v.detail);
          const oidc = isFederated && typeof v === 'string' ? SHARED_OIDC.find(([re]) => re.test(v)) : undefined;
          const open = scope === 'anyone' ? !restricted(s) : oidc ? !restricted(s, oidc[1]) : false;
          if (!open) continue;
          if (s.effect instanceof Unknown) ctx.cannotVerify(s.ref, s.effect, `the effect of ${statementName(s)} that trusts ${oidc ? written : JSON.stringify(written)}`);
          else if (oidc) ctx.report(s.ref, ifGenerated(s, `The trust policy lets any identity of the OIDC provider ${written} assume the role: add a condition on ${oidc[1]} naming your repository or workspace.`));
          else if (written.trim() === '*') ctx.report(s.ref, ifGenerated(s, 'The trust policy lets any AWS principal ("*") assume the role, with no condition pinning the account or organization.'));
          else ctx.report(s.ref, ifGenerated(s, `The trust policy lets a principal of any AWS account (${JSON.stringify(written)}: the account is a wildcard) assume the role, with no condition pinning the account or organization.`));
        }
      }
    }
  },
});
