// SPDX-License-Identifier: Apache-2.0
import { catalogOf, defineModuleRule, lit, setFix, Unknown } from '../../api';
import { addResourcesFix } from '../../lib/account-controls';
import { PASSWORD_POLICY_KIND, compliantPasswordPolicy } from '../../lib/password-policy';

const REMEMBER = 24;

export default defineModuleRule({
  meta: {
    id: 'AWS-IAM-003',
    name: 'iam-password-reuse-prevention',
    title: 'The IAM account password policy prevents reuse of the last 24 passwords',
    severity: 'medium',
    description:
      'The account password policy (`aws_iam_account_password_policy`) sets `password_reuse_prevention` to 24, the most AWS allows. A module with no password policy at all is reported once, for the project. CloudFormation has no resource for the account password policy, so the rule only covers Terraform.',
    rationale:
      'When a password has leaked (a breach dump, a phishing page) and the user is made to change it, letting them switch back to it a change or two later undoes the reset. Remembering a long history keeps rotated passwords out of use for good.',
    remediation:
      'Set `password_reuse_prevention = 24` on the `aws_iam_account_password_policy`, or add one if the account has none.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_account_password_policy',
    ],
    frameworks: {
      'cis-aws-5.0.0': ['1.8'],
      'cis-aws-3.0.0': ['1.9'],
      'cis-aws-1.4.0': ['1.9'],
      'soc2-2017': ['CC6.1'],
      'nist-800-53-r5': ['IA-5', 'IA-5(1)'],
      'nist-csf-2.0': ['PR.AA-01'],
    },
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1, 'cis-aws-1.4.0': 1 },
    mappingNote:
      'SOC 2 CC6.1, NIST IA-5/IA-5(1) (password-based authenticator management) and CSF PR.AA-01 chosen by control concept; the reference data maps no framework ids to this recommendation.',
    resourceTypes: { terraform: ['aws_iam_account_password_policy'] },
    aliases: { checkov: ['CKV_AWS_13'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    if (ctx.platform !== 'terraform') return;
    const policies = catalogOf(model, PASSWORD_POLICY_KIND);
    if (policies.length === 0) {
      ctx.reportMissing('No IAM account password policy is defined in this module, so users may reuse earlier passwords.', {
        fixes: addResourcesFix(model, ctx.platform, 'add-password-policy', 'Add an account password policy (14+ characters, no reuse of the last 24)', 'unsafe', [
          compliantPasswordPolicy(),
        ]),
      });
      return;
    }
    for (const p of policies) {
      const reuse = p.attrs.passwordReusePrevention;
      if (reuse.value instanceof Unknown) {
        ctx.cannotVerify(p, reuse, reuse.value, 'how many previous passwords the policy remembers');
        continue;
      }
      if (typeof reuse.value === 'number' && reuse.value >= REMEMBER) continue;
      const message = reuse.present
        ? `The password policy only prevents reuse of the last ${String(reuse.value)} passwords; use ${REMEMBER}.`
        : `The password policy does not set password_reuse_prevention, so users may reuse any earlier password.`;
      ctx.report(p, reuse, message, { fixes: setFix('set-reuse-prevention', `Prevent reuse of the last ${REMEMBER} passwords`, 'unsafe', [reuse, lit(REMEMBER)]) });
    }
  },
});
