// SPDX-License-Identifier: Apache-2.0
// The Defender for Cloud security contact (CIS Azure 8.1.12-8.1.14): one rule per setting of
// `azurerm_security_center_contact`. A contact with the setting wrong is reported on it; a subscription
// with no contact in any module gets one project-level finding whose fix adds a complete contact.

import { byConcept, catalogOf, defineModuleRule, lit, placeholder, setFix, Unknown } from '../api';
import type { Attr, CatalogResourceOf, FixValue, InLanguage, Rule } from '../api';
import { addAzureResource } from './azure-account';

type Contact = CatalogResourceOf<'azure.security.contact'>;

export interface ContactSpec {
  id: string;
  name: string;
  title: string;
  cis: string;
  /** The setting this rule checks. */
  setting: 'alertNotifications' | 'alertsToAdmins' | 'email';
  /** Its Terraform name. */
  written: string;
  /** What is wrong when it is not set, for the finding. */
  problem: string;
  description: string;
  rationale: string;
}

function emailPlaceholder(on: InLanguage): FixValue {
  return placeholder(on, 'security_contact_email', 'Monitored mailbox (a team address) that receives Defender for Cloud security alerts');
}

/** Whether the contact's setting is right, or what hides it. */
function judged(c: Contact, spec: ContactSpec): { ok: boolean; attr: Attr<unknown> } | Unknown {
  const attr = c.attrs[spec.setting] as Attr<unknown>;
  // An address from a variable is configured (the provider requires a value); what it is, only the
  // deployment knows, as for any contact detail. A literal must look like an address.
  if (spec.setting === 'email') return { ok: attr.value instanceof Unknown || (typeof attr.value === 'string' && attr.value.includes('@')), attr };
  if (attr.value instanceof Unknown) return attr.value;
  return { ok: attr.value === true, attr };
}

export function contactRule(spec: ContactSpec): Rule {
  return defineModuleRule({
    meta: {
      id: spec.id,
      name: spec.name,
      title: spec.title,
      severity: 'low',
      description: `${spec.description} The rule reads \`${spec.written}\` of \`azurerm_security_center_contact\` (same name in azurerm 3.x and 4.x); a contact with it wrong is reported on the setting, and a subscription with no contact in any module gets one project-level finding.`,
      rationale: spec.rationale,
      remediation:
        'Add `resource "azurerm_security_center_contact"` with `email` set to a monitored team mailbox, `alert_notifications = true` and `alerts_to_admins = true` (azurerm 4.x also needs `name`). The quick fix adds one with a variable for the mailbox, or sets the value on an existing contact.',
      links: ['https://learn.microsoft.com/azure/defender-for-cloud/configure-email-notifications', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/security_center_contact'],
      ...byConcept('security-contact', { cis: { 'cis-azure-6.0.0': [spec.cis] } }),
      levels: { 'cis-azure-6.0.0': 1 },
      resourceTypes: { terraform: ['azurerm_security_center_contact'] },
      fix: 'unsafe',
    },
    check(model, ctx) {
      if (ctx.platform !== 'terraform') return;
      const contacts = catalogOf(model, 'azure.security.contact');
      for (const c of contacts) {
        const j = judged(c, spec);
        if (j instanceof Unknown) ctx.cannotVerify(c, c.attrs[spec.setting] as Attr<unknown>, j, `the security contact's \`${spec.written}\``);
        else if (j.ok) ctx.present(c);
        else {
          const value: FixValue = spec.setting === 'email' ? emailPlaceholder(ctx) : lit(true);
          ctx.report(c, j.attr, `The Defender for Cloud security contact has ${spec.problem}.`, { fixes: setFix('set-contact', `Set ${spec.written}`, 'unsafe', [j.attr, value]) });
        }
      }
      if (contacts.length > 0) return;
      ctx.reportMissing('No Defender for Cloud security contact is defined in this module (`azurerm_security_center_contact`), so security alerts reach no one in particular.', {
        fixes: addAzureResource(model, ctx, 'add-security-contact', 'Add a security contact (fill in the mailbox)', 'azurerm_security_center_contact', 'security', [
          [['name'], lit('default1')],
          [['email'], emailPlaceholder(ctx)],
          [['alert_notifications'], lit(true)],
          [['alerts_to_admins'], lit(true)],
        ]),
      });
    },
  });
}
