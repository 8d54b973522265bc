// SPDX-License-Identifier: Apache-2.0
import { catalogOf, defineCatalogRule, lit, setFix, Unknown } from '../../api';
import { ACCESS_KEY_KIND, declaredUser, LOGIN_PROFILE_KIND, USER_KIND, userOf } from '../../lib/iam-users';
import type { UserIdentity } from '../../lib/iam-users';

export default defineCatalogRule({
  kind: ACCESS_KEY_KIND,
  meta: {
    id: 'AWS-IAM-011',
    name: 'iam-no-access-key-for-console-user',
    title: 'IAM users with a console password get no access key in the same code',
    severity: 'medium',
    description:
      'Partial check: an active access key (`aws_iam_access_key`, `AWS::IAM::AccessKey`) is flagged when the same code gives its user a console password (`aws_iam_user_login_profile`, `LoginProfile` on `AWS::IAM::User`). Key and password are matched through the user they name: the same declared user, the same literal user name or the same input. Keys and passwords created outside the code, and when each key was created or last used, are not visible to a static check.',
    rationale:
      'A person who signs in to the console rarely needs a long-lived access key as well. Keys handed out "just in case" when an account is set up tend to end up in scripts, laptops and repositories, never expire and are seldom rotated. Creating both in one template is exactly that pattern.',
    remediation:
      'Remove the access key, or move programmatic access to a separate identity: a role assumed through IAM Identity Center or `aws sts assume-role` for people, an instance or task role for workloads. If a key is truly needed, create it later and on request, not with the user. The quick fix sets the key\'s status to `Inactive` (unsafe: anything that uses the key stops working).',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
    ],
    frameworks: {
      'cis-aws-5.0.0': ['1.1'],
      'cis-aws-3.0.0': ['1.11'],
      'cis-aws-1.4.0': ['1.11'],
      'soc2-2017': ['CC6.1', 'CC6.2'],
      'nist-800-53-r5': ['AC-2', 'IA-5'],
      'nist-csf-2.0': ['PR.AA-01', 'PR.AA-05'],
    },
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1, 'cis-aws-1.4.0': 1 },
    mappingNote: 'SOC 2, NIST and CSF ids chosen by control concept (credential issuance and account management); the reference maps list none for this recommendation.',
    resourceTypes: { terraform: ['aws_iam_access_key'], cloudformation: ['AWS::IAM::AccessKey'] },
    fix: 'unsafe',
  },
  check(key, ctx) {
    const status = key.attrs.status;
    if (status.value === 'Inactive') return;
    const user = userOf(ctx.model, key.platform, key.attrs.user.value);
    if (user === null) return;
    const consoleUsers = new Map<string, { identity: UserIdentity; where: string }>();
    const undecided: Unknown[] = [];
    for (const p of catalogOf(ctx.model, LOGIN_PROFILE_KIND).filter((r) => r.platform === key.platform)) {
      const who = userOf(ctx.model, p.platform, p.attrs.user.value);
      if (who instanceof Unknown) undecided.push(who);
      else if (who) consoleUsers.set(who.key, { identity: who, where: p.address });
    }
    for (const u of catalogOf(ctx.model, USER_KIND).filter((r) => r.platform === key.platform)) {
      const profile = u.attrs.loginProfile;
      if (!profile.present || profile.value === null) continue;
      const id = declaredUser(u);
      consoleUsers.set(id.key, { identity: id, where: `LoginProfile of ${u.address}` });
    }
    if (user instanceof Unknown) {
      if (consoleUsers.size > 0 || undecided.length > 0) ctx.cannotVerify(key.attrs.user, user, 'whether this key\'s user also has a console password');
      return;
    }
    const consoleUser = consoleUsers.get(user.key);
    if (!consoleUser) {
      if (undecided.length > 0) ctx.cannotVerify(key.attrs.user, undecided[0]!, `whether ${user.label} also has a console password (a login profile's user is not known)`);
      return;
    }
    if (status.value instanceof Unknown) {
      ctx.cannotVerify(status, status.value, `whether this access key of console user ${user.label} is active`);
      return;
    }
    ctx.report(status, `${user.label} has a console password (${consoleUser.where}) and this active access key in the same code; give people one kind of credential and use roles for programmatic access.`, {
      fixes: setFix('deactivate-key', 'Deactivate the access key (anything using it stops working)', 'unsafe', [status, lit('Inactive')]),
    });
  },
});
