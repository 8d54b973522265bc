// SPDX-License-Identifier: Apache-2.0
import { byConcept, catalogOf, defineModuleRule, lit, Unknown } from '../../api';
import { addAzureResource, subscriptionPlaceholder } from '../../lib/azure-account';

/** Actions that administer locks: the wildcard, or writing and deleting them. */
function administersLocks(actions: readonly unknown[]): boolean {
  const a = new Set(actions.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase()));
  return a.has('microsoft.authorization/locks/*') || (a.has('microsoft.authorization/locks/write') && a.has('microsoft.authorization/locks/delete'));
}

export default defineModuleRule({
  meta: {
    id: 'AZURE-IAM-003',
    name: 'iam-lock-admin-role',
    title: 'A custom role administers resource locks',
    severity: 'low',
    description:
      'The subscription has a custom role (`azurerm_role_definition`) whose `permissions.actions` include `Microsoft.Authorization/locks/*` (or both `.../locks/write` and `.../locks/delete`), so managing locks can be given without Owner or User Access Administrator. When no module defines one, one project-level finding is reported; a role whose actions come from a variable is "cannot verify". Who is assigned the role is not judged. Same names in azurerm 3.x and 4.x.',
    rationale:
      'Only Owner and User Access Administrator can manage locks by default, so whoever needs to place or lift a lock is given far more power than that. A dedicated role keeps lock administration separate and small, which is what makes locks worth having.',
    remediation:
      'Add `resource "azurerm_role_definition"` with `permissions { actions = ["Microsoft.Authorization/locks/*"] }` scoped to the subscription, and assign it to the people who manage locks. The quick fix adds the role with a variable for the subscription id.',
    links: ['https://learn.microsoft.com/azure/azure-resource-manager/management/lock-resources', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/role_definition'],
    ...byConcept('least-privilege', { cis: { 'cis-azure-6.0.0': ['5.5'] } }),
    levels: { 'cis-azure-6.0.0': 2 },
    resourceTypes: { terraform: ['azurerm_role_definition'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    if (ctx.platform !== 'terraform') return;
    let hidden: [ReturnType<typeof catalogOf<'azure.authorization.role-definition'>>[number], Unknown] | null = null;
    for (const role of catalogOf(model, 'azure.authorization.role-definition')) {
      if (role.lists.permissions.unknown) hidden ??= [role, role.lists.permissions.unknown];
      for (const p of role.lists.permissions.items) {
        const v = p.attrs.actions.value;
        if (v instanceof Unknown) hidden ??= [role, v];
        else if (Array.isArray(v) && administersLocks(v)) {
          ctx.present(role);
          return;
        }
      }
    }
    if (hidden) {
      ctx.cannotVerify(hidden[0], hidden[0], hidden[1], 'whether this custom role administers resource locks');
      return;
    }
    const scope = subscriptionPlaceholder(ctx);
    ctx.reportMissing('No custom role for administering resource locks is defined in this module, so managing locks takes Owner or User Access Administrator.', {
      fixes: addAzureResource(model, ctx, 'add-lock-admin-role', 'Add a lock administrator role (fill in the subscription)', 'azurerm_role_definition', 'lock_administrator', [
        [['name'], lit('Resource Lock Administrator')],
        [['scope'], scope],
        [['description'], lit('Can create and delete management locks')],
        [['permissions', 'actions'], { kind: 'list', items: [lit('Microsoft.Authorization/locks/*')] }],
        [['assignable_scopes'], { kind: 'list', items: [scope] }],
      ]),
    });
  },
});
