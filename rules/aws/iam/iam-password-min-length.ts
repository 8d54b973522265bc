// SPDX-License-Identifier: Apache-2.0
import { catalogOf, defineModuleRule, lit, setFix, Unknown } from '../../api';
import { addResourcesFix } from '../../lib/account-controls';
import { PASSWORD_POLICY_KIND, compliantPasswordPolicy } from '../../lib/password-policy';

const MIN = 14;

export default defineModuleRule({
  meta: {
    id: 'AWS-IAM-002',
    name: 'iam-password-min-length',
    title: 'The IAM account password policy requires at least 14 characters',
    severity: 'medium',
    description:
      'The account password policy (`aws_iam_account_password_policy`) sets `minimum_password_length` to 14 or more. A module with no password policy at all is reported once, for the project. CloudFormation has no resource for the account password policy, so the rule only covers Terraform.',
    rationale:
      'IAM user passwords sign in to the console, where phishing and password spraying are the usual way in. Length is what makes a password expensive to guess; without a policy, AWS accepts passwords as short as 8 characters, which are within reach of offline cracking and common-password lists.',
    remediation:
      'Set `minimum_password_length = 14` (or more) on the `aws_iam_account_password_policy`, or add one if the account has none. Users keep their current password until they next change it.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_account_password_policy',
    ],
    frameworks: {
      'cis-aws-5.0.0': ['1.7'],
      'cis-aws-3.0.0': ['1.8'],
      'cis-aws-1.4.0': ['1.8'],
      'soc2-2017': ['CC6.1'],
      'nist-800-53-r5': ['IA-5', 'IA-5(1)'],
      'nist-csf-2.0': ['PR.AA-01'],
    },
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1, 'cis-aws-1.4.0': 1 },
    mappingNote:
      'SOC 2 CC6.1 and CSF PR.AA-01 (credential management) chosen by control concept; the reference data has no SOC 2 or CSF row for this recommendation. NIST IA-5 is from the reference map, narrowed to password-based authentication (IA-5(1)).',
    resourceTypes: { terraform: ['aws_iam_account_password_policy'] },
    aliases: { checkov: ['CKV_AWS_10'], trivy: ['AVD-AWS-0063'], tfsec: ['aws-iam-set-minimum-password-length'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    if (ctx.platform !== 'terraform') return;
    const policies = catalogOf(model, PASSWORD_POLICY_KIND);
    if (policies.length === 0) {
      ctx.reportMissing('No IAM account password policy is defined in this module, so AWS accepts passwords as short as 8 characters.', {
        fixes: addResourcesFix(model, ctx.platform, 'add-password-policy', 'Add an account password policy (14+ characters, no reuse of the last 24)', 'unsafe', [
          compliantPasswordPolicy(),
        ]),
      });
      return;
    }
    for (const p of policies) {
      const len = p.attrs.minimumPasswordLength;
      if (len.value instanceof Unknown) {
        ctx.cannotVerify(p, len, len.value, 'the minimum password length');
        continue;
      }
      if (typeof len.value === 'number' && len.value >= MIN) continue;
      const message = len.present
        ? `The password policy accepts passwords of ${String(len.value)} characters; require at least ${MIN}.`
        : `The password policy does not set a minimum length, so AWS applies 6 characters; require at least ${MIN}.`;
      ctx.report(p, len, message, { fixes: setFix('set-min-length', `Require passwords of at least ${MIN} characters`, 'unsafe', [len, lit(MIN)]) });
    }
  },
});
