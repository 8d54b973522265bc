// SPDX-License-Identifier: Apache-2.0
import { byConcept, catalogOf, defineModuleRule, lit, Unknown } from '../../api';
import type { Attr } from '../../api';
import { addResourcesFix } from '../../lib/account-controls';

export default defineModuleRule({
  meta: {
    id: 'AWS-ACCOUNT-003',
    name: 'account-security-contact',
    title: 'A security contact is registered for the account',
    severity: 'low',
    description:
      'The module registers a security alternate contact for the account (`aws_account_alternate_contact` with `alternate_contact_type = "SECURITY"`). When it has none, one project-level finding is reported. CloudFormation has no resource for alternate contacts, so the rule only covers Terraform. Whether the contact details are current cannot be checked from code.',
    rationale:
      'When AWS sees abuse from the account, a leaked key on a public site, or a security event it needs to act on, it writes to the security contact. Without one the message goes to the root email address, which is often an unattended mailbox, and the response waits.',
    remediation:
      'Add `aws_account_alternate_contact` with `alternate_contact_type = "SECURITY"` and a monitored team mailbox and phone number (not a person\'s). The fix adds one with placeholders for the details.',
    links: [
      'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-alternate.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/account_alternate_contact',
    ],
    ...byConcept('security-contact', { cis: { 'cis-aws-5.0.0': ['1.2'], 'cis-aws-3.0.0': ['1.2'], 'cis-aws-1.4.0': ['1.2'] } }),
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1, 'cis-aws-1.4.0': 1 },
    resourceTypes: { terraform: ['aws_account_alternate_contact'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    if (ctx.platform !== 'terraform') return;
    const contacts = catalogOf(model, 'aws.account.alternate-contact');
    const undecided: [(typeof contacts)[number], Attr<unknown>, Unknown][] = [];
    for (const c of contacts) {
      const type = c.attrs.contactType;
      if (type.value instanceof Unknown) undecided.push([c, type, type.value]);
      else if (type.value === 'SECURITY') return;
    }
    if (undecided.length > 0) {
      for (const [c, type, u] of undecided) ctx.cannotVerify(c, type, u, 'whether this is the security contact');
      return;
    }
    ctx.reportMissing('No security contact is registered in this module, so AWS security notices go to the root email address only.', {
      fixes: addResourcesFix(model, ctx.platform, 'add-security-contact', 'Register a security contact (fill in the details)', 'unsafe', [
        {
          terraform: {
            type: 'aws_account_alternate_contact',
            name: 'security',
            values: [
              [['alternate_contact_type'], lit('SECURITY')],
              [['name'], { kind: 'placeholder', name: 'security_contact_name', description: 'Name of the team AWS contacts about security issues' }],
              [['title'], lit('Security team')],
              [['email_address'], { kind: 'placeholder', name: 'security_contact_email', description: 'Monitored email address for AWS security notifications' }],
              [['phone_number'], { kind: 'placeholder', name: 'security_contact_phone', description: 'Phone number for AWS security notifications' }],
            ],
          },
        },
      ]),
    });
  },
});
