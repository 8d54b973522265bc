// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, Unknown } from '../../api';

export default defineCatalogRule({
  kind: 'azure.authorization.role-definition',
  meta: {
    id: 'AZURE-IAM-001',
    name: 'iam-no-custom-owner-roles',
    title: 'No custom role grants every action',
    severity: 'high',
    description:
      'No `azurerm_role_definition` has `"*"` among the `actions` of its `permissions` block: such a custom role is a second Owner role, made outside the built-in roles everyone reviews. A role whose actions come from a variable is "cannot verify". Same names in azurerm 3.x and 4.x.',
    rationale:
      'A custom role with every action can do everything an Owner can, including granting itself and others more access, but does not show up when someone reviews who holds Owner. Least privilege and access reviews both depend on administrative power being in the few roles everyone knows.',
    remediation:
      'List the actions the role needs (`Microsoft.Compute/virtualMachines/*`, ...) instead of `"*"`, or assign the built-in Owner or Contributor role where that much is truly needed, so it is reviewed as such. There is no quick fix: which actions the role needs is the owner\'s decision.',
    links: ['https://learn.microsoft.com/azure/role-based-access-control/custom-roles', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/role_definition'],
    ...byConcept('least-privilege', { cis: { 'cis-azure-6.0.0': ['5.4'] } }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['azurerm_role_definition'] },
    aliases: { checkov: ['CKV_AZURE_39'] },
    fix: 'none',
  },
  check(role, ctx) {
    const perms = role.lists.permissions;
    if (perms.unknown) {
      ctx.cannotVerify(role, perms.unknown, 'which actions this custom role grants');
      return;
    }
    for (const p of perms.items) {
      const actions = p.attrs.actions;
      if (actions.value instanceof Unknown) {
        ctx.cannotVerify(actions, actions.value, 'which actions this custom role grants');
        continue;
      }
      const list: readonly unknown[] = Array.isArray(actions.value) ? actions.value : [];
      if (list.includes('*')) ctx.report(actions, 'This custom role grants every action ("*"), which makes it an Owner role that access reviews of Owner do not see.');
      else {
        const open = list.find((a): a is Unknown => a instanceof Unknown);
        if (open) ctx.cannotVerify(actions, open, 'which actions this custom role grants');
      }
    }
  },
});
