// SPDX-License-Identifier: Apache-2.0
import { byConcept, catalogOf, defineModuleRule, list, lit, placeholder, Unknown } from '../../api';
import type { Attr, Value } from '../../api';
import { addGcpResource, stringsOf } from '../../lib/gcp-account';

/** The notification categories CIS asks for, unless `ALL` is subscribed. */
const NEEDED = ['LEGAL', 'SECURITY', 'SUSPENSION', 'TECHNICAL', 'TECHNICAL_INCIDENTS'];

export default defineModuleRule({
  meta: {
    id: 'GCP-IAM-006',
    name: 'essential-contacts',
    title: 'Essential Contacts receive security, legal, suspension and technical notifications',
    severity: 'low',
    description:
      'The module registers Essential Contacts (`google_essential_contacts_contact`) whose subscriptions together cover `ALL`, or `LEGAL`, `SECURITY`, `SUSPENSION`, `TECHNICAL` and `TECHNICAL_INCIDENTS`. CIS asks for them on the organization (`parent = "organizations/..."`); contacts on a folder or project count too, since those modules may not own the organization. When no module has one, one project-level finding is reported.',
    rationale:
      'Google writes to the Essential Contacts about security incidents, abuse reports, suspensions and legal matters. Without them the messages go to whoever happens to hold an owner role, often no one who acts on them in time.',
    remediation:
      'Add `google_essential_contacts_contact` with `parent = "organizations/ORG_ID"`, a team mailbox as `email`, `language_tag = "en"` and `notification_category_subscriptions = ["ALL"]` (or the five categories). The fix adds one with variables for the organization and the address.',
    links: ['https://cloud.google.com/resource-manager/docs/managing-notification-contacts', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/essential_contacts_contact'],
    ...byConcept('security-contact', { cis: { 'cis-gcp-5.0.0': ['1.17'] } }),
    levels: { 'cis-gcp-5.0.0': 1 },
    resourceTypes: { terraform: ['google_essential_contacts_contact'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    const contacts = catalogOf(model, 'gcp.essentialcontacts.contact');
    const covered = new Set<string>();
    let unknown: [(typeof contacts)[number], Attr<unknown>, Unknown] | undefined;
    for (const c of contacts) {
      const cats = stringsOf(c.attrs.categories as Attr<Value>);
      if (cats instanceof Unknown) {
        unknown ??= [c, c.attrs.categories, cats];
        continue;
      }
      for (const x of cats) covered.add(x.toUpperCase());
    }
    const missing = covered.has('ALL') ? [] : NEEDED.filter((n) => !covered.has(n));
    if (contacts.length > 0 && missing.length === 0) {
      for (const c of contacts) ctx.present(c);
      return;
    }
    if (unknown) {
      ctx.cannotVerify(unknown[0], unknown[1], unknown[2], 'which notifications the Essential Contacts receive');
      return;
    }
    if (contacts.length > 0) {
      const c = contacts[0]!;
      ctx.report(c, c.attrs.categories, `The Essential Contacts of this module receive no ${missing.join(', ')} notifications: subscribe a contact to them (or to \`ALL\`).`);
      return;
    }
    ctx.reportMissing('No Essential Contacts are configured in this module: Google\'s security, suspension and legal notices reach no one in particular.', {
      fixes: addGcpResource(model, 'add-essential-contact', 'Add an Essential Contact for all notifications', 'unsafe', 'google_essential_contacts_contact', 'security', [
        [['parent'], placeholder(ctx, 'essential_contacts_parent', 'The organization that receives the notifications, as organizations/ORG_ID')],
        [['email'], placeholder(ctx, 'essential_contacts_email', 'A monitored team mailbox for Google Cloud notifications')],
        [['language_tag'], lit('en')],
        [['notification_category_subscriptions'], list(lit('ALL'))],
      ]),
    });
  },
});
