// SPDX-License-Identifier: Apache-2.0
import { byConcept, catalogOf, defineModuleRule } from '../../api';

export default defineModuleRule({
  meta: {
    id: 'AZURE-LOCK-001',
    name: 'resource-locks',
    title: 'Resource locks protect critical resources',
    severity: 'low',
    description:
      'The workspace places at least one management lock (`azurerm_management_lock`, `CanNotDelete` or `ReadOnly`). When no module has one, one project-level finding is reported. Which resources are mission-critical is a judgement the rule does not make: it shows that locks are used at all, and storage accounts are checked one by one by their own rules (9.3.9, 9.3.10). Same names in azurerm 3.x and 4.x.',
    rationale:
      'A lock stops an accidental or malicious delete (or change) of a resource even by someone with the rights to do it, until the lock itself is removed. For the resources whose loss would stop the business, that second step is cheap insurance.',
    remediation:
      'Add `resource "azurerm_management_lock"` with `scope` = the critical resource (or its resource group) and `lock_level = "CanNotDelete"`. There is no quick fix: which resources are critical is the owner\'s decision. A module with nothing critical suppresses the finding with that justification.',
    links: ['https://learn.microsoft.com/azure/azure-resource-manager/management/lock-resources', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/management_lock'],
    ...byConcept('recoverable-deletion', { cis: { 'cis-azure-6.0.0': ['6.2'] } }),
    levels: { 'cis-azure-6.0.0': 2 },
    resourceTypes: { terraform: ['azurerm_management_lock'] },
    fix: 'none',
  },
  check(model, ctx) {
    if (ctx.platform !== 'terraform') return;
    const locks = catalogOf(model, 'azure.resource.management-lock');
    for (const l of locks) ctx.present(l);
    if (locks.length === 0) ctx.reportMissing('No management lock is placed in this module, so every resource can be deleted in one step by anyone allowed to.');
  },
});
